/// A run: an assistant working on a thread, until it completes, fails, or needs tool outputs.
public struct Run: Decodable, Sendable, Hashable, Identifiable {
    /// The id, such as `run_abc123`.
    public var id: String
    /// The object type, `"thread.run"`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// The thread.
    public var threadID: String
    /// The assistant.
    public var assistantID: String
    /// The status.
    public var status: RunStatus
    /// What the run waits for when ``status`` is `requires_action`.
    public var requiredAction: RequiredAction?
    /// The last error, when the run failed.
    public var lastError: LastError?
    /// When the run expires.
    public var expiresAt: Int?
    /// When it started.
    public var startedAt: Int?
    /// When it was cancelled.
    public var cancelledAt: Int?
    /// When it failed.
    public var failedAt: Int?
    /// When it completed.
    public var completedAt: Int?
    /// Why it is incomplete.
    public var incompleteDetails: IncompleteDetails?
    /// The model used.
    public var model: String?
    /// The instructions used.
    public var instructions: String?
    /// The tools used.
    public var tools: [AssistantTool]
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?
    /// Token usage; `nil` until the run ends.
    public var usage: RunUsage?
    /// The sampling temperature.
    public var temperature: Double?
    /// The nucleus sampling mass.
    public var topP: Double?
    /// The prompt token budget.
    public var maxPromptTokens: Int?
    /// The completion token budget.
    public var maxCompletionTokens: Int?
    /// How the thread was truncated for the prompt.
    public var truncationStrategy: TruncationStrategy?
    /// Which tool the model had to call.
    public var toolChoice: AssistantToolChoice?
    /// Whether tool calls could run in parallel.
    public var parallelToolCalls: Bool?
    /// The answer format.
    public var responseFormat: AssistantResponseFormat?

    /// What a `requires_action` run needs.
    public struct RequiredAction: Decodable, Sendable, Hashable {
        /// `submit_tool_outputs`.
        public var type: String
        /// The function calls to answer.
        public var submitToolOutputs: SubmitToolOutputs?

        /// The calls awaiting outputs.
        public struct SubmitToolOutputs: Decodable, Sendable, Hashable {
            /// The calls.
            public var toolCalls: [ChatToolCall]
            enum CodingKeys: String, CodingKey { case toolCalls = "tool_calls" }
        }

        enum CodingKeys: String, CodingKey {
            case type
            case submitToolOutputs = "submit_tool_outputs"
        }
    }

    /// Why a run failed.
    public struct LastError: Decodable, Sendable, Hashable {
        /// `server_error`, `rate_limit_exceeded` or `invalid_prompt`.
        public var code: String?
        /// The explanation.
        public var message: String?
    }

    /// Why a run is incomplete.
    public struct IncompleteDetails: Decodable, Sendable, Hashable {
        /// `max_completion_tokens` or `max_prompt_tokens`.
        public var reason: String?
    }

    /// The function calls the run waits for, when it requires action.
    public var pendingToolCalls: [ChatToolCall] {
        requiredAction?.submitToolOutputs?.toolCalls ?? []
    }

    enum CodingKeys: String, CodingKey {
        case id, object, status, model, instructions, tools, metadata, usage, temperature
        case createdAt = "created_at"
        case threadID = "thread_id"
        case assistantID = "assistant_id"
        case requiredAction = "required_action"
        case lastError = "last_error"
        case expiresAt = "expires_at"
        case startedAt = "started_at"
        case cancelledAt = "cancelled_at"
        case failedAt = "failed_at"
        case completedAt = "completed_at"
        case incompleteDetails = "incomplete_details"
        case topP = "top_p"
        case maxPromptTokens = "max_prompt_tokens"
        case maxCompletionTokens = "max_completion_tokens"
        case truncationStrategy = "truncation_strategy"
        case toolChoice = "tool_choice"
        case parallelToolCalls = "parallel_tool_calls"
        case responseFormat = "response_format"
    }

