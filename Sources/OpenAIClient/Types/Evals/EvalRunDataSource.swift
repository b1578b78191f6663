/// What an eval run grades: rows of a JSONL file (with samples already made), or rows a model answers first
/// through chat completions or the Responses API.
///
/// ```swift
/// let source = EvalRunDataSource.completions(EvalCompletionsRunDataSource(
///     source: .fileID("file-abc"),
///     inputMessages: .template([EvalMessage(role: .user, text: "{{item.question}}")]),
///     model: "gpt-4o-mini"
/// ))
/// ```
public enum EvalRunDataSource: Codable, Sendable, Hashable {
    /// `jsonl`: rows graded as given.
    case jsonl(EvalJSONLRunDataSource)
    /// `completions`: a model answers each row through chat completions.
    case completions(EvalCompletionsRunDataSource)
    /// `responses`: a model answers each row through the Responses API.
    case responses(EvalResponsesRunDataSource)
    /// A kind this library does not model (or in a shape it does not expect), kept as sent.
    case other(JSONValue)

    /// The data source's type.
    public var type: EvalRunDataSourceType {
        switch self {
        case .jsonl: .jsonl
        case .completions: .completions
        case .responses: .responses
        case .other(let raw): EvalRunDataSourceType(rawValue: raw["type"]?.stringValue ?? "")
        }
    }

    /// Decodes a data source by its `type`, keeping unknown kinds.
    public init(from decoder: any Decoder) throws {
        self = try TaggedUnion.decode(decoder, other: Self.other) { type, raw in
            switch EvalRunDataSourceType(rawValue: type) {
            case .jsonl: .jsonl(try raw.decode())
            case .completions: .completions(try raw.decode())
            case .responses: .responses(try raw.decode())
            default: nil
            }
        }
    }

    /// Encodes the data source with its `type`.
    public func encode(to encoder: any Encoder) throws {
        let body: any Encodable
        switch self {
        case .jsonl(let source): body = source
        case .completions(let source): body = source
        case .responses(let source): body = source
        case .other(let raw): return try raw.encode(to: encoder)
        }
        try TaggedUnion.encode(body, type: type.rawValue, to: encoder)
    }
}

/// The type of an ``EvalRunDataSource``; an open set.
public struct EvalRunDataSourceType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `jsonl`.
    public static let jsonl = Self(rawValue: "jsonl")
    /// `completions`.
    public static let completions = Self(rawValue: "completions")
    /// `responses`.
    public static let responses = Self(rawValue: "responses")
}

/// A `jsonl` run data source: rows graded as given.
public struct EvalJSONLRunDataSource: Codable, Sendable, Hashable {
    /// The rows: ``EvalRunSource/fileContent(_:)`` or ``EvalRunSource/fileID(_:)``.
    public var source: EvalRunSource

    /// Creates a data source.
    public init(source: EvalRunSource) { self.source = source }
}

/// A run data source whose rows a model answers first: ``EvalCompletionsRunDataSource`` (chat completions) or
/// ``EvalResponsesRunDataSource`` (the Responses API), which differ in their tools.
public struct EvalModelRunDataSource<Tool: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    /// The rows: file content, a file id, or stored completions or responses selected by filters.
    public var source: EvalRunSource
    /// The messages sent to the model for each row: a template, or a reference to messages in the row.
    public var inputMessages: EvalInputMessages?
    /// The model's sampling settings.
    public var samplingParams: EvalSamplingParams<Tool>?
    /// The model, such as `gpt-4o-mini`.
    public var model: String?

    /// Creates a data source.
    public init(source: EvalRunSource, inputMessages: EvalInputMessages? = nil, samplingParams: EvalSamplingParams<Tool>? = nil, model: String? = nil) {
        self.source = source
        self.inputMessages = inputMessages
        self.samplingParams = samplingParams
        self.model = model
    }

    enum CodingKeys: String, CodingKey {
        case source, model
        case inputMessages = "input_messages"
        case samplingParams = "sampling_params"
    }
}

/// A `completions` run data source: a model answers each row through chat completions.
public typealias EvalCompletionsRunDataSource = EvalModelRunDataSource<ChatTool>

/// A `responses` run data source: a model answers each row through the Responses API.
public typealias EvalResponsesRunDataSource = EvalModelRunDataSource<ResponseTool>

