/// The body of `POST /vector_stores/{vector_store_id}/search`.
///
/// ```swift
/// var request = VectorStoreSearchRequest(query: "How do refunds work?", maxNumResults: 5)
/// request.filters = .eq("team", "support")
/// request.rankingOptions = VectorStoreSearchRequest.RankingOptions(scoreThreshold: 0.4)
/// let results = try await client.vectorStores.search(vectorStoreID: store.id, request)
/// ```
public struct VectorStoreSearchRequest: Encodable, Sendable, Hashable {
    /// One query or several.
    public enum Query: Encodable, Sendable, Hashable {
        /// One query.
        case text(String)
        /// Several queries, searched together.
        case texts([String])

        /// Encodes a string or an array of strings.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let value): try container.encode(value)
            case .texts(let value): try container.encode(value)
            }
        }
    }

    /// How results are ranked.
    public struct RankingOptions: Encodable, Sendable, Hashable {
        /// The ranker; the API's default (`auto`) when `nil`.
        public var ranker: Ranker?
        /// The lowest score returned, 0…1; the API's default (0) when `nil`.
        public var scoreThreshold: Double?

        /// Creates ranking options.
        public init(ranker: Ranker? = nil, scoreThreshold: Double? = nil) {
            self.ranker = ranker
            self.scoreThreshold = scoreThreshold
        }

        enum CodingKeys: String, CodingKey {
            case ranker
            case scoreThreshold = "score_threshold"
        }
    }

    /// A search ranker; an open set.
    public struct Ranker: OpenStringEnum {
        /// The wire string.
        public var rawValue: String
        /// Creates a ranker from its wire string.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// No reranking.
        public static let none = Ranker(rawValue: "none")
        /// The API's choice.
        public static let auto = Ranker(rawValue: "auto")
        /// The 2024-11-15 ranker.
        public static let default20241115 = Ranker(rawValue: "default-2024-11-15")
    }

    /// The query.
    public var query: Query
    /// A filter on file attributes.
    public var filters: VectorStoreFilter?
    /// The most results, 1…50; the API's default (10) when `nil`.
    public var maxNumResults: Int?
    /// How results are ranked.
    public var rankingOptions: RankingOptions?
    /// Whether the API rewrites the query for search; the API's default (`false`) when `nil`.
    public var rewriteQuery: Bool?

    /// Creates a search for one query.
    ///
    /// - Parameters:
    ///   - query: The text to search for.
    ///   - filters: A filter on attributes; none by default.
    ///   - maxNumResults: The most results (1…50); the API's default (10) by default.
    ///   - rankingOptions: Ranker and score threshold; the API's defaults by default.
    ///   - rewriteQuery: Whether the API rewrites the query; the API's default (`false`) by default.
    public init(
        query: String,
        filters: VectorStoreFilter? = nil,
        maxNumResults: Int? = nil,
        rankingOptions: RankingOptions? = nil,
        rewriteQuery: Bool? = nil
    ) {
        self.init(queries: .text(query), filters: filters, maxNumResults: maxNumResults, rankingOptions: rankingOptions, rewriteQuery: rewriteQuery)
    }

    /// Creates a search for one or several queries.
    public init(
        queries: Query,
        filters: VectorStoreFilter? = nil,
        maxNumResults: Int? = nil,
        rankingOptions: RankingOptions? = nil,
        rewriteQuery: Bool? = nil
    ) {
        self.query = queries
        self.filters = filters
        self.maxNumResults = maxNumResults
        self.rankingOptions = rankingOptions
        self.rewriteQuery = rewriteQuery
    }

    enum CodingKeys: String, CodingKey {
        case query, filters
        case maxNumResults = "max_num_results"
        case rankingOptions = "ranking_options"
        case rewriteQuery = "rewrite_query"
    }
}

/// The answer to a vector store search: `{"object": "vector_store.search_results.page", "data": […]}`.
public struct VectorStoreSearchResultsPage: Decodable, Sendable, Hashable {
    /// The object type, `"vector_store.search_results.page"`.
    public var object: String?
    /// The queries searched (rewritten when ``VectorStoreSearchRequest/rewriteQuery`` was set).
    public var searchQuery: [String]
    /// The results, best first.
    public var data: [VectorStoreSearchResult]
    /// Whether more results follow.
    public var hasMore: Bool
    /// The cursor of the next page, if any.
    public var nextPage: String?

    enum CodingKeys: String, CodingKey {
        case object, data
        case searchQuery = "search_query"
        case hasMore = "has_more"
        case nextPage = "next_page"
    }

    /// Decodes a page; `search_query` may be one string or several.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        if let queries = try? container.decodeIfPresent([String].self, forKey: .searchQuery) {
            searchQuery = queries
        } else {
            searchQuery = try container.decodeIfPresent(String.self, forKey: .searchQuery).map { [$0] } ?? []
        }
        data = try container.decodeIfPresent([VectorStoreSearchResult].self, forKey: .data) ?? []
        hasMore = try container.decodeIfPresent(Bool.self, forKey: .hasMore) ?? false
        nextPage = try container.decodeIfPresent(String.self, forKey: .nextPage)
    }
}

/// One search hit: a file and its matching chunks.
public struct VectorStoreSearchResult: Decodable, Sendable, Hashable {
    /// One matching piece of text.
    public struct Content: Codable, Sendable, Hashable {
        /// The content type, `"text"`.
        public var type: String?
        /// The text.
        public var text: String

        /// Creates a content piece.
        public init(type: String? = "text", text: String) {
            self.type = type
            self.text = text
        }
    }

    /// The file id.
    public var fileID: String
    /// The file name.
    public var filename: String?
    /// The similarity score, 0…1.
    public var score: Double
    /// The file's attributes.
    public var attributes: [String: AttributeValue]?
    /// The matching chunks.
    public var content: [Content]

    /// The text of every chunk, joined with newlines.
    public var text: String { content.map(\.text).joined(separator: "\n") }

    enum CodingKeys: String, CodingKey {
        case filename, score, attributes, content
        case fileID = "file_id"
    }

    /// Decodes a result, tolerating missing optional fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fileID = try container.decode(String.self, forKey: .fileID)
        filename = try container.decodeIfPresent(String.self, forKey: .filename)
        score = try container.decodeIfPresent(Double.self, forKey: .score) ?? 0
        attributes = try container.decodeIfPresent([String: AttributeValue].self, forKey: .attributes)
        content = try container.decodeIfPresent([Content].self, forKey: .content) ?? []
    }
}