    /// Decodes a run; a missing `tools` reads as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt) ?? 0
        threadID = try container.decodeIfPresent(String.self, forKey: .threadID) ?? ""
        assistantID = try container.decodeIfPresent(String.self, forKey: .assistantID) ?? ""
        status = try container.decode(RunStatus.self, forKey: .status)
        requiredAction = try container.decodeIfPresent(RequiredAction.self, forKey: .requiredAction)
        lastError = try container.decodeIfPresent(LastError.self, forKey: .lastError)
        expiresAt = try container.decodeIfPresent(Int.self, forKey: .expiresAt)
        startedAt = try container.decodeIfPresent(Int.self, forKey: .startedAt)
        cancelledAt = try container.decodeIfPresent(Int.self, forKey: .cancelledAt)
        failedAt = try container.decodeIfPresent(Int.self, forKey: .failedAt)
        completedAt = try container.decodeIfPresent(Int.self, forKey: .completedAt)
        incompleteDetails = try container.decodeIfPresent(IncompleteDetails.self, forKey: .incompleteDetails)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        instructions = try container.decodeIfPresent(String.self, forKey: .instructions)
        tools = try container.decodeIfPresent([AssistantTool].self, forKey: .tools) ?? []
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata)
        usage = try container.decodeIfPresent(RunUsage.self, forKey: .usage)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        maxPromptTokens = try container.decodeIfPresent(Int.self, forKey: .maxPromptTokens)
        maxCompletionTokens = try container.decodeIfPresent(Int.self, forKey: .maxCompletionTokens)
        truncationStrategy = try container.decodeIfPresent(TruncationStrategy.self, forKey: .truncationStrategy)
        toolChoice = try container.decodeIfPresent(AssistantToolChoice.self, forKey: .toolChoice)
        parallelToolCalls = try container.decodeIfPresent(Bool.self, forKey: .parallelToolCalls)
        responseFormat = try container.decodeIfPresent(AssistantResponseFormat.self, forKey: .responseFormat)
    }
}

/// A run status; an open set.
public struct RunStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `queued`.
    public static let queued = Self(rawValue: "queued")
    /// `in_progress`.
    public static let inProgress = Self(rawValue: "in_progress")
    /// `requires_action`.
    public static let requiresAction = Self(rawValue: "requires_action")
    /// `cancelling`.
    public static let cancelling = Self(rawValue: "cancelling")
    /// `cancelled`.
    public static let cancelled = Self(rawValue: "cancelled")
    /// `failed`.
    public static let failed = Self(rawValue: "failed")
    /// `completed`.
    public static let completed = Self(rawValue: "completed")
    /// `incomplete`.
    public static let incomplete = Self(rawValue: "incomplete")
    /// `expired`.
    public static let expired = Self(rawValue: "expired")

    /// Whether the run has stopped for good (`cancelled`, `failed`, `completed`, `incomplete`, `expired`).
    public var isTerminal: Bool {
        [.cancelled, .failed, .completed, .incomplete, .expired].contains(self)
    }
}

/// Token usage of a run or run step.
public struct RunUsage: Codable, Sendable, Hashable {
    /// Completion tokens.
    public var completionTokens: Int?
    /// Prompt tokens.
    public var promptTokens: Int?
    /// Both.
    public var totalTokens: Int?

    enum CodingKeys: String, CodingKey {
        case completionTokens = "completion_tokens"
        case promptTokens = "prompt_tokens"
        case totalTokens = "total_tokens"
    }
}

/// How the thread is truncated to fit the prompt.
public struct TruncationStrategy: Codable, Sendable, Hashable {
    /// `auto` or `last_messages`.
    public var type: String
    /// How many recent messages to keep, for `last_messages`.
    public var lastMessages: Int?

    /// Creates a strategy.
    public init(type: String, lastMessages: Int? = nil) {
        self.type = type
        self.lastMessages = lastMessages
    }

    /// `{"type": "auto"}`.
    public static let auto = TruncationStrategy(type: "auto")

    /// Keeps the `count` most recent messages.
    public static func lastMessages(_ count: Int) -> TruncationStrategy { TruncationStrategy(type: "last_messages", lastMessages: count) }

    enum CodingKeys: String, CodingKey {
        case type
        case lastMessages = "last_messages"
    }
}

/// Which tool a run's model calls: none, any, at least one, or a named tool.
public enum AssistantToolChoice: Codable, Sendable, Hashable {
    /// `"none"`.
    case none
    /// `"auto"`.
    case auto
    /// `"required"`.
    case required
    /// `{"type": "function", "function": {"name": …}}`.
    case function(String)
    /// `{"type": "code_interpreter"}` or `{"type": "file_search"}`.
    case tool(AssistantToolType)

    enum CodingKeys: String, CodingKey { case type, function }
    enum FunctionKeys: String, CodingKey { case name }

    /// Decodes a string or a named-tool object.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            switch text {
            case "none": self = .none
            case "required": self = .required
            default: self = .auto
            }
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(AssistantToolType.self, forKey: .type)
        if type == .function {
            let function = try container.nestedContainer(keyedBy: FunctionKeys.self, forKey: .function)
            self = .function(try function.decode(String.self, forKey: .name))
        } else {
            self = .tool(type)
        }
    }

    /// Encodes a string or a named-tool object.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .none:
            var container = encoder.singleValueContainer()
            try container.encode("none")
        case .auto:
            var container = encoder.singleValueContainer()
            try container.encode("auto")
        case .required:
            var container = encoder.singleValueContainer()
            try container.encode("required")
        case .function(let name):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(AssistantToolType.function, forKey: .type)
            var function = container.nestedContainer(keyedBy: FunctionKeys.self, forKey: .function)
            try function.encode(name, forKey: .name)
        case .tool(let type):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
        }
    }
}
