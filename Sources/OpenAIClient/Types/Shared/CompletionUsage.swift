/// Token counts for a completion or chat completion.
public struct CompletionUsage: Codable, Sendable, Hashable {
    /// Tokens in the prompt.
    public var promptTokens: Int?
    /// Tokens generated.
    public var completionTokens: Int?
    /// Prompt plus completion tokens.
    public var totalTokens: Int?
    /// A breakdown of the generated tokens.
    public var completionTokensDetails: CompletionTokensDetails?
    /// A breakdown of the prompt tokens.
    public var promptTokensDetails: PromptTokensDetails?

    /// A breakdown of generated tokens.
    public struct CompletionTokensDetails: Codable, Sendable, Hashable {
        /// Predicted-output tokens that appeared in the completion.
        public var acceptedPredictionTokens: Int?
        /// Audio tokens generated.
        public var audioTokens: Int?
        /// Tokens spent reasoning.
        public var reasoningTokens: Int?
        /// Text tokens generated.
        public var textTokens: Int?
        /// Predicted-output tokens that did not appear (still billed).
        public var rejectedPredictionTokens: Int?

        enum CodingKeys: String, CodingKey {
            case acceptedPredictionTokens = "accepted_prediction_tokens"
            case audioTokens = "audio_tokens"
            case reasoningTokens = "reasoning_tokens"
            case textTokens = "text_tokens"
            case rejectedPredictionTokens = "rejected_prediction_tokens"
        }
    }

    /// A breakdown of prompt tokens.
    public struct PromptTokensDetails: Codable, Sendable, Hashable {
        /// Audio tokens in the prompt.
        public var audioTokens: Int?
        /// Prompt tokens served from the cache.
        public var cachedTokens: Int?
        /// Text tokens in the prompt.
        public var textTokens: Int?
        /// Image tokens in the prompt.
        public var imageTokens: Int?
        /// Prompt tokens written to the cache.
        public var cacheWriteTokens: Int?

        enum CodingKeys: String, CodingKey {
            case audioTokens = "audio_tokens"
            case cachedTokens = "cached_tokens"
            case textTokens = "text_tokens"
            case imageTokens = "image_tokens"
            case cacheWriteTokens = "cache_write_tokens"
        }
    }

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case totalTokens = "total_tokens"
        case completionTokensDetails = "completion_tokens_details"
        case promptTokensDetails = "prompt_tokens_details"
    }
}
