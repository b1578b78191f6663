/// A ChatKit thread: one conversation of a user with a workflow.
public struct ChatKitThread: Decodable, Sendable, Hashable, Identifiable {
    /// The thread id.
    public var id: String
    /// The object type, `chatkit.thread`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int?
    /// Its title, once one was generated.
    public var title: String?
    /// Whether it is active, locked or closed.
    public var status: Status?
    /// The user it belongs to.
    public var user: String?

    /// A thread's status, with the reason it was locked or closed.
    public struct Status: Decodable, Sendable, Hashable {
        /// `active`, `locked` or `closed`.
        public var type: ChatKitThreadStatus
        /// Why it was locked or closed, when recorded.
        public var reason: String?
    }

    enum CodingKeys: String, CodingKey {
        case id, object, title, status, user
        case createdAt = "created_at"
    }
}

/// A ChatKit thread's status; an open set.
public struct ChatKitThreadStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `active`.
    public static let active = Self(rawValue: "active")
    /// `locked`: it takes no new input.
    public static let locked = Self(rawValue: "locked")
    /// `closed`.
    public static let closed = Self(rawValue: "closed")
}

/// One item of a ChatKit thread: the fields every item has, and its kind's own.
public struct ChatKitThreadItem: Decodable, Sendable, Hashable, Identifiable {
    /// The item id.
    public var id: String
    /// The object type, `chatkit.thread_item`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int?
    /// The thread id.
    public var threadID: String?
    /// The item's type, such as `chatkit.user_message`, as sent.
    public var type: ChatKitThreadItemType
    /// The item's own fields, by kind.
    public var content: Content

    /// A thread item's fields, by kind.
    public enum Content: Sendable, Hashable {
        /// `chatkit.user_message`.
        case userMessage(UserMessage)
        /// `chatkit.assistant_message`.
        case assistantMessage(AssistantMessage)
        /// `chatkit.widget`: the serialized widget.
        case widget(String)
        /// `chatkit.client_tool_call`.
        case clientToolCall(ClientToolCall)
        /// `chatkit.task`.
        case task(WorkflowTask)
        /// `chatkit.task_group`: its tasks.
        case taskGroup([WorkflowTask])
        /// A kind this library does not model (or in a shape it does not expect): the whole item, as sent.
        case other(JSONValue)
    }

    /// A user's message.
    public struct UserMessage: Decodable, Sendable, Hashable {
        /// Its parts.
        public var content: [Text]
        /// Its attachments.
        public var attachments: [Attachment]
        /// The model and tool the user asked for, if any.
        public var inferenceOptions: InferenceOptions?

        enum CodingKeys: String, CodingKey {
            case content, attachments
            case inferenceOptions = "inference_options"
        }

