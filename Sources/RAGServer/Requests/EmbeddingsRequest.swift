import Foundation

/// The body of `POST /v1/embeddings`, as OpenAI defines it: `{"input", "model", "encoding_format", "dimensions"}`.
public struct EmbeddingsRequest: Decodable, Sendable {
    /// The texts: one string or an array of strings (token arrays are refused).
    public var input: [String]
    /// The model; it must be the index's embedding model when given.
    public var model: String?
    /// `float` (default) or `base64`.
    public var encodingFormat: String?
    /// The dimensions; they must be the index's when given.
    public var dimensions: Int?

    enum CodingKeys: String, CodingKey {
        case input, model, dimensions
        case encodingFormat = "encoding_format"
    }

    /// Decodes a request whose `input` is one string or several.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        input = try container.decodeStrings(forKey: .input)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        encodingFormat = try container.decodeIfPresent(String.self, forKey: .encodingFormat)
        dimensions = try container.decodeIfPresent(Int.self, forKey: .dimensions)
    }
}

/// The answer of `POST /v1/embeddings`: `{"object": "list", "data": [{"object", "index", "embedding"}], "model", "usage"}`.
struct EmbeddingsResponse: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var object = "embedding"
        var index: Int
        var embedding: Vector
    }

    /// A vector as floats, or as base64 of little-endian float32s.
    enum Vector: Encodable, Sendable {
        case floats([Float])
        case base64(String)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .floats(let values): try container.encode(values)
            case .base64(let text): try container.encode(text)
            }
        }
    }

    struct Usage: Encodable, Sendable {
        var promptTokens: Int
        var totalTokens: Int

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case totalTokens = "total_tokens"
        }
    }

    var object = "list"
    var data: [Item]
    var model: String
    var usage: Usage
}
