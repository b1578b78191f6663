import Foundation

/// The body of `POST /responses` (the spec's `CreateResponse`).
///
/// Only ``model`` and ``input`` are usually set; every other parameter starts `nil` and is then not sent.
///
/// ```swift
/// var request = CreateResponseRequest(model: "gpt-5", input: "Summarise the handbook.")
/// request.tools = [.fileSearch(ResponseFileSearchTool(vectorStoreIDs: ["vs_1"]))]
/// request.include = [.fileSearchCallResults]
/// let response = try await client.responses.create(request)
/// ```
public struct CreateResponseRequest: Encodable, Sendable, Hashable {
    /// The model id, such as `gpt-5`.
    public var model: String?
    /// The input: text, or items (messages, tool outputs, earlier output items).
    public var input: ResponseInput?
    /// A system (developer) message placed first in the context.
    public var instructions: String?
    /// The tools the model may use.
    public var tools: [ResponseTool]?
    /// Which tool the model uses.
    public var toolChoice: ResponseToolChoice?
    /// Whether several tool calls may run at once (default true).
    public var parallelToolCalls: Bool?
    /// The most built-in tool calls in the response.
    public var maxToolCalls: Int?
    /// Text output settings: plain text, JSON object or a JSON schema, and verbosity.
    public var text: ResponseTextSettings?
    /// Reasoning settings (gpt-5 and o-series).
    public var reasoning: ResponseReasoningSettings?
    /// Run asynchronously; poll or stream with ``Responses/retrieve(_:include:options:)``.
    public var background: Bool?
    /// The response to continue (its output becomes context); not with ``conversation``.
    public var previousResponseID: String?
    /// The conversation whose items are prepended, and to which this response's items are added.
    public var conversation: ConversationReference?
    /// Extra output to include, such as ``ResponseInclude/fileSearchCallResults``.
    public var include: [ResponseInclude]?
    /// Whether to store the response for later retrieval (default true).
    public var store: Bool?
    /// What to do when the input exceeds the context window: `auto` or `disabled` (the default).
    public var truncation: ResponseTruncation?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?
    /// The most output tokens, reasoning included.
    public var maxOutputTokens: Int?
    /// Sampling temperature in 0…2.
    public var temperature: Double?
    /// Nucleus sampling mass.
    public var topP: Double?
    /// How many most-likely alternatives (0…20) to return per token.
    public var topLogprobs: Int?
    /// The processing tier.
    public var serviceTier: ServiceTier?
    /// Set by ``Responses/stream(_:options:)``; leave `nil`.
    public var stream: Bool?
    /// Streaming options, such as `include_obfuscation`.
    public var streamOptions: ResponseStreamOptions?
    /// A stable end-user identifier for abuse detection.
    public var safetyIdentifier: String?
    /// A key that groups requests sharing a prompt prefix, for caching.
    public var promptCacheKey: String?
    /// The prompt cache retention, `in_memory` or `24h` (deprecated in favour of ``promptCacheOptions``).
    public var promptCacheRetention: String?
    /// Prompt caching options.
    public var promptCacheOptions: PromptCacheOptions?
    /// Moderation of the input and output.
    public var moderation: ModerationSettings?
    /// A stored prompt template and its variables (`{"id": …, "variables": …}`), as sent.
    public var prompt: JSONValue?
    /// Context management settings (such as compaction), as sent.
    public var contextManagement: JSONValue?
    /// An end-user identifier (deprecated in favour of ``safetyIdentifier`` and ``promptCacheKey``).
    public var user: String?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - model: The model id.
    ///   - input: Text or items.
    ///   - instructions: A developer message; `nil` by default.
    ///   - tools: The tools; `nil` by default.
    public init(model: String?, input: ResponseInput?, instructions: String? = nil, tools: [ResponseTool]? = nil) {
        self.model = model
        self.input = input
        self.instructions = instructions
        self.tools = tools
    }