/// The sampling settings of a run's model: chat tools for ``EvalCompletionsRunDataSource``, Responses tools for
/// ``EvalResponsesRunDataSource``.
public struct EvalSamplingParams<Tool: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    /// Reasoning effort, for reasoning models.
    public var reasoningEffort: ReasoningEffort?
    /// Randomness; 1 by default.
    public var temperature: Double?
    /// The most tokens the model may write.
    public var maxCompletionTokens: Int?
    /// Nucleus sampling; 1 by default.
    public var topP: Double?
    /// A seed; 42 by default.
    public var seed: Int?
    /// The tools the model may call.
    public var tools: [Tool]?
    /// The answer's format (completions runs only).
    public var responseFormat: ChatResponseFormat?
    /// The answer's text format (responses runs only; the API reads its `format`).
    public var text: ResponseTextSettings?

    /// Creates sampling settings; every one defaults to the API's.
    public init(
        reasoningEffort: ReasoningEffort? = nil, temperature: Double? = nil, maxCompletionTokens: Int? = nil, topP: Double? = nil,
        seed: Int? = nil, tools: [Tool]? = nil, responseFormat: ChatResponseFormat? = nil, text: ResponseTextSettings? = nil
    ) {
        self.reasoningEffort = reasoningEffort
        self.temperature = temperature
        self.maxCompletionTokens = maxCompletionTokens
        self.topP = topP
        self.seed = seed
        self.tools = tools
        self.responseFormat = responseFormat
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case temperature, seed, tools, text
        case reasoningEffort = "reasoning_effort"
        case maxCompletionTokens = "max_completion_tokens"
        case topP = "top_p"
        case responseFormat = "response_format"
    }
}

/// The sampling settings of a ``EvalCompletionsRunDataSource``'s model: chat tools and ``EvalSamplingParams/responseFormat``.
public typealias EvalCompletionsSamplingParams = EvalSamplingParams<ChatTool>

/// The sampling settings of a ``EvalResponsesRunDataSource``'s model: Responses tools and ``EvalSamplingParams/text``.
public typealias EvalResponsesSamplingParams = EvalSamplingParams<ResponseTool>

/// The messages a run's model gets for each row.
public enum EvalInputMessages: Codable, Sendable, Hashable {
    /// `template`: messages whose templates refer to the row, as in `{{item.question}}`.
    case template([EvalMessage])
    /// `item_reference`: messages already in the row, such as `item.input_trajectory`.
    case itemReference(String)
    /// A kind this library does not model, kept as sent.
    case other(JSONValue)

    /// Decodes input messages by their `type`, keeping unknown kinds.
    public init(from decoder: any Decoder) throws {
        self = try TaggedUnion.decode(decoder, other: Self.other) { type, raw in
            switch type {
            case "template": .template(try (raw["template"] ?? []).decode())
            case "item_reference": raw["item_reference"]?.stringValue.map(Self.itemReference)
            default: nil
            }
        }
    }

    /// Encodes the input messages with their `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .template(let messages): try TaggedUnion.encode(["template": messages], type: "template", to: encoder)
        case .itemReference(let reference): try TaggedUnion.encode(["item_reference": reference], type: "item_reference", to: encoder)
        case .other(let raw): try raw.encode(to: encoder)
        }
    }
}

/// The rows of a run: given inline, in a JSONL file, or selected from stored chat completions or responses.
public enum EvalRunSource: Codable, Sendable, Hashable {
    /// `file_content`: the rows themselves.
    case fileContent([EvalJSONLRow])
    /// `file_id`: a JSONL file uploaded with purpose `evals`.
    case fileID(String)
    /// `stored_completions`: stored chat completions matching filters (``EvalCompletionsRunDataSource`` only).
    case storedCompletions(EvalStoredCompletionsSource)
    /// `responses`: stored responses matching filters (``EvalResponsesRunDataSource`` only).
    case responses(EvalResponsesSource)
    /// A kind this library does not model, kept as sent.
    case other(JSONValue)

