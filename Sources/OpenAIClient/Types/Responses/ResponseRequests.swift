import Foundation

/// The body of `POST /responses/input_tokens` (the spec's `TokenCountsBody`): what a response request would send,
/// to count its input tokens without running it.
///
/// ```swift
/// let count = try await client.responses.inputTokens.count(CountInputTokensRequest(model: "gpt-5", input: "Hello"))
/// print(count.inputTokens)
/// ```
public struct CountInputTokensRequest: Encodable, Sendable, Hashable {
    /// The model id.
    public var model: String?
    /// The input: text or items.
    public var input: ResponseInput?
    /// A developer message placed first.
    public var instructions: String?
    /// The tools (their definitions count as input).
    public var tools: [ResponseTool]?
    /// Which tool the model would use.
    public var toolChoice: ResponseToolChoice?
    /// Whether several tool calls could run at once.
    public var parallelToolCalls: Bool?
    /// A response whose context is included.
    public var previousResponseID: String?
    /// A conversation whose items are included.
    public var conversation: ConversationReference?
    /// Reasoning settings.
    public var reasoning: ResponseReasoningSettings?
    /// Text settings (a JSON schema counts as input).
    public var text: ResponseTextSettings?
    /// The truncation strategy.
    public var truncation: ResponseTruncation?
    /// The assistant personality, as the API names it.
    public var personality: String?

    /// Creates a request.
    public init(model: String? = nil, input: ResponseInput? = nil, instructions: String? = nil, tools: [ResponseTool]? = nil) {
        self.model = model
        self.input = input
        self.instructions = instructions
        self.tools = tools
    }

    enum CodingKeys: String, CodingKey {
        case model, input, instructions, tools, conversation, reasoning, text, truncation, personality
        case toolChoice = "tool_choice"
        case parallelToolCalls = "parallel_tool_calls"
        case previousResponseID = "previous_response_id"
    }
}

/// The answer to `POST /responses/input_tokens`.
public struct InputTokenCount: Codable, Sendable, Hashable {
    /// The object type, `response.input_tokens`.
    public var object: String?
    /// The input tokens the request would use.
    public var inputTokens: Int

    enum CodingKeys: String, CodingKey {
        case object
        case inputTokens = "input_tokens"
    }
}

/// The body of `POST /responses/compact` (the spec's `CompactResponseMethodPublicBody`): a conversation to shrink
/// into fewer items (with an encrypted compaction item) to pass as the next input.
public struct CompactResponseRequest: Encodable, Sendable, Hashable {
    /// The model id.
    public var model: String
    /// The conversation so far: text or items.
    public var input: ResponseInput?
    /// A developer message placed first.
    public var instructions: String?
    /// A response whose context is compacted.
    public var previousResponseID: String?
    /// The processing tier.
    public var serviceTier: ServiceTier?
    /// The prompt cache key.
    public var promptCacheKey: String?
    /// The prompt cache retention (deprecated in favour of ``promptCacheOptions``).
    public var promptCacheRetention: String?
    /// Prompt caching options.
    public var promptCacheOptions: PromptCacheOptions?

    /// Creates a request.
    public init(model: String, input: ResponseInput? = nil, previousResponseID: String? = nil, instructions: String? = nil) {
        self.model = model
        self.input = input
        self.previousResponseID = previousResponseID
        self.instructions = instructions
    }

    enum CodingKeys: String, CodingKey {
        case model, input, instructions
        case previousResponseID = "previous_response_id"
        case serviceTier = "service_tier"
        case promptCacheKey = "prompt_cache_key"
        case promptCacheRetention = "prompt_cache_retention"
        case promptCacheOptions = "prompt_cache_options"
    }
}

/// The answer to `POST /responses/compact`: the compacted items, to send as the next request's input.
public struct CompactedResponse: Codable, Sendable, Hashable, Identifiable {
    /// The compaction id.
    public var id: String
    /// The object type, `response.compaction`.
    public var object: String?
    /// The compacted items.
    public var output: [ResponseItem]
    /// Creation time (Unix seconds).
    public var createdAt: Int?
    /// Token usage of the compaction.
    public var usage: ResponseUsage?

    enum CodingKeys: String, CodingKey {
        case id, object, output, usage
        case createdAt = "created_at"
    }
}
