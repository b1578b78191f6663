/// One chunk of a streamed chat completion.
///
/// Feed chunks to ``ChatCompletionAccumulator`` to get whole messages and tool calls.
public struct CreateChatCompletionStreamResponse: Decodable, Sendable {
    /// The completion id (the same in every chunk).
    public var id: String?
    /// The object type, `"chat.completion.chunk"`.
    public var object: String?
    /// When it was created, in Unix seconds.
    public var created: Int?
    /// The model used.
    public var model: String?
    /// The choices' deltas (empty in the final usage chunk).
    public var choices: [Choice]
    /// Token counts, in the last chunk when `stream_options.include_usage` is set.
    public var usage: CompletionUsage?
    /// The backend configuration fingerprint.
    public var systemFingerprint: String?
    /// The processing tier used.
    public var serviceTier: ServiceTier?
    /// Random padding (`stream_options.include_obfuscation`).
    public var obfuscation: String?

    /// One choice's increment.
    public struct Choice: Decodable, Sendable {
        /// Which choice this is.
        public var index: Int
        /// What this chunk adds.
        public var delta: Delta
        /// Why generation stopped; `nil` until the choice's last chunk.
        public var finishReason: FinishReason?
        /// Token log probabilities, when requested.
        public var logprobs: ChatLogprobs?

        enum CodingKeys: String, CodingKey {
            case index, delta, logprobs
            case finishReason = "finish_reason"
        }

        /// Decodes a choice, defaulting a missing index to 0 and a missing delta to empty.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
            delta = try container.decodeIfPresent(Delta.self, forKey: .delta) ?? Delta()
            finishReason = try container.decodeIfPresent(FinishReason.self, forKey: .finishReason)
            logprobs = try container.decodeIfPresent(ChatLogprobs.self, forKey: .logprobs)
        }
    }

    /// What a chunk adds to a message.
    public struct Delta: Decodable, Sendable {
        /// The role, in the first chunk.
        public var role: ChatRole?
        /// A text fragment.
        public var content: String?
        /// A refusal fragment.
        public var refusal: String?
        /// Tool call fragments, keyed by ``ToolCallDelta/index``.
        public var toolCalls: [ToolCallDelta]?
        /// A deprecated function call fragment.
        public var functionCall: FunctionCallDelta?
        /// A reasoning fragment from compatible servers that stream it separately.
        public var reasoningContent: String?

        /// Creates an empty delta.
        public init() {}

        enum CodingKeys: String, CodingKey {
            case role, content, refusal
            case toolCalls = "tool_calls"
            case functionCall = "function_call"
            case reasoningContent = "reasoning_content"
        }
    }

    /// A fragment of a tool call: the first carries id and name, later ones more argument text.
    public struct ToolCallDelta: Decodable, Sendable {
        /// Which call of the message this fragment belongs to.
        public var index: Int
        /// The call id (first fragment).
        public var id: String?
        /// The call type (first fragment).
        public var type: String?
        /// The function name and an arguments fragment.
        public var function: FunctionCallDelta?

        enum CodingKeys: String, CodingKey { case index, id, type, function }

        /// Decodes a fragment, defaulting a missing index to 0.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
            id = try container.decodeIfPresent(String.self, forKey: .id)
            type = try container.decodeIfPresent(String.self, forKey: .type)
            function = try container.decodeIfPresent(FunctionCallDelta.self, forKey: .function)
        }
    }

    /// A fragment of a function call.
    public struct FunctionCallDelta: Decodable, Sendable {
        /// The function name (first fragment).
        public var name: String?
        /// A fragment of the JSON arguments.
        public var arguments: String?
    }

    enum CodingKeys: String, CodingKey {
        case id, object, created, model, choices, usage, obfuscation
        case systemFingerprint = "system_fingerprint"
        case serviceTier = "service_tier"
    }

    /// Decodes a chunk, treating missing choices as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        created = try container.decodeIfPresent(Int.self, forKey: .created)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        choices = try container.decodeIfPresent([Choice].self, forKey: .choices) ?? []
        usage = try container.decodeIfPresent(CompletionUsage.self, forKey: .usage)
        systemFingerprint = try container.decodeIfPresent(String.self, forKey: .systemFingerprint)
        serviceTier = try container.decodeIfPresent(ServiceTier.self, forKey: .serviceTier)
        obfuscation = try container.decodeIfPresent(String.self, forKey: .obfuscation)
    }
}
