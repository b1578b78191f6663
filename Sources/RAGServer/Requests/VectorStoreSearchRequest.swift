import Foundation

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
