import RAGKit

/// The JSON of a search, as `rag search --json` prints it and `POST /v1/search` returns it:
/// `{"query", "results": [{"rank", "score", "path", "heading", "page", "chunk", "text", "passage", "role"}]}`.
public struct SearchOutput: Encodable, Sendable {
    /// One ranked passage.
    public struct Result: Encodable, Sendable {
        /// The rank, from 1.
        public var rank: Int
        /// The score (higher is better; its scale depends on the mode).
        public var score: Double
        /// The document's path, relative to the indexed folder.
        public var path: String
        /// The heading path, joined by ``OutputFormat/headingSeparator``; empty when none.
        public var heading: String
        /// The page, for paged documents; `null` otherwise.
        @NullWhenAbsent public var page: Int?
        /// The chunk's position in its document, from 0.
        public var chunk: Int
        /// The chunk text, exactly as stored.
        public var text: String
        /// The chunk text cut to whole words for display (`…` where a word was cut).
        public var passage: String
        /// `content`, or `map` for indexes and tables of contents.
        public var role: String

        /// Creates the result of a hit.
        /// - Parameter hit: The search hit.
        public init(_ hit: SearchHit) {
            rank = hit.rank
            score = hit.score
            path = hit.path
            heading = OutputFormat.heading(hit.headingPath)
            page = hit.page
            chunk = hit.chunkIndex
            text = hit.text
            passage = hit.passage
            role = hit.role.rawValue
        }
    }

    /// The query searched.
    public var query: String
    /// The passages, best first.
    public var results: [Result]

    /// Creates the output of a search.
    /// - Parameters:
    ///   - query: The query.
    ///   - hits: The hits, best first.
    public init(query: String, hits: [SearchHit]) {
        self.query = query
        results = hits.map(Result.init)
    }
}
