/// Coding for the API's `type`-tagged unions whose cases are structs without their `type` (graders, eval data
/// sources, ChatKit thread items): a kind this library does not know, or knows in a shape it does not expect, is
/// kept whole instead of failing the whole answer.
enum TaggedUnion {
    /// Decodes a union from its `type`; `known` answers `nil` for a type it does not model.
    static func decode<Union>(
        _ decoder: any Decoder, other: (JSONValue) -> Union, known: (_ type: String, _ raw: JSONValue) throws -> Union?
    ) throws -> Union {
        let raw = try JSONValue(from: decoder)
        do {
            return try known(raw["type"]?.stringValue ?? "", raw) ?? other(raw)
        } catch {
            return other(raw)
        }
    }

    /// Encodes a case's struct with its `type` added.
    static func encode(_ body: some Encodable, type: String, to encoder: any Encoder) throws {
        guard case .object(var members) = try JSONValue(encoding: body) else {
            throw EncodingError.invalidValue(body, EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "a \(type) is not a JSON object"))
        }
        members["type"] = .string(type)
        try JSONValue.object(members).encode(to: encoder)
    }
}
