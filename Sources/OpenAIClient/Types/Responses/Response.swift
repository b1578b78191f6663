import Foundation

/// A model response: `POST /responses`, `GET /responses/{response_id}`.
///
/// ```swift
/// let response = try await client.responses.create(CreateResponseRequest(model: "gpt-5", input: "Say hi"))
/// print(response.outputText)
/// ```
///
/// ## Topics
/// ### Output
/// - ``output``
/// - ``outputText``
/// - ``functionCalls``
/// ### State
/// - ``status``
/// - ``error``
/// - ``incompleteDetails``
/// - ``usage``
public struct Response: Codable, Sendable, Hashable, Identifiable {
    /// The response id, such as `resp_123`; pass it as ``CreateResponseRequest/previousResponseID`` to continue.
    public var id: String
    /// The object type, `response`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int?
    /// Completion time (Unix seconds), once completed.
    public var completedAt: Int?
    /// `queued`, `in_progress`, `completed`, `failed`, `cancelled` or `incomplete`.
    public var status: ResponseStatus?
    /// Why the response failed.
    public var error: ResponseError?
    /// Why the response is incomplete.
    public var incompleteDetails: IncompleteDetails?
    /// The model that answered.
    public var model: String?
    /// The output items, in order.
    public var output: [ResponseItem]
    /// Token usage.
    public var usage: ResponseUsage?
    /// The instructions used (a string or input items), as sent.
    public var instructions: JSONValue?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?
    /// The response this one continues.
    public var previousResponseID: String?
    /// The conversation the response belongs to.
    public var conversation: ConversationReference?
    /// The reasoning settings used.
    public var reasoning: ResponseReasoningSettings?
    /// The text settings used.
    public var text: ResponseTextSettings?
    /// The tools available.
    public var tools: [ResponseTool]?
    /// The tool choice used, as sent.
    public var toolChoice: JSONValue?
    /// Whether several tool calls could run at once.
    public var parallelToolCalls: Bool?
    /// The sampling temperature.
    public var temperature: Double?
    /// The nucleus sampling mass.
    public var topP: Double?
    /// The most output tokens.
    public var maxOutputTokens: Int?
    /// The most built-in tool calls.
    public var maxToolCalls: Int?
    /// The truncation strategy.
    public var truncation: ResponseTruncation?
    /// The tier that served the response.
    public var serviceTier: ServiceTier?
    /// Whether it ran in the background.
    public var background: Bool?
    /// Whether it is stored.
    public var store: Bool?
    /// The end-user identifier.
    public var safetyIdentifier: String?
    /// The prompt cache key.
    public var promptCacheKey: String?
    /// The prompt cache retention.
    public var promptCacheRetention: String?
    /// The prompt caching options used.
    public var promptCacheOptions: PromptCacheOptions?
    /// The moderation settings used.
    public var moderation: ModerationSettings?
    /// The stored prompt template used, as sent.
    public var prompt: JSONValue?
    /// How many most-likely alternatives were returned per token.
    public var topLogprobs: Int?
    /// The end-user identifier (deprecated).
    public var user: String?

    /// Creates a response (for tests and accumulators).
    public init(id: String, status: ResponseStatus? = nil, model: String? = nil, output: [ResponseItem] = [], usage: ResponseUsage? = nil) {
        self.id = id
        self.object = "response"
        self.status = status
        self.model = model
        self.output = output
        self.usage = usage
    }

    /// The text of every `output_text` part of every output message, joined (as the SDKs' `output_text`).
    public var outputText: String {
        output.compactMap { item -> String? in
            guard case .message(let message) = item else { return nil }
            return message.content.compactMap { part -> String? in
                if case .outputText(let text) = part { return text.text }
                return nil
            }.joined()
        }.joined()
    }

    /// The function calls in the output, in order.
    public var functionCalls: [ResponseFunctionCall] {
        output.compactMap { if case .functionCall(let call) = $0 { return call } else { return nil } }
    }

    /// The custom tool calls in the output, in order.
    public var customToolCalls: [ResponseCustomToolCall] {
        output.compactMap { if case .customToolCall(let call) = $0 { return call } else { return nil } }
    }

    /// Why a response is incomplete.
    public struct IncompleteDetails: Codable, Sendable, Hashable {
        /// `max_output_tokens` or `content_filter`.
        public var reason: String?
        enum CodingKeys: String, CodingKey { case reason }
    }