    /// Decodes a source by its `type`, keeping unknown kinds.
    public init(from decoder: any Decoder) throws {
        self = try TaggedUnion.decode(decoder, other: Self.other) { type, raw in
            switch type {
            case "file_content": .fileContent(try (raw["content"] ?? []).decode())
            case "file_id": raw["id"]?.stringValue.map(Self.fileID)
            case "stored_completions": .storedCompletions(try raw.decode())
            case "responses": .responses(try raw.decode())
            default: nil
            }
        }
    }

    /// Encodes the source with its `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .fileContent(let rows): try TaggedUnion.encode(["content": rows], type: "file_content", to: encoder)
        case .fileID(let id): try TaggedUnion.encode(["id": id], type: "file_id", to: encoder)
        case .storedCompletions(let filters): try TaggedUnion.encode(filters, type: "stored_completions", to: encoder)
        case .responses(let filters): try TaggedUnion.encode(filters, type: "responses", to: encoder)
        case .other(let raw): try raw.encode(to: encoder)
        }
    }
}

/// One row of a JSONL run source: the `item` namespace, and optionally a ready `sample`.
public struct EvalJSONLRow: Codable, Sendable, Hashable {
    /// The row's fields, as `{{item.…}}` reads them.
    public var item: [String: JSONValue]
    /// A sample already made, as `{{sample.…}}` reads it.
    public var sample: [String: JSONValue]?

    /// Creates a row.
    public init(item: [String: JSONValue], sample: [String: JSONValue]? = nil) {
        self.item = item
        self.sample = sample
    }
}

/// Filters that select stored chat completions as a run's rows.
public struct EvalStoredCompletionsSource: Codable, Sendable, Hashable {
    /// Only completions with this metadata.
    public var metadata: [String: String]?
    /// Only completions of this model.
    public var model: String?
    /// Only completions created at or after this time (Unix seconds).
    public var createdAfter: Int?
    /// Only completions created at or before this time (Unix seconds).
    public var createdBefore: Int?
    /// At most this many completions.
    public var limit: Int?

    /// Creates filters; `nil` ones do not filter.
    public init(metadata: [String: String]? = nil, model: String? = nil, createdAfter: Int? = nil, createdBefore: Int? = nil, limit: Int? = nil) {
        self.metadata = metadata
        self.model = model
        self.createdAfter = createdAfter
        self.createdBefore = createdBefore
        self.limit = limit
    }

    enum CodingKeys: String, CodingKey {
        case metadata, model, limit
        case createdAfter = "created_after"
        case createdBefore = "created_before"
    }
}

/// Filters that select stored responses as a run's rows.
public struct EvalResponsesSource: Codable, Sendable, Hashable {
    /// Only responses with this metadata.
    public var metadata: [String: JSONValue]?
    /// Only responses of this model.
    public var model: String?
    /// Only responses whose instructions contain this text.
    public var instructionsSearch: String?
    /// Only responses created at or after this time (Unix seconds).
    public var createdAfter: Int?
    /// Only responses created at or before this time (Unix seconds).
    public var createdBefore: Int?
    /// Only responses made with this reasoning effort.
    public var reasoningEffort: ReasoningEffort?
    /// Only responses made with this temperature.
    public var temperature: Double?
    /// Only responses made with this `top_p`.
    public var topP: Double?
    /// Only responses of these users.
    public var users: [String]?
    /// Only responses that used these tools, by name.
    public var tools: [String]?

    /// Creates filters; `nil` ones do not filter.
    public init(
        metadata: [String: JSONValue]? = nil, model: String? = nil, instructionsSearch: String? = nil, createdAfter: Int? = nil,
        createdBefore: Int? = nil, reasoningEffort: ReasoningEffort? = nil, temperature: Double? = nil, topP: Double? = nil,
        users: [String]? = nil, tools: [String]? = nil
    ) {
        self.metadata = metadata
        self.model = model
        self.instructionsSearch = instructionsSearch
        self.createdAfter = createdAfter
        self.createdBefore = createdBefore
        self.reasoningEffort = reasoningEffort
        self.temperature = temperature
        self.topP = topP
        self.users = users
        self.tools = tools
    }

    enum CodingKeys: String, CodingKey {
        case metadata, model, temperature, users, tools
        case instructionsSearch = "instructions_search"
        case createdAfter = "created_after"
        case createdBefore = "created_before"
        case reasoningEffort = "reasoning_effort"
        case topP = "top_p"
    }
}