    enum CodingKeys: String, CodingKey {
        case model, input, instructions, tools, text, reasoning, background, conversation, include, store, truncation,
             metadata, temperature, stream, moderation, prompt, user
        case toolChoice = "tool_choice"
        case parallelToolCalls = "parallel_tool_calls"
        case maxToolCalls = "max_tool_calls"
        case previousResponseID = "previous_response_id"
        case maxOutputTokens = "max_output_tokens"
        case topP = "top_p"
        case topLogprobs = "top_logprobs"
        case serviceTier = "service_tier"
        case streamOptions = "stream_options"
        case safetyIdentifier = "safety_identifier"
        case promptCacheKey = "prompt_cache_key"
        case promptCacheRetention = "prompt_cache_retention"
        case promptCacheOptions = "prompt_cache_options"
        case contextManagement = "context_management"
    }
}

/// A response's input: a string (one user message) or a list of items.
public enum ResponseInput: Codable, Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    /// Text, as one user message.
    case text(String)
    /// Items: messages, tool outputs, earlier output items, references.
    case items([ResponseItem])

    /// Text input.
    public init(stringLiteral value: String) { self = .text(value) }
    /// Item input.
    public init(arrayLiteral elements: ResponseItem...) { self = .items(elements) }

    /// Decodes a string or a list of items.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .items(try container.decode([ResponseItem].self))
        }
    }

    /// Encodes a string or a list of items.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .items(let items): try container.encode(items)
        }
    }
}

/// Which tool the model uses.
public enum ResponseToolChoice: Codable, Sendable, Hashable {
    /// `none`.
    case none
    /// `auto`: the model decides.
    case auto
    /// `required`: at least one tool.
    case required
    /// This function.
    case function(String)
    /// This custom tool.
    case custom(String)
    /// A hosted tool by type, such as `file_search` or `web_search`.
    case hosted(String)
    /// Any other form (allowed tools, MCP), sent as is.
    case other(JSONValue)

    /// A tool of a remote MCP server (any of its tools when `name` is `nil`), kept in ``other(_:)`` as decoded.
    public static func mcp(serverLabel: String, name: String? = nil) -> ResponseToolChoice {
        var choice: [String: JSONValue] = ["type": "mcp", "server_label": .string(serverLabel)]
        choice["name"] = name.map(JSONValue.string)
        return .other(.object(choice))
    }

    /// Decodes a mode string or a choice object.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        if let mode = raw.stringValue {
            switch mode {
            case "none": self = .none
            case "auto": self = .auto
            case "required": self = .required
            default: self = .other(raw)
            }
            return
        }
        let object = raw.objectValue ?? [:]
        switch (object["type"]?.stringValue, object["name"]?.stringValue) {
        case ("function", let name?) where object.count == 2: self = .function(name)
        case ("custom", let name?) where object.count == 2: self = .custom(name)
        case (let type?, nil) where object.count == 1: self = .hosted(type)
        default: self = .other(raw)
        }
    }

    /// Encodes a mode string or a choice object.
    public func encode(to encoder: any Encoder) throws {
        let value: JSONValue = switch self {
        case .none: "none"
        case .auto: "auto"
        case .required: "required"
        case .function(let name): ["type": "function", "name": .string(name)]
        case .custom(let name): ["type": "custom", "name": .string(name)]
        case .hosted(let type): ["type": .string(type)]
        case .other(let raw): raw
        }
        try value.encode(to: encoder)
    }
}

/// Text output settings (`text`): the format and verbosity.
public struct ResponseTextSettings: Codable, Sendable, Hashable {
    /// Plain text (default), a JSON object, or JSON matching a schema.
    public var format: ResponseTextFormat?
    /// How long the answer is.
    public var verbosity: Verbosity?

    /// Creates text settings.
    public init(format: ResponseTextFormat? = nil, verbosity: Verbosity? = nil) {
        self.format = format
        self.verbosity = verbosity
    }

    enum CodingKeys: String, CodingKey { case format, verbosity }
}

/// The shape of a response's text: plain text, any JSON object, or JSON matching a schema (structured outputs).
public enum ResponseTextFormat: Codable, Sendable, Hashable {
    /// `text`.
    case text
    /// `json_object` (older JSON mode).
    case jsonObject
    /// `json_schema`: the output matches `schema`.
    case jsonSchema(name: String, schema: JSONValue, description: String? = nil, strict: Bool? = nil)
    /// Any other format, kept as sent.
    case other(JSONValue)

