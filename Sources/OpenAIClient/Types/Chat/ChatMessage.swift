/// One message of a chat conversation, as sent in ``CreateChatCompletionRequest/messages``.
///
/// Build messages with the role constructors:
///
/// ```swift
/// let messages: [ChatMessage] = [
///     .system("Answer from the sources; cite them as [1], [2]."),
///     .user("What is RAG?"),
///     .user(parts: [.text("What is in this picture?"), .imageURL("https://example.com/cat.png", detail: .low)]),
///     .assistant(toolCalls: [call]),
///     .tool(#"{"temperature": 21}"#, toolCallID: call.id),
/// ]
/// ```
public struct ChatMessage: Encodable, Sendable, Hashable {
    /// Who speaks.
    public var role: ChatRole
    /// The text or multi-part content; `nil` for an assistant message that only calls tools.
    public var content: ChatMessageContent?
    /// An optional participant name.
    public var name: String?
    /// The tools an assistant message called.
    public var toolCalls: [ChatToolCall]?
    /// The call a tool message answers.
    public var toolCallID: String?
    /// An assistant's refusal.
    public var refusal: String?
    /// A previous assistant audio response, referenced by id.
    public var audio: AudioReference?
    /// A deprecated assistant function call.
    public var functionCall: ChatFunctionCall?

    /// A reference to an earlier audio response: `{"id": …}`.
    public struct AudioReference: Codable, Sendable, Hashable {
        /// The audio response id.
        public var id: String
        /// Creates a reference.
        public init(id: String) { self.id = id }
    }

    /// Creates a message with any combination of fields.
    public init(
        role: ChatRole,
        content: ChatMessageContent?,
        name: String? = nil,
        toolCalls: [ChatToolCall]? = nil,
        toolCallID: String? = nil,
        refusal: String? = nil,
        audio: AudioReference? = nil,
        functionCall: ChatFunctionCall? = nil
    ) {
        self.role = role
        self.content = content
        self.name = name
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.refusal = refusal
        self.audio = audio
        self.functionCall = functionCall
    }

    /// A system message: instructions for the model.
    public static func system(_ text: String, name: String? = nil) -> ChatMessage {
        ChatMessage(role: .system, content: .text(text), name: name)
    }

    /// A developer message: instructions that take precedence over the user's (o1 and later models).
    public static func developer(_ text: String, name: String? = nil) -> ChatMessage {
        ChatMessage(role: .developer, content: .text(text), name: name)
    }

    /// A user text message.
    public static func user(_ text: String, name: String? = nil) -> ChatMessage {
        ChatMessage(role: .user, content: .text(text), name: name)
    }

    /// A user message of several parts: text, images, audio, files.
    public static func user(parts: [ChatContentPart], name: String? = nil) -> ChatMessage {
        ChatMessage(role: .user, content: .parts(parts), name: name)
    }

    /// An assistant message: earlier model output, text and/or tool calls.
    public static func assistant(_ text: String? = nil, toolCalls: [ChatToolCall]? = nil, name: String? = nil) -> ChatMessage {
        ChatMessage(role: .assistant, content: text.map { .text($0) }, name: name, toolCalls: toolCalls)
    }

    /// A tool message: the result of one tool call.
    public static func tool(_ text: String, toolCallID: String) -> ChatMessage {
        ChatMessage(role: .tool, content: .text(text), toolCallID: toolCallID)
    }

    enum CodingKeys: String, CodingKey {
        case role, content, name, refusal, audio
        case toolCalls = "tool_calls"
        case toolCallID = "tool_call_id"
        case functionCall = "function_call"
    }

    /// Encodes the message; an assistant message without content sends `"content": null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        if let content {
            try container.encode(content, forKey: .content)
        } else if role == .assistant {
            try container.encodeNil(forKey: .content)
        }
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(toolCalls, forKey: .toolCalls)
        try container.encodeIfPresent(toolCallID, forKey: .toolCallID)
        try container.encodeIfPresent(refusal, forKey: .refusal)
        try container.encodeIfPresent(audio, forKey: .audio)
        try container.encodeIfPresent(functionCall, forKey: .functionCall)
    }
}

/// Who speaks a chat message; an open set.
public struct ChatRole: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a role from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `system`.
    public static let system = Self(rawValue: "system")
    /// `developer`.
    public static let developer = Self(rawValue: "developer")
    /// `user`.
    public static let user = Self(rawValue: "user")
    /// `assistant`.
    public static let assistant = Self(rawValue: "assistant")
    /// `tool`.
    public static let tool = Self(rawValue: "tool")
    /// `function` (deprecated).
    public static let function = Self(rawValue: "function")
}

/// A message's content: plain text or a list of parts.
public enum ChatMessageContent: Encodable, Sendable, Hashable, ExpressibleByStringLiteral {
    /// Plain text.
    case text(String)
    /// Several parts (text, images, audio, files).
    case parts([ChatContentPart])

    /// Text from a literal.
    public init(stringLiteral value: String) { self = .text(value) }

    /// Encodes a string or an array of parts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .parts(let parts): try container.encode(parts)
        }
    }
}
