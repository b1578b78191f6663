/// The body of the legacy `POST /completions`.
public struct CreateCompletionRequest: Encodable, Sendable {
    /// The prompt: text, texts, one token list or several.
    public typealias Prompt = TextOrTokens

    /// The model id, such as `gpt-3.5-turbo-instruct`.
    public var model: String
    /// The prompt.
    public var prompt: Prompt
    /// Candidates generated server-side, of which the best `n` are returned (default 1).
    public var bestOf: Int?
    /// Whether to echo the prompt before the completion (default false).
    public var echo: Bool?
    /// Penalty in -2…2 on tokens by frequency so far (default 0).
    public var frequencyPenalty: Double?
    /// Bias in -100…100 per token id (keys are token ids as strings).
    public var logitBias: [String: Int]?
    /// Number of most likely tokens (0…5) to return log probabilities for.
    public var logprobs: Int?
    /// The most tokens to generate (default 16).
    public var maxTokens: Int?
    /// Completions per prompt (default 1).
    public var n: Int?
    /// Penalty in -2…2 on tokens already present (default 0).
    public var presencePenalty: Double?
    /// A seed for best-effort deterministic sampling.
    public var seed: Int?
    /// Where to stop generating.
    public var stop: StopSequences?
    /// Set by ``Completions/stream(_:options:)``; leave `nil`.
    public var stream: Bool?
    /// Options for streamed responses.
    public var streamOptions: StreamOptions?
    /// Text that comes after the completion.
    public var suffix: String?
    /// Sampling temperature in 0…2 (default 1).
    public var temperature: Double?
    /// Nucleus sampling mass (default 1).
    public var topP: Double?
    /// An end-user identifier for abuse monitoring.
    public var user: String?

    /// Creates a request; every optional parameter starts unset (the server's default).
    public init(model: String, prompt: Prompt, maxTokens: Int? = nil, temperature: Double? = nil, stop: StopSequences? = nil) {
        self.model = model
        self.prompt = prompt
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.stop = stop
    }

    enum CodingKeys: String, CodingKey {
        case model, prompt, echo, logprobs, n, seed, stop, stream, suffix, temperature, user
        case bestOf = "best_of"
        case frequencyPenalty = "frequency_penalty"
        case logitBias = "logit_bias"
        case maxTokens = "max_tokens"
        case presencePenalty = "presence_penalty"
        case streamOptions = "stream_options"
        case topP = "top_p"
    }
}
