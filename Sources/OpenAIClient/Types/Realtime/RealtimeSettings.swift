import Foundation

/// A tool a Realtime model may call: a function you run, or a remote MCP server. Other kinds are kept whole in
/// ``other(_:)``.
///
/// ```swift
/// let tools: [RealtimeTool] = [
///     .function(name: "get_weather", description: "The weather in a city.",
///               parameters: ["type": "object", "properties": ["city": ["type": "string"]]]),
///     .mcp(ResponseMCPTool(serverLabel: "docs", serverURL: "https://example.com/mcp")),
/// ]
/// ```
public enum RealtimeTool: Codable, Sendable, Hashable {
    /// `function`: a function you run; answer its call with a `function_call_output` item.
    case function(RealtimeFunctionTool)
    /// `mcp`: a remote MCP server or connector that the API calls.
    case mcp(ResponseMCPTool)
    /// Any other tool, kept as sent.
    case other(JSONValue)

    /// A function tool from its parts.
    public static func function(name: String, description: String? = nil, parameters: JSONValue? = nil) -> RealtimeTool {
        .function(RealtimeFunctionTool(name: name, description: description, parameters: parameters))
    }

    /// Decodes a tool by its `type`.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        switch raw["type"]?.stringValue {
        case "function": self = (try? raw.decode(as: RealtimeFunctionTool.self)).map(Self.function) ?? .other(raw)
        case "mcp": self = (try? raw.decode(as: ResponseMCPTool.self)).map(Self.mcp) ?? .other(raw)
        default: self = .other(raw)
        }
    }

    /// Encodes the tool with its `type`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .function(let tool): try tool.encode(to: encoder)
        case .mcp(let tool):
            var members = try JSONValue(encoding: tool).objectValue ?? [:]
            members["type"] = "mcp"
            try JSONValue.object(members).encode(to: encoder)
        case .other(let raw): try raw.encode(to: encoder)
        }
    }
}

/// A `function` tool of a Realtime session.
public struct RealtimeFunctionTool: Codable, Sendable, Hashable {
    /// `function`.
    public var type = "function"
    /// The function's name.
    public var name: String
    /// What the function does and when to call it.
    public var description: String?
    /// The arguments' JSON Schema.
    public var parameters: JSONValue?

    /// Creates a function tool.
    public init(name: String, description: String? = nil, parameters: JSONValue? = nil) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }
}

/// Which tool a Realtime model uses: the Responses API's choice (`none`, `auto`, `required`, a function, or an MCP
/// server's tool with ``ResponseToolChoice/mcp(serverLabel:name:)``).
public typealias RealtimeToolChoice = ResponseToolChoice

/// Tracing of a Realtime session in the Traces dashboard: ``auto`` names, or your own workflow name, group and
/// metadata.
public struct RealtimeTracing: Codable, Sendable, Hashable {
    /// The workflow's name in the dashboard.
    public var workflowName: String?
    /// A group id to filter traces by.
    public var groupID: String?
    /// Free-form metadata attached to the traces.
    public var metadata: JSONValue?

    /// Creates tracing settings; all `nil` is ``auto``.
    public init(workflowName: String? = nil, groupID: String? = nil, metadata: JSONValue? = nil) {
        self.workflowName = workflowName
        self.groupID = groupID
        self.metadata = metadata
    }

    /// `auto`: the default workflow name, group and metadata.
    public static let auto = RealtimeTracing()

    enum CodingKeys: String, CodingKey {
        case metadata
        case workflowName = "workflow_name"
        case groupID = "group_id"
    }

