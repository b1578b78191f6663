/// The answer to the legacy `POST /completions`; streamed chunks have the same shape.
public struct CreateCompletionResponse: Decodable, Sendable {
    /// The completion id.
    public var id: String?
    /// The object type, `"text_completion"`.
    public var object: String?
    /// When it was created, in Unix seconds.
    public var created: Int?
    /// The model used.
    public var model: String?
    /// The backend configuration fingerprint.
    public var systemFingerprint: String?
    /// The generated choices.
    public var choices: [Choice]
    /// Token counts (in a streamed response, only on the last chunk when requested).
    public var usage: CompletionUsage?

    /// One generated text.
    public struct Choice: Decodable, Sendable {
        /// Which choice this is.
        public var index: Int
        /// The generated text (a fragment of it when streamed).
        public var text: String
        /// Why generation stopped; `nil` while streaming.
        public var finishReason: FinishReason?
        /// Token log probabilities, when requested.
        public var logprobs: Logprobs?

        enum CodingKeys: String, CodingKey {
            case index, text, logprobs
            case finishReason = "finish_reason"
        }

        /// Decodes a choice, defaulting a missing index to 0 and missing text to empty.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
            text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
            finishReason = try container.decodeIfPresent(FinishReason.self, forKey: .finishReason)
            logprobs = try container.decodeIfPresent(Logprobs.self, forKey: .logprobs)
        }
    }

    /// Legacy log probabilities.
    public struct Logprobs: Decodable, Sendable {
        /// The character offset of each token in the text.
        public var textOffset: [Int]?
        /// The log probability of each token.
        public var tokenLogprobs: [Double?]?
        /// The tokens.
        public var tokens: [String]?
        /// The most likely alternatives at each position.
        public var topLogprobs: [[String: Double]?]?

        enum CodingKeys: String, CodingKey {
            case tokens
            case textOffset = "text_offset"
            case tokenLogprobs = "token_logprobs"
            case topLogprobs = "top_logprobs"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, object, created, model, choices, usage
        case systemFingerprint = "system_fingerprint"
    }

    /// Decodes a response, treating missing choices as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        created = try container.decodeIfPresent(Int.self, forKey: .created)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        systemFingerprint = try container.decodeIfPresent(String.self, forKey: .systemFingerprint)
        choices = try container.decodeIfPresent([Choice].self, forKey: .choices) ?? []
        usage = try container.decodeIfPresent(CompletionUsage.self, forKey: .usage)
    }
}

/// Why generation stopped; an open set.
public struct FinishReason: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a reason from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A natural stop or a stop sequence.
    public static let stop = Self(rawValue: "stop")
    /// The token limit was reached.
    public static let length = Self(rawValue: "length")
    /// Content was omitted by the content filter.
    public static let contentFilter = Self(rawValue: "content_filter")
    /// The model called tools.
    public static let toolCalls = Self(rawValue: "tool_calls")
    /// The model called a function (deprecated `functions`).
    public static let functionCall = Self(rawValue: "function_call")
}
