/// The answer to `POST /chat/completions`.
public struct CreateChatCompletionResponse: Decodable, Sendable {
    /// The completion id.
    public var id: String?
    /// The object type, `"chat.completion"`.
    public var object: String?
    /// When it was created, in Unix seconds.
    public var created: Int?
    /// The model used.
    public var model: String?
    /// The generated choices (one unless ``CreateChatCompletionRequest/n`` asked for more).
    public var choices: [Choice]
    /// Token counts.
    public var usage: CompletionUsage?
    /// The backend configuration fingerprint.
    public var systemFingerprint: String?
    /// The processing tier used.
    public var serviceTier: ServiceTier?

    /// One generated answer.
    public struct Choice: Decodable, Sendable {
        /// Which choice this is.
        public var index: Int
        /// The answer.
        public var message: ChatCompletionMessage
        /// Why generation stopped.
        public var finishReason: FinishReason?
        /// Token log probabilities, when requested.
        public var logprobs: ChatLogprobs?

        /// Creates a choice.
        public init(index: Int, message: ChatCompletionMessage, finishReason: FinishReason?, logprobs: ChatLogprobs? = nil) {
            self.index = index
            self.message = message
            self.finishReason = finishReason
            self.logprobs = logprobs
        }

        enum CodingKeys: String, CodingKey {
            case index, message, logprobs
            case finishReason = "finish_reason"
        }

        /// Decodes a choice, defaulting a missing index to 0.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            index = try container.decodeIfPresent(Int.self, forKey: .index) ?? 0
            message = try container.decode(ChatCompletionMessage.self, forKey: .message)
            finishReason = try container.decodeIfPresent(FinishReason.self, forKey: .finishReason)
            logprobs = try container.decodeIfPresent(ChatLogprobs.self, forKey: .logprobs)
        }
    }

    /// Creates a response (for example from ``ChatCompletionAccumulator``).
    public init(id: String?, object: String? = "chat.completion", created: Int?, model: String?, choices: [Choice], usage: CompletionUsage?, systemFingerprint: String? = nil, serviceTier: ServiceTier? = nil) {
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.choices = choices
        self.usage = usage
        self.systemFingerprint = systemFingerprint
        self.serviceTier = serviceTier
    }

    enum CodingKeys: String, CodingKey {
        case id, object, created, model, choices, usage
        case systemFingerprint = "system_fingerprint"
        case serviceTier = "service_tier"
    }

    /// Decodes a response, treating missing choices as none.
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
    }
}

/// A message the model generated.
public struct ChatCompletionMessage: Decodable, Sendable, Hashable {
    /// The role, `assistant`.
    public var role: ChatRole
    /// The text, if any.
    public var content: String?
    /// The model's refusal, if it refused.
    public var refusal: String?
    /// The tools the model called.
    public var toolCalls: [ChatToolCall]?
    /// URL citations (web search models).
    public var annotations: [Annotation]?
    /// Generated audio, with the `audio` modality.
    public var audio: Audio?
    /// A deprecated function call.
    public var functionCall: ChatFunctionCall?
    /// Reasoning text that some compatible servers (DeepSeek, vLLM) return separately.
    public var reasoningContent: String?

    /// A URL citation in the text.
    public struct Annotation: Decodable, Sendable, Hashable {
        /// The annotation type, `url_citation`.
        public var type: String
        /// The cited URL and where it is cited.
        public var urlCitation: URLCitation?

        /// A cited URL.
        public struct URLCitation: Decodable, Sendable, Hashable {
            /// The first character of the citation in the text.
            public var startIndex: Int?
            /// The character after the citation.
            public var endIndex: Int?
            /// The URL.
            public var url: String
            /// The page title.
            public var title: String?

            enum CodingKeys: String, CodingKey {
                case url, title
                case startIndex = "start_index"
                case endIndex = "end_index"
            }
        }

        enum CodingKeys: String, CodingKey {
            case type
            case urlCitation = "url_citation"
        }
    }

    /// Generated audio.
    public struct Audio: Decodable, Sendable, Hashable {
        /// The audio id, to reference it in a later turn.
        public var id: String
        /// When the audio stops being referable, in Unix seconds.
        public var expiresAt: Int?
        /// Base64 audio bytes in the requested format.
        public var data: String?
        /// The transcript.
        public var transcript: String?

        enum CodingKeys: String, CodingKey {
            case id, data, transcript
            case expiresAt = "expires_at"
        }
    }

    /// Creates a message.
    public init(role: ChatRole = .assistant, content: String?, refusal: String? = nil, toolCalls: [ChatToolCall]? = nil, functionCall: ChatFunctionCall? = nil, reasoningContent: String? = nil) {
        self.role = role
        self.content = content
        self.refusal = refusal
        self.toolCalls = toolCalls
        self.functionCall = functionCall
        self.reasoningContent = reasoningContent
    }

    enum CodingKeys: String, CodingKey {
        case role, content, refusal, annotations, audio
        case toolCalls = "tool_calls"
        case functionCall = "function_call"
        case reasoningContent = "reasoning_content"
    }

    /// Decodes a message, defaulting a missing role to `assistant`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        role = try container.decodeIfPresent(ChatRole.self, forKey: .role) ?? .assistant
        content = try container.decodeIfPresent(String.self, forKey: .content)
        refusal = try container.decodeIfPresent(String.self, forKey: .refusal)
        toolCalls = try container.decodeIfPresent([ChatToolCall].self, forKey: .toolCalls)
        annotations = try container.decodeIfPresent([Annotation].self, forKey: .annotations)
        audio = try container.decodeIfPresent(Audio.self, forKey: .audio)
        functionCall = try container.decodeIfPresent(ChatFunctionCall.self, forKey: .functionCall)
        reasoningContent = try container.decodeIfPresent(String.self, forKey: .reasoningContent)
    }
}

/// Log probabilities of a chat choice's content and refusal tokens.
public struct ChatLogprobs: Decodable, Sendable, Hashable {
    /// One entry per content token.
    public var content: [TokenLogprob]?
    /// One entry per refusal token.
    public var refusal: [TokenLogprob]?

    /// Creates log probabilities.
    public init(content: [TokenLogprob]?, refusal: [TokenLogprob]? = nil) {
        self.content = content
        self.refusal = refusal
    }
}

/// A token with its log probability and the most likely alternatives.
public struct TokenLogprob: Decodable, Sendable, Hashable {
    /// The token.
    public var token: String
    /// Its log probability.
    public var logprob: Double
    /// Its UTF-8 bytes (a character may span tokens).
    public var bytes: [Int]?
    /// The most likely tokens at this position.
    public var topLogprobs: [Alternative]?

    /// An alternative token.
    public struct Alternative: Decodable, Sendable, Hashable {
        /// The token.
        public var token: String
        /// Its log probability.
        public var logprob: Double
        /// Its UTF-8 bytes.
        public var bytes: [Int]?
    }

    enum CodingKeys: String, CodingKey {
        case token, logprob, bytes
        case topLogprobs = "top_logprobs"
    }
}
