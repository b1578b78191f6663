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

/// The body of `POST /v1/vector_stores/{id}/search`, as OpenAI defines it: `{"query", "max_num_results", "filters",
/// "ranking_options", "rewrite_query"}`; `rewrite_query` is accepted and ignored.
public struct VectorStoreSearchRequest: Decodable, Sendable {
    /// The queries (one string or several, searched as one text).
    public var queries: [String]
    /// The most results, 1…50 (default 10).
    public var maxNumResults: Int?
    /// A filter on the documents' attributes (their metadata).
    public var filters: AttributeFilter?
    /// The lowest score returned (`ranking_options.score_threshold`).
    public var scoreThreshold: Double?

    enum CodingKeys: String, CodingKey {
        case query, filters
        case maxNumResults = "max_num_results"
        case rankingOptions = "ranking_options"
    }

    struct RankingOptions: Decodable {
        var scoreThreshold: Double?
        enum CodingKeys: String, CodingKey { case scoreThreshold = "score_threshold" }
    }

    /// Decodes a request whose `query` is one string or several.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        queries = try container.decodeStrings(forKey: .query)
        maxNumResults = try container.decodeIfPresent(Int.self, forKey: .maxNumResults)
        filters = try container.decodeIfPresent(AttributeFilter.self, forKey: .filters)
        scoreThreshold = try container.decodeIfPresent(RankingOptions.self, forKey: .rankingOptions)?.scoreThreshold
    }
}

/// The answer of a vector store search: `{"object": "vector_store.search_results.page", "search_query", "data":
/// [{"file_id", "filename", "score", "attributes", "content": [{"type", "text"}]}], "has_more", "next_page"}`.
struct VectorStoreSearchPage: Encodable, Sendable {
    struct Result: Encodable, Sendable {
        struct Content: Encodable, Sendable {
            var type = "text"
            var text: String
        }

        var fileID: String
        var filename: String
        var score: Double
        var attributes: [String: String]
        var content: [Content]

        enum CodingKeys: String, CodingKey {
            case filename, score, attributes, content
            case fileID = "file_id"
        }
    }

    var object = "vector_store.search_results.page"
    var searchQuery: [String]
    var data: [Result]
    var hasMore = false
    @NullWhenAbsent var nextPage: String?

    enum CodingKeys: String, CodingKey {
        case object, data
        case searchQuery = "search_query"
        case hasMore = "has_more"
        case nextPage = "next_page"
    }
}

extension KeyedDecodingContainer {
    /// One string or an array of strings, as OpenAI's `input` and `query` fields take them.
    func decodeStrings(forKey key: Key) throws -> [String] {
        if let one = try? decode(String.self, forKey: key) { return [one] }
        return try decode([String].self, forKey: key)
    }
}