    private enum CodingKeys: String, CodingKey { case type, name, schema, description, strict }

    /// Decodes a format, keeping unknown ones.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeIfPresent(String.self, forKey: .type) {
        case "text": self = .text
        case "json_object": self = .jsonObject
        case "json_schema":
            self = .jsonSchema(
                name: try container.decode(String.self, forKey: .name),
                schema: try container.decodeIfPresent(JSONValue.self, forKey: .schema) ?? [:],
                description: try container.decodeIfPresent(String.self, forKey: .description),
                strict: try container.decodeIfPresent(Bool.self, forKey: .strict))
        default: self = .other(raw)
        }
    }

    /// Encodes the format (a JSON schema's fields sit next to `type`, not nested).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text: try container.encode("text", forKey: .type)
        case .jsonObject: try container.encode("json_object", forKey: .type)
        case .jsonSchema(let name, let schema, let description, let strict):
            try container.encode("json_schema", forKey: .type)
            try container.encode(name, forKey: .name)
            try container.encode(schema, forKey: .schema)
            try container.encodeIfPresent(description, forKey: .description)
            try container.encodeIfPresent(strict, forKey: .strict)
        case .other(let raw): try raw.encode(to: encoder)
        }
    }
}

/// Reasoning settings (`reasoning`).
public struct ResponseReasoningSettings: Codable, Sendable, Hashable {
    /// How hard the model thinks.
    public var effort: ReasoningEffort?
    /// Whether and how to summarise reasoning: `auto`, `concise`, `detailed`.
    public var summary: String?
    /// Which reasoning items are shown to the model on later turns: `auto`, `current_turn`, `all_turns`.
    public var context: String?
    /// The reasoning execution mode, as the API names it.
    public var mode: String?

    /// Creates reasoning settings.
    public init(effort: ReasoningEffort? = nil, summary: String? = nil, context: String? = nil, mode: String? = nil) {
        self.effort = effort
        self.summary = summary
        self.context = context
        self.mode = mode
    }

    enum CodingKeys: String, CodingKey { case effort, summary, context, mode }
}

/// Extra output a response can include.
public struct ResponseInclude: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `file_search_call.results`: the chunks file search retrieved.
    public static let fileSearchCallResults = Self(rawValue: "file_search_call.results")
    /// `web_search_call.results`.
    public static let webSearchCallResults = Self(rawValue: "web_search_call.results")
    /// `web_search_call.action.sources`.
    public static let webSearchCallActionSources = Self(rawValue: "web_search_call.action.sources")
    /// `message.input_image.image_url`.
    public static let messageInputImageURL = Self(rawValue: "message.input_image.image_url")
    /// `computer_call_output.output.image_url`.
    public static let computerCallOutputImageURL = Self(rawValue: "computer_call_output.output.image_url")
    /// `code_interpreter_call.outputs`.
    public static let codeInterpreterCallOutputs = Self(rawValue: "code_interpreter_call.outputs")
    /// `reasoning.encrypted_content`: for stateless multi-turn use (`store: false`).
    public static let reasoningEncryptedContent = Self(rawValue: "reasoning.encrypted_content")
    /// `message.output_text.logprobs`.
    public static let messageOutputTextLogprobs = Self(rawValue: "message.output_text.logprobs")
}

/// What happens when the input exceeds the model's context window.
public struct ResponseTruncation: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `auto`: drop items from the start of the conversation.
    public static let auto = Self(rawValue: "auto")
    /// `disabled`: fail with a 400 (the default).
    public static let disabled = Self(rawValue: "disabled")
}

/// Options for streamed responses.
public struct ResponseStreamOptions: Codable, Sendable, Hashable {
    /// Whether events carry random `obfuscation` padding against side-channel attacks (default true).
    public var includeObfuscation: Bool?

    /// Creates stream options.
    public init(includeObfuscation: Bool? = nil) { self.includeObfuscation = includeObfuscation }

    enum CodingKeys: String, CodingKey { case includeObfuscation = "include_obfuscation" }
}