    /// Decodes `"auto"` or a settings object.
    public init(from decoder: any Decoder) throws {
        if (try? decoder.singleValueContainer().decode(String.self)) != nil {
            self = .auto
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        workflowName = try container.decodeIfPresent(String.self, forKey: .workflowName)
        groupID = try container.decodeIfPresent(String.self, forKey: .groupID)
        metadata = try container.decodeIfPresent(JSONValue.self, forKey: .metadata)
    }

    /// Encodes `"auto"` when nothing is set, else a settings object.
    public func encode(to encoder: any Encoder) throws {
        if self == .auto {
            var container = encoder.singleValueContainer()
            return try container.encode("auto")
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(workflowName, forKey: .workflowName)
        try container.encodeIfPresent(groupID, forKey: .groupID)
        try container.encodeIfPresent(metadata, forKey: .metadata)
    }
}

/// What happens when a Realtime conversation outgrows the model's context: ``auto`` drops old items, ``disabled``
/// fails the response, ``retentionRatio(_:postInstructionsTokenLimit:)`` keeps that fraction of the context.
public struct RealtimeTruncation: Codable, Sendable, Hashable {
    /// `auto`, `disabled` or `retention_ratio`.
    public var type: RealtimeTruncationType
    /// The fraction of the context kept after truncation, 0 to 1 (`retention_ratio`).
    public var retentionRatio: Double?
    /// The most tokens kept after the instructions (`retention_ratio`).
    public var postInstructionsTokenLimit: Int?

    /// Creates a truncation strategy.
    public init(type: RealtimeTruncationType, retentionRatio: Double? = nil, postInstructionsTokenLimit: Int? = nil) {
        self.type = type
        self.retentionRatio = retentionRatio
        self.postInstructionsTokenLimit = postInstructionsTokenLimit
    }

    /// `auto`.
    public static let auto = RealtimeTruncation(type: .auto)
    /// `disabled`.
    public static let disabled = RealtimeTruncation(type: .disabled)

    /// Keeps `ratio` of the context when truncating.
    public static func retentionRatio(_ ratio: Double, postInstructionsTokenLimit: Int? = nil) -> RealtimeTruncation {
        RealtimeTruncation(type: .retentionRatio, retentionRatio: ratio, postInstructionsTokenLimit: postInstructionsTokenLimit)
    }

    private struct TokenLimits: Codable {
        var postInstructions: Int?
        enum CodingKeys: String, CodingKey { case postInstructions = "post_instructions" }
    }

    enum CodingKeys: String, CodingKey {
        case type
        case retentionRatio = "retention_ratio"
        case tokenLimits = "token_limits"
    }

    /// Decodes a mode string or a `retention_ratio` object.
    public init(from decoder: any Decoder) throws {
        if let mode = try? decoder.singleValueContainer().decode(RealtimeTruncationType.self) {
            self.init(type: mode)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            type: try container.decode(RealtimeTruncationType.self, forKey: .type),
            retentionRatio: try container.decodeIfPresent(Double.self, forKey: .retentionRatio),
            postInstructionsTokenLimit: try container.decodeIfPresent(TokenLimits.self, forKey: .tokenLimits)?.postInstructions
        )
    }

    /// Encodes a mode string, or an object when a ratio is set.
    public func encode(to encoder: any Encoder) throws {
        guard let retentionRatio else {
            var container = encoder.singleValueContainer()
            return try container.encode(type)
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(retentionRatio, forKey: .retentionRatio)
        try container.encodeIfPresent(postInstructionsTokenLimit.map { TokenLimits(postInstructions: $0) }, forKey: .tokenLimits)
    }
}

/// The kind of ``RealtimeTruncation``; an open set.
public struct RealtimeTruncationType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a kind from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `auto`.
    public static let auto = Self(rawValue: "auto")
    /// `disabled`.
    public static let disabled = Self(rawValue: "disabled")
    /// `retention_ratio`.
    public static let retentionRatio = Self(rawValue: "retention_ratio")
}

/// The most output tokens of a Realtime response: a number, or `inf`.
public enum RealtimeMaxOutputTokens: Codable, Sendable, Hashable, ExpressibleByIntegerLiteral {
    /// At most this many tokens (1 to 4096).
    case limit(Int)
    /// `inf`: the model's maximum.
    case infinite

    /// A limit from an integer literal.
    public init(integerLiteral value: Int) { self = .limit(value) }

    /// Decodes a number or `"inf"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let limit = try? container.decode(Int.self) {
            self = .limit(limit)
        } else {
            _ = try container.decode(String.self)
            self = .infinite
        }
    }

    /// Encodes a number or `"inf"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .limit(let limit): try container.encode(limit)
        case .infinite: try container.encode("inf")
        }
    }
}

/// A stored prompt template and its variables.
public struct RealtimePrompt: Codable, Sendable, Hashable {
    /// The prompt's id.
    public var id: String
    /// Its version; the current one by default.
    public var version: String?
    /// Values for its variables: strings, or input content objects.
    public var variables: [String: JSONValue]?

    /// Creates a prompt reference.
    public init(id: String, version: String? = nil, variables: [String: JSONValue]? = nil) {
        self.id = id
        self.version = version
        self.variables = variables
    }
}

/// Reasoning settings of a Realtime reasoning model.
public struct RealtimeReasoning: Codable, Sendable, Hashable {
    /// How hard the model thinks.
    public var effort: ReasoningEffort?

    /// Creates reasoning settings.
    public init(effort: ReasoningEffort?) { self.effort = effort }
}

/// Extra output a Realtime session sends; an open set.
public struct RealtimeInclude: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `item.input_audio_transcription.logprobs`: log probabilities of the input transcription.
    public static let inputAudioTranscriptionLogprobs = Self(rawValue: "item.input_audio_transcription.logprobs")
}