    enum CodingKeys: String, CodingKey {
        case id, object, status, error, model, output, usage, instructions, metadata, conversation, reasoning, text, tools,
             temperature, truncation, background, store, moderation, prompt, user
        case promptCacheRetention = "prompt_cache_retention"
        case promptCacheOptions = "prompt_cache_options"
        case topLogprobs = "top_logprobs"
        case createdAt = "created_at"
        case completedAt = "completed_at"
        case incompleteDetails = "incomplete_details"
        case previousResponseID = "previous_response_id"
        case toolChoice = "tool_choice"
        case parallelToolCalls = "parallel_tool_calls"
        case topP = "top_p"
        case maxOutputTokens = "max_output_tokens"
        case maxToolCalls = "max_tool_calls"
        case serviceTier = "service_tier"
        case safetyIdentifier = "safety_identifier"
        case promptCacheKey = "prompt_cache_key"
    }

    /// Decodes a response, tolerating fields compatible servers leave out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        createdAt = try Self.timestamp(container, .createdAt)
        completedAt = try Self.timestamp(container, .completedAt)
        status = try container.decodeIfPresent(ResponseStatus.self, forKey: .status)
        error = try container.decodeIfPresent(ResponseError.self, forKey: .error)
        incompleteDetails = try container.decodeIfPresent(IncompleteDetails.self, forKey: .incompleteDetails)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        output = try container.decodeIfPresent([ResponseItem].self, forKey: .output) ?? []
        usage = try container.decodeIfPresent(ResponseUsage.self, forKey: .usage)
        instructions = try container.decodeIfPresent(JSONValue.self, forKey: .instructions)
        metadata = try? container.decodeIfPresent([String: String].self, forKey: .metadata)
        previousResponseID = try container.decodeIfPresent(String.self, forKey: .previousResponseID)
        conversation = try container.decodeIfPresent(ConversationReference.self, forKey: .conversation)
        reasoning = try container.decodeIfPresent(ResponseReasoningSettings.self, forKey: .reasoning)
        text = try container.decodeIfPresent(ResponseTextSettings.self, forKey: .text)
        tools = try container.decodeIfPresent([ResponseTool].self, forKey: .tools)
        toolChoice = try container.decodeIfPresent(JSONValue.self, forKey: .toolChoice)
        parallelToolCalls = try container.decodeIfPresent(Bool.self, forKey: .parallelToolCalls)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        maxOutputTokens = try container.decodeIfPresent(Int.self, forKey: .maxOutputTokens)
        maxToolCalls = try container.decodeIfPresent(Int.self, forKey: .maxToolCalls)
        truncation = try container.decodeIfPresent(ResponseTruncation.self, forKey: .truncation)
        serviceTier = try container.decodeIfPresent(ServiceTier.self, forKey: .serviceTier)
        background = try container.decodeIfPresent(Bool.self, forKey: .background)
        store = try container.decodeIfPresent(Bool.self, forKey: .store)
        safetyIdentifier = try container.decodeIfPresent(String.self, forKey: .safetyIdentifier)
        promptCacheKey = try container.decodeIfPresent(String.self, forKey: .promptCacheKey)
        promptCacheRetention = try? container.decodeIfPresent(String.self, forKey: .promptCacheRetention)
        promptCacheOptions = try? container.decodeIfPresent(PromptCacheOptions.self, forKey: .promptCacheOptions)
        moderation = try? container.decodeIfPresent(ModerationSettings.self, forKey: .moderation)
        prompt = try container.decodeIfPresent(JSONValue.self, forKey: .prompt)
        topLogprobs = try? container.decodeIfPresent(Int.self, forKey: .topLogprobs)
        user = try? container.decodeIfPresent(String.self, forKey: .user)
    }
}

extension Response {
    /// Unix seconds, also from an ISO 8601 string (some of the API's own examples send one).
    static func timestamp(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Int? {
        if let seconds = try? container.decodeIfPresent(Int.self, forKey: key) { return seconds }
        if let seconds = try? container.decodeIfPresent(Double.self, forKey: key) { return Int(seconds) }
        guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
        if let seconds = Int(text) { return seconds }
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "not a timestamp: \(text)")
        }
        return Int(date.timeIntervalSince1970)
    }
}

