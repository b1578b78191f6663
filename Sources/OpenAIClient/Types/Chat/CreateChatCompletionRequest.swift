/// The body of `POST /chat/completions`.
///
/// Only ``model`` and ``messages`` are required; every other parameter starts `nil` and is then not sent
/// (the server's default applies). Use ``RequestOptions/extraBody`` for a provider's own parameters.
public struct CreateChatCompletionRequest: Encodable, Sendable {
    /// The model id, such as `gpt-4o-mini`.
    public var model: String
    /// The conversation so far.
    public var messages: [ChatMessage]
    /// Whether to store the output for distillation or evals (default false).
    public var store: Bool?
    /// Up to 16 key-value pairs stored with the completion.
    public var metadata: [String: String]?
    /// Reasoning effort for reasoning models, such as ``ReasoningEffort/low``.
    public var reasoningEffort: ReasoningEffort?
    /// Output verbosity, such as ``Verbosity/low``.
    public var verbosity: Verbosity?
    /// Moderation of the input and output.
    public var moderation: ModerationSettings?
    /// Prompt caching options (breakpoint mode and lifetime).
    public var promptCacheOptions: PromptCacheOptions?
    /// The prompt cache retention policy, `in_memory` or `24h` (deprecated in favour of ``promptCacheOptions``).
    public var promptCacheRetention: String?
    /// Penalty in -2…2 on tokens by frequency so far (default 0).
    public var frequencyPenalty: Double?
    /// Bias in -100…100 per token id (keys are token ids as strings).
    public var logitBias: [String: Int]?
    /// Whether to return log probabilities of the output tokens (default false).
    public var logprobs: Bool?
    /// How many most-likely alternatives (0…20) to return per token; needs ``logprobs``.
    public var topLogprobs: Int?
    /// The most tokens to generate, reasoning included.
    public var maxCompletionTokens: Int?
    /// The most tokens to generate (deprecated; older servers only know this one).
    public var maxTokens: Int?
    /// Choices to generate (default 1).
    public var n: Int?
    /// Output modalities, such as `[.text, .audio]`.
    public var modalities: [ChatModality]?
    /// Audio output settings, with the `audio` modality.
    public var audio: ChatAudioOptions?
    /// Predicted output, to speed up regeneration: `{"type": "content", "content": …}`.
    public var prediction: JSONValue?
    /// Penalty in -2…2 on tokens already present (default 0).
    public var presencePenalty: Double?
    /// The answer's shape: text, JSON object, or JSON schema.
    public var responseFormat: ChatResponseFormat?
    /// A seed for best-effort deterministic sampling (deprecated).
    public var seed: Int?
    /// The processing tier, such as ``ServiceTier/flex``.
    public var serviceTier: ServiceTier?
    /// Where to stop generating.
    public var stop: StopSequences?
    /// Set by ``ChatCompletions/stream(_:options:)``; leave `nil`.
    public var stream: Bool?
    /// Options for streamed responses, such as `include_usage`.
    public var streamOptions: StreamOptions?
    /// Sampling temperature in 0…2 (default 1).
    public var temperature: Double?
    /// Nucleus sampling mass (default 1).
    public var topP: Double?
    /// The tools the model may call.
    public var tools: [ChatTool]?
    /// Which tool the model calls.
    public var toolChoice: ChatToolChoice?
    /// Whether the model may call several tools at once (default true).
    public var parallelToolCalls: Bool?
    /// An end-user identifier (deprecated in favour of ``safetyIdentifier`` and ``promptCacheKey``).
    public var user: String?
    /// A stable, hashed end-user identifier for abuse detection.
    public var safetyIdentifier: String?
    /// A key that groups similar requests for prompt caching.
    public var promptCacheKey: String?
    /// Web search settings for search models.
    public var webSearchOptions: JSONValue?
    /// Deprecated function definitions (use ``tools``).
    public var functions: [FunctionDefinition]?
    /// Deprecated function choice (use ``toolChoice``).
    public var functionCall: ChatFunctionCallChoice?

    /// Creates a request; every optional parameter starts unset.
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - messages: The conversation.
    ///   - temperature: Sampling temperature; the server's default (1) when `nil`.
    ///   - maxCompletionTokens: The generation limit; none when `nil`.
    ///   - tools: Callable tools; none when `nil`.
    ///   - responseFormat: The answer's shape; text when `nil`.
    public init(
        model: String,
        messages: [ChatMessage],
        temperature: Double? = nil,
        maxCompletionTokens: Int? = nil,
        tools: [ChatTool]? = nil,
        responseFormat: ChatResponseFormat? = nil
    ) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.maxCompletionTokens = maxCompletionTokens
        self.tools = tools
        self.responseFormat = responseFormat
    }

    enum CodingKeys: String, CodingKey {
        case model, messages, store, metadata, verbosity, logprobs, n, modalities, audio, prediction, seed, stop,
             stream, temperature, tools, user, functions, moderation
        case promptCacheOptions = "prompt_cache_options"
        case promptCacheRetention = "prompt_cache_retention"
        case reasoningEffort = "reasoning_effort"
        case frequencyPenalty = "frequency_penalty"
        case logitBias = "logit_bias"
        case topLogprobs = "top_logprobs"
        case maxCompletionTokens = "max_completion_tokens"
        case maxTokens = "max_tokens"
        case presencePenalty = "presence_penalty"
        case responseFormat = "response_format"
        case serviceTier = "service_tier"
        case streamOptions = "stream_options"
        case topP = "top_p"
        case toolChoice = "tool_choice"
        case parallelToolCalls = "parallel_tool_calls"
        case safetyIdentifier = "safety_identifier"
        case promptCacheKey = "prompt_cache_key"
        case webSearchOptions = "web_search_options"
        case functionCall = "function_call"
    }
}