        /// Decodes a user message; missing lists read as empty.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            content = try container.decodeIfPresent([Text].self, forKey: .content) ?? []
            attachments = try container.decodeIfPresent([Attachment].self, forKey: .attachments) ?? []
            inferenceOptions = try container.decodeIfPresent(InferenceOptions.self, forKey: .inferenceOptions)
        }
    }

    /// The assistant's message.
    public struct AssistantMessage: Decodable, Sendable, Hashable {
        /// Its parts.
        public var content: [Text]
    }

    /// A text part: `input_text` or `quoted_text` from the user, `output_text` (with annotations) from the assistant.
    public struct Text: Decodable, Sendable, Hashable {
        /// The part's type.
        public var type: String?
        /// The text.
        public var text: String
        /// The sources the assistant cited.
        public var annotations: [Annotation]?
    }

    /// A cited source: a file (`file`, with its filename) or a web page (`url`).
    public struct Annotation: Decodable, Sendable, Hashable {
        /// `file` or `url`.
        public var type: String
        /// The source.
        public var source: Source

        /// A cited file or page.
        public struct Source: Decodable, Sendable, Hashable {
            /// `file` or `url`.
            public var type: String
            /// The file's name.
            public var filename: String?
            /// The page's URL.
            public var url: String?
        }
    }

    /// A file or image attached to a user message.
    public struct Attachment: Decodable, Sendable, Hashable {
        /// `image` or `file`.
        public var type: String
        /// The attachment id.
        public var id: String
        /// Its name.
        public var name: String?
        /// Its MIME type.
        public var mimeType: String?
        /// A URL to preview it.
        public var previewURL: String?

        enum CodingKeys: String, CodingKey {
            case type, id, name
            case mimeType = "mime_type"
            case previewURL = "preview_url"
        }
    }

    /// The model and tool a user message asked for.
    public struct InferenceOptions: Decodable, Sendable, Hashable {
        /// The tool, by id.
        public var toolChoice: ToolChoice?
        /// The model.
        public var model: String?

        /// A tool picked by id.
        public struct ToolChoice: Decodable, Sendable, Hashable {
            /// The tool id.
            public var id: String
        }

        enum CodingKeys: String, CodingKey {
            case model
            case toolChoice = "tool_choice"
        }
    }

    /// A call of a tool that runs in the ChatKit front end.
    public struct ClientToolCall: Decodable, Sendable, Hashable {
        /// `in_progress` or `completed`.
        public var status: ResponseItemStatus?
        /// The call id.
        public var callID: String
        /// The tool's name.
        public var name: String
        /// The arguments, JSON as text.
        public var arguments: String
        /// The tool's output, JSON as text, once it ran.
        public var output: String?

        enum CodingKeys: String, CodingKey {
            case status, name, arguments, output
            case callID = "call_id"
        }
    }

    /// A workflow task shown as progress: alone (`chatkit.task`) or in a group.
    public struct WorkflowTask: Decodable, Sendable, Hashable {
        /// `custom` or `thought`.
        public var taskType: ChatKitTaskType?
        /// Its heading.
        public var heading: String?
        /// Its summary.
        public var summary: String?

        enum CodingKeys: String, CodingKey {
            case type, heading, summary
            case taskType = "task_type"
        }

        /// Decodes a task; a grouped task names its kind `type`, a lone one `task_type`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            taskType = try container.decodeIfPresent(ChatKitTaskType.self, forKey: .taskType)
                ?? container.decodeIfPresent(ChatKitTaskType.self, forKey: .type)
            heading = try container.decodeIfPresent(String.self, forKey: .heading)
            summary = try container.decodeIfPresent(String.self, forKey: .summary)
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, object, type, widget, tasks
        case createdAt = "created_at"
        case threadID = "thread_id"
    }

    /// Decodes an item by its `type` (with or without the `chatkit.` prefix), keeping unknown kinds whole.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt)
        threadID = try container.decodeIfPresent(String.self, forKey: .threadID)
        type = try container.decodeIfPresent(ChatKitThreadItemType.self, forKey: .type) ?? ""
        let prefixed = type.rawValue.hasPrefix("chatkit.") ? type : ChatKitThreadItemType(rawValue: "chatkit." + type.rawValue)
        do {
            switch prefixed {
            case .userMessage: content = .userMessage(try UserMessage(from: decoder))
            case .assistantMessage: content = .assistantMessage(try AssistantMessage(from: decoder))
            case .widget: content = .widget(try container.decode(String.self, forKey: .widget))
            case .clientToolCall: content = .clientToolCall(try ClientToolCall(from: decoder))
            case .task: content = .task(try WorkflowTask(from: decoder))
            case .taskGroup: content = .taskGroup(try container.decode([WorkflowTask].self, forKey: .tasks))
            default: content = .other(try JSONValue(from: decoder))
            }
        } catch {
            content = .other(try JSONValue(from: decoder))
        }
    }
}

/// The type of a ``ChatKitThreadItem``; an open set.
public struct ChatKitThreadItemType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `chatkit.user_message`.
    public static let userMessage = Self(rawValue: "chatkit.user_message")
    /// `chatkit.assistant_message`.
    public static let assistantMessage = Self(rawValue: "chatkit.assistant_message")
    /// `chatkit.widget`.
    public static let widget = Self(rawValue: "chatkit.widget")
    /// `chatkit.client_tool_call`.
    public static let clientToolCall = Self(rawValue: "chatkit.client_tool_call")
    /// `chatkit.task`.
    public static let task = Self(rawValue: "chatkit.task")
    /// `chatkit.task_group`.
    public static let taskGroup = Self(rawValue: "chatkit.task_group")
}

/// The kind of a ChatKit task; an open set.
public struct ChatKitTaskType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `custom`.
    public static let custom = Self(rawValue: "custom")
    /// `thought`.
    public static let thought = Self(rawValue: "thought")
}
