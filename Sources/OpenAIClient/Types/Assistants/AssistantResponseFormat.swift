/// The answer format of an assistant or run: `auto`, text, any JSON object, or JSON matching a schema.
///
/// ```swift
/// let format = AssistantResponseFormat.jsonSchema(JSONSchemaFormat(name: "answer", schema: ["type": "object"], strict: true))
/// ```
public enum AssistantResponseFormat: Codable, Sendable, Hashable {
    /// `"auto"`, the default.
    case auto
    /// `{"type": "text"}`.
    case text
    /// `{"type": "json_object"}`.
    case jsonObject
    /// `{"type": "json_schema", "json_schema": {…}}`.
    case jsonSchema(JSONSchemaFormat)
    /// A format this client does not know, kept as sent.
    case other(JSONValue)

    enum CodingKeys: String, CodingKey {
        case type
        case jsonSchema = "json_schema"
    }

    enum SchemaKeys: String, CodingKey { case name, description, schema, strict }

    /// Decodes `"auto"` or a format object.
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        switch value["type"]?.stringValue ?? value.stringValue {
        case "auto": self = .auto
        case "text": self = .text
        case "json_object": self = .jsonObject
        case "json_schema":
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let schema = try container.nestedContainer(keyedBy: SchemaKeys.self, forKey: .jsonSchema)
            self = .jsonSchema(JSONSchemaFormat(
                name: try schema.decode(String.self, forKey: .name),
                description: try schema.decodeIfPresent(String.self, forKey: .description),
                schema: try schema.decodeIfPresent(JSONValue.self, forKey: .schema) ?? [:],
                strict: try schema.decodeIfPresent(Bool.self, forKey: .strict)
            ))
        default: self = .other(value)
        }
    }

    /// Encodes `"auto"` or a format object.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .auto:
            var container = encoder.singleValueContainer()
            try container.encode("auto")
        case .text:
            try ChatResponseFormat.text.encode(to: encoder)
        case .jsonObject:
            try ChatResponseFormat.jsonObject.encode(to: encoder)
        case .jsonSchema(let format):
            try ChatResponseFormat.jsonSchema(format).encode(to: encoder)
        case .other(let value):
            try value.encode(to: encoder)
        }
    }
}
