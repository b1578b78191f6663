/// The shape of the model's answer: free text, any JSON object, or JSON matching a schema.
///
/// ```swift
/// let format = ChatResponseFormat.jsonSchema(name: "answer", schema: [
///     "type": "object",
///     "properties": ["answer": ["type": "string"], "sources": ["type": "array", "items": ["type": "integer"]]],
///     "required": ["answer", "sources"], "additionalProperties": false,
/// ], strict: true)
/// ```
public enum ChatResponseFormat: Codable, Sendable, Hashable {
    /// `{"type": "text"}`.
    case text
    /// `{"type": "json_object"}`: valid JSON, no schema (say "JSON" in the prompt).
    case jsonObject
    /// `{"type": "json_schema", …}`: structured outputs.
    case jsonSchema(JSONSchemaFormat)
    /// A format this client does not know (read back from the API), kept as sent.
    case other(JSONValue)

    /// Structured outputs from a schema.
    public static func jsonSchema(name: String, description: String? = nil, schema: JSONValue, strict: Bool? = true) -> ChatResponseFormat {
        .jsonSchema(JSONSchemaFormat(name: name, description: description, schema: schema, strict: strict))
    }

    enum CodingKeys: String, CodingKey {
        case type
        case jsonSchema = "json_schema"
    }

    /// Decodes a format object, keeping unknown ones.
    public init(from decoder: any Decoder) throws {
        self = try TaggedUnion.decode(decoder, other: Self.other) { type, raw in
            switch type {
            case "text": .text
            case "json_object": .jsonObject
            case "json_schema": .jsonSchema(try (raw["json_schema"] ?? .null).decode())
            default: nil
            }
        }
    }

    /// Encodes the format object.
    public func encode(to encoder: any Encoder) throws {
        if case .other(let raw) = self { return try raw.encode(to: encoder) }
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text:
            try container.encode("text", forKey: .type)
        case .jsonObject:
            try container.encode("json_object", forKey: .type)
        case .jsonSchema(let format):
            try container.encode("json_schema", forKey: .type)
            try container.encode(format, forKey: .jsonSchema)
        case .other: break
        }
    }
}

/// A named JSON Schema for structured outputs.
public struct JSONSchemaFormat: Codable, Sendable, Hashable {
    /// The format name (a-z, A-Z, 0-9, underscores and dashes, at most 64).
    public var name: String
    /// What the format is for.
    public var description: String?
    /// The JSON Schema.
    public var schema: JSONValue
    /// Whether the output must follow the schema exactly (a subset of JSON Schema is supported).
    public var strict: Bool?

    /// Creates a schema format.
    public init(name: String, description: String? = nil, schema: JSONValue, strict: Bool? = true) {
        self.name = name
        self.description = description
        self.schema = schema
        self.strict = strict
    }
}

/// Audio output settings for `modalities: ["text", "audio"]`.
public struct ChatAudioOptions: Encodable, Sendable, Hashable {
    /// The voice, such as `alloy`.
    public var voice: String
    /// The format: `wav`, `aac`, `mp3`, `flac`, `opus` or `pcm16`.
    public var format: String

    /// Creates audio settings.
    public init(voice: String, format: String) {
        self.voice = voice
        self.format = format
    }
}

/// An output modality; an open set.
public struct ChatModality: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a modality from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `text`.
    public static let text = Self(rawValue: "text")
    /// `audio`.
    public static let audio = Self(rawValue: "audio")
}
