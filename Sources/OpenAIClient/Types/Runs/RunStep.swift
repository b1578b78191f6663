/// A step of a run: creating a message, or calling tools.
public struct RunStep: Decodable, Sendable, Hashable, Identifiable {
    /// The id, such as `step_abc123`.
    public var id: String
    /// The object type, `"thread.run.step"`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int?
    /// The assistant.
    public var assistantID: String?
    /// The thread.
    public var threadID: String?
    /// The run.
    public var runID: String?
    /// `message_creation` or `tool_calls`.
    public var type: RunStepType
    /// `in_progress`, `cancelled`, `failed`, `completed` or `expired`.
    public var status: String?
    /// What the step did.
    public var stepDetails: RunStepDetails
    /// The last error, if the step failed.
    public var lastError: Run.LastError?
    /// When the step expired.
    public var expiredAt: Int?
    /// When it was cancelled.
    public var cancelledAt: Int?
    /// When it failed.
    public var failedAt: Int?
    /// When it completed.
    public var completedAt: Int?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?
    /// Token usage; `nil` while in progress.
    public var usage: RunUsage?

    enum CodingKeys: String, CodingKey {
        case id, object, type, status, metadata, usage
        case createdAt = "created_at"
        case assistantID = "assistant_id"
        case threadID = "thread_id"
        case runID = "run_id"
        case stepDetails = "step_details"
        case lastError = "last_error"
        case expiredAt = "expired_at"
        case cancelledAt = "cancelled_at"
        case failedAt = "failed_at"
        case completedAt = "completed_at"
    }
}

/// A run step type; an open set.
public struct RunStepType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `message_creation`.
    public static let messageCreation = Self(rawValue: "message_creation")
    /// `tool_calls`.
    public static let toolCalls = Self(rawValue: "tool_calls")
}

/// The details of a run step (or of a step delta).
public struct RunStepDetails: Decodable, Sendable, Hashable {
    /// `message_creation` or `tool_calls`.
    public var type: RunStepType
    /// The created message, for `message_creation`.
    public var messageCreation: MessageCreation?
    /// The tool calls, for `tool_calls` (in deltas, pieces to merge by ``RunStepToolCall/index``).
    public var toolCalls: [RunStepToolCall]?

    /// The message a step created.
    public struct MessageCreation: Decodable, Sendable, Hashable {
        /// The message id.
        public var messageID: String?
        enum CodingKeys: String, CodingKey { case messageID = "message_id" }
    }

    enum CodingKeys: String, CodingKey {
        case type
        case messageCreation = "message_creation"
        case toolCalls = "tool_calls"
    }
}

/// A tool call in a run step: code interpreter, file search or function.
public struct RunStepToolCall: Decodable, Sendable, Hashable {
    /// The position, in deltas.
    public var index: Int?
    /// The call id (absent from later deltas).
    public var id: String?
    /// The tool type.
    public var type: AssistantToolType
    /// Code interpreter input and outputs.
    public var codeInterpreter: CodeInterpreterCall?
    /// File search ranking and results (results only with `include[]=step_details.tool_calls[*].file_search.results[*].content`).
    public var fileSearch: FileSearchCall?
    /// The function name, arguments and (once submitted) output.
    public var function: FunctionCall?

    /// Code interpreter input and outputs.
    public struct CodeInterpreterCall: Decodable, Sendable, Hashable {
        /// The code (in deltas, the piece to append).
        public var input: String?
        /// Logs and images.
        public var outputs: [Output]?

        /// One output: `logs` text or an `image` file.
        public struct Output: Decodable, Sendable, Hashable {
            /// The position, in deltas.
            public var index: Int?
            /// `logs` or `image`.
            public var type: String
            /// The logs, for `logs`.
            public var logs: String?
            /// The image, for `image`.
            public var image: MessageAnnotation.FileReference?
        }
    }

    /// File search ranking and results.
    public struct FileSearchCall: Decodable, Sendable, Hashable {
        /// The ranker and threshold used.
        public var rankingOptions: FileSearchRankingOptions?
        /// The results.
        public var results: [FileSearchResult]?

        enum CodingKeys: String, CodingKey {
            case results
            case rankingOptions = "ranking_options"
        }
    }

    /// A function call in a step.
    public struct FunctionCall: Decodable, Sendable, Hashable {
        /// The function name.
        public var name: String?
        /// The arguments (in deltas, the piece to append).
        public var arguments: String?
        /// The submitted output, once there is one.
        public var output: String?
    }

    enum CodingKeys: String, CodingKey {
        case index, id, type, function
        case codeInterpreter = "code_interpreter"
        case fileSearch = "file_search"
    }
}

/// A file search result.
public struct FileSearchResult: Decodable, Sendable, Hashable {
    /// The file id.
    public var fileID: String
    /// The file name.
    public var fileName: String?
    /// The relevance score, 0 to 1.
    public var score: Double
    /// The matched text (only when requested with `include[]`).
    public var content: [Content]?

    /// A piece of matched content.
    public struct Content: Decodable, Sendable, Hashable {
        /// `text`.
        public var type: String?
        /// The text.
        public var text: String?
    }

    enum CodingKeys: String, CodingKey {
        case score, content
        case fileID = "file_id"
        case fileName = "file_name"
    }
}

/// A `thread.run.step.delta` event's payload.
public struct RunStepDelta: Decodable, Sendable, Hashable {
    /// The step id.
    public var id: String
    /// The object type, `"thread.run.step.delta"`.
    public var object: String?
    /// The changes.
    public var delta: Delta

    /// The changed fields.
    public struct Delta: Decodable, Sendable, Hashable {
        /// New details to merge.
        public var stepDetails: RunStepDetails?
        enum CodingKeys: String, CodingKey { case stepDetails = "step_details" }
    }
}

/// Extra data to include in run step results; an open set.
public struct RunStepInclude: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The content of file search results.
    public static let fileSearchResultContent = Self(rawValue: "step_details.tool_calls[*].file_search.results[*].content")
}