/// The state of a ``Response``.
public struct ResponseStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `queued` (background responses).
    public static let queued = Self(rawValue: "queued")
    /// `in_progress`.
    public static let inProgress = Self(rawValue: "in_progress")
    /// `completed`.
    public static let completed = Self(rawValue: "completed")
    /// `failed`: see ``Response/error``.
    public static let failed = Self(rawValue: "failed")
    /// `cancelled`.
    public static let cancelled = Self(rawValue: "cancelled")
    /// `incomplete`: see ``Response/incompleteDetails``.
    public static let incomplete = Self(rawValue: "incomplete")

    /// Whether the response will not change any more.
    public var isTerminal: Bool { [.completed, .failed, .cancelled, .incomplete].contains(self) }
}

/// Why a response failed.
public struct ResponseError: Codable, Sendable, Hashable {
    /// The error code, such as `server_error` or `rate_limit_exceeded`.
    public var code: String?
    /// A human-readable description.
    public var message: String?
    enum CodingKeys: String, CodingKey { case code, message }
}

/// Token usage of a response.
public struct ResponseUsage: Codable, Sendable, Hashable {
    /// Input tokens.
    public var inputTokens: Int
    /// Output tokens, reasoning included.
    public var outputTokens: Int
    /// Input plus output.
    public var totalTokens: Int
    /// Input tokens served from the prompt cache.
    public var cachedTokens: Int?
    /// Reasoning tokens.
    public var reasoningTokens: Int?

    /// Creates usage figures.
    public init(inputTokens: Int, outputTokens: Int, totalTokens: Int, cachedTokens: Int? = nil, reasoningTokens: Int? = nil) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.totalTokens = totalTokens
        self.cachedTokens = cachedTokens
        self.reasoningTokens = reasoningTokens
    }

    enum CodingKeys: String, CodingKey {
        case inputTokens = "input_tokens"
        case outputTokens = "output_tokens"
        case totalTokens = "total_tokens"
        case inputTokensDetails = "input_tokens_details"
        case outputTokensDetails = "output_tokens_details"
    }
    enum DetailKeys: String, CodingKey {
        case cachedTokens = "cached_tokens"
        case reasoningTokens = "reasoning_tokens"
    }

    /// Decodes usage, reading the details objects when present.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        inputTokens = try container.decodeIfPresent(Int.self, forKey: .inputTokens) ?? 0
        outputTokens = try container.decodeIfPresent(Int.self, forKey: .outputTokens) ?? 0
        totalTokens = try container.decodeIfPresent(Int.self, forKey: .totalTokens) ?? inputTokens + outputTokens
        cachedTokens = try? container.nestedContainer(keyedBy: DetailKeys.self, forKey: .inputTokensDetails).decodeIfPresent(Int.self, forKey: .cachedTokens)
        reasoningTokens = try? container.nestedContainer(keyedBy: DetailKeys.self, forKey: .outputTokensDetails).decodeIfPresent(Int.self, forKey: .reasoningTokens)
    }

    /// Encodes usage with its details objects.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(inputTokens, forKey: .inputTokens)
        try container.encode(outputTokens, forKey: .outputTokens)
        try container.encode(totalTokens, forKey: .totalTokens)
        if let cachedTokens {
            var details = container.nestedContainer(keyedBy: DetailKeys.self, forKey: .inputTokensDetails)
            try details.encode(cachedTokens, forKey: .cachedTokens)
        }
        if let reasoningTokens {
            var details = container.nestedContainer(keyedBy: DetailKeys.self, forKey: .outputTokensDetails)
            try details.encode(reasoningTokens, forKey: .reasoningTokens)
        }
    }
}

/// A conversation a response belongs to: sent as its id, received as `{"id": …}`.
public struct ConversationReference: Codable, Sendable, Hashable, ExpressibleByStringLiteral {
    /// The conversation id, such as `conv_123`.
    public var id: String

    /// Refers to a conversation by id.
    public init(id: String) { self.id = id }
    /// Refers to a conversation by id.
    public init(stringLiteral value: String) { self.id = value }

    enum CodingKeys: String, CodingKey { case id }

    /// Decodes an id string or an `{"id": …}` object.
    public init(from decoder: any Decoder) throws {
        if let id = try? decoder.singleValueContainer().decode(String.self) {
            self.id = id
        } else {
            self.id = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .id)
        }
    }

    /// Encodes the id string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}
