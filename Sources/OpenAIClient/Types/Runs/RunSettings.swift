/// The run parameters that `POST /threads/{thread_id}/runs` and `POST /threads/runs` share; each overrides the assistant's.
public struct RunSettings: Encodable, Sendable, Hashable {
    /// The model id; the assistant's when `nil`.
    public var model: String?
    /// Replaces the assistant's instructions.
    public var instructions: String?
    /// Replaces the assistant's tools.
    public var tools: [AssistantTool]?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?
    /// Sampling temperature, 0 to 2.
    public var temperature: Double?
    /// Nucleus sampling mass, 0 to 1.
    public var topP: Double?
    /// Set by the streaming methods; leave `nil`.
    public var stream: Bool?
    /// The prompt token budget, at least 256.
    public var maxPromptTokens: Int?
    /// The completion token budget, at least 256.
    public var maxCompletionTokens: Int?
    /// How the thread is truncated.
    public var truncationStrategy: TruncationStrategy?
    /// Which tool the model calls.
    public var toolChoice: AssistantToolChoice?
    /// Whether tool calls may run in parallel.
    public var parallelToolCalls: Bool?
    /// The answer format.
    public var responseFormat: AssistantResponseFormat?

    /// Creates settings; every field defaults to the assistant's.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case model, instructions, tools, metadata, temperature, stream
        case topP = "top_p"
        case maxPromptTokens = "max_prompt_tokens"
        case maxCompletionTokens = "max_completion_tokens"
        case truncationStrategy = "truncation_strategy"
        case toolChoice = "tool_choice"
        case parallelToolCalls = "parallel_tool_calls"
        case responseFormat = "response_format"
    }
}

/// The body of `POST /threads/{thread_id}/runs`.
///
/// The shared knobs are reachable directly: `request.temperature = 0.2` sets ``settings``' temperature.
///
/// ```swift
/// var request = CreateRunRequest(assistantID: assistant.id, additionalInstructions: "Answer in French.")
/// request.toolChoice = .required
/// ```
@dynamicMemberLookup
public struct CreateRunRequest: Encodable, Sendable, Hashable {
    /// The assistant to run.
    public var assistantID: String
    /// Reasoning effort for reasoning models.
    public var reasoningEffort: ReasoningEffort?
    /// Appended to the instructions for this run only.
    public var additionalInstructions: String?
    /// Messages added to the thread before the run.
    public var additionalMessages: [CreateMessageRequest]?
    /// Overrides of the assistant's parameters.
    public var settings: RunSettings

    /// Creates a request.
    public init(assistantID: String, additionalInstructions: String? = nil, additionalMessages: [CreateMessageRequest]? = nil, settings: RunSettings = RunSettings()) {
        self.assistantID = assistantID
        self.additionalInstructions = additionalInstructions
        self.additionalMessages = additionalMessages
        self.settings = settings
    }

    /// Reads and writes ``settings``' fields.
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<RunSettings, Value>) -> Value {
        get { settings[keyPath: keyPath] }
        set { settings[keyPath: keyPath] = newValue }
    }

    enum CodingKeys: String, CodingKey {
        case assistantID = "assistant_id"
        case reasoningEffort = "reasoning_effort"
        case additionalInstructions = "additional_instructions"
        case additionalMessages = "additional_messages"
    }

    /// Encodes the run fields and the settings as one object.
    public func encode(to encoder: any Encoder) throws {
        try settings.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(assistantID, forKey: .assistantID)
        try container.encodeIfPresent(reasoningEffort, forKey: .reasoningEffort)
        try container.encodeIfPresent(additionalInstructions, forKey: .additionalInstructions)
        try container.encodeIfPresent(additionalMessages, forKey: .additionalMessages)
    }
}

/// The body of `POST /threads/runs`: a new thread and a run on it.
@dynamicMemberLookup
public struct CreateThreadAndRunRequest: Encodable, Sendable, Hashable {
    /// The assistant to run.
    public var assistantID: String
    /// The thread to create; an empty one when `nil`.
    public var thread: CreateThreadRequest?
    /// The tools' files and vector stores for this run.
    public var toolResources: ToolResources?
    /// Overrides of the assistant's parameters.
    public var settings: RunSettings

    /// Creates a request.
    public init(assistantID: String, thread: CreateThreadRequest? = nil, toolResources: ToolResources? = nil, settings: RunSettings = RunSettings()) {
        self.assistantID = assistantID
        self.thread = thread
        self.toolResources = toolResources
        self.settings = settings
    }

    /// Reads and writes ``settings``' fields.
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<RunSettings, Value>) -> Value {
        get { settings[keyPath: keyPath] }
        set { settings[keyPath: keyPath] = newValue }
    }

    enum CodingKeys: String, CodingKey {
        case thread
        case assistantID = "assistant_id"
        case toolResources = "tool_resources"
    }

    /// Encodes the thread fields and the settings as one object.
    public func encode(to encoder: any Encoder) throws {
        try settings.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(assistantID, forKey: .assistantID)
        try container.encodeIfPresent(thread, forKey: .thread)
        try container.encodeIfPresent(toolResources, forKey: .toolResources)
    }
}

/// The body of `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`.
public struct SubmitToolOutputsRequest: Encodable, Sendable, Hashable {
    /// One output per pending call.
    public var toolOutputs: [ToolOutput]
    /// Set by the streaming method; leave `nil`.
    public var stream: Bool?

    /// The output of one function call.
    public struct ToolOutput: Codable, Sendable, Hashable {
        /// The call id (``ChatToolCall/id``).
        public var toolCallID: String
        /// The output, usually JSON text.
        public var output: String

        /// Creates an output.
        public init(toolCallID: String, output: String) {
            self.toolCallID = toolCallID
            self.output = output
        }

        enum CodingKeys: String, CodingKey {
            case output
            case toolCallID = "tool_call_id"
        }
    }

    /// Creates a request.
    public init(toolOutputs: [ToolOutput]) { self.toolOutputs = toolOutputs }

    enum CodingKeys: String, CodingKey {
        case stream
        case toolOutputs = "tool_outputs"
    }
}
