import Chunkers

/// How retrieval ranks chunks, as an open set of names.
public struct SearchMode: RawRepresentable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// The mode's name, e.g. `"hybrid"`.
    public var rawValue: String
    /// Creates a mode from its name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The name.
    public var description: String { rawValue }

    /// Cosine similarity of embeddings (exact scan).
    public static let vector = Self(rawValue: "vector")
    /// SQLite FTS5 BM25 over the chunk text and over its passages (runs of paragraphs of at most 800 characters),
    /// the two rankings fused at the level of documents.
    public static let keyword = Self(rawValue: "keyword")
    /// Vector and keyword rankings fused by reciprocal rank fusion, at the level of documents.
    public static let hybrid = Self(rawValue: "hybrid")
    /// The mode that measured best for the index's embedder: ``keyword`` with the lexical ``LocalEmbedder`` (its
    /// vectors repeat what BM25 knows, and fusing them lost more questions than it gained), ``hybrid`` with a
    /// semantic model. The default.
    public static let automatic = Self(rawValue: "auto")
    /// Every known mode, for argument validation.
    public static let allKnown: [SearchMode] = [.vector, .keyword, .hybrid, .automatic]
}

/// Options of one search.
public struct SearchOptions: Sendable {
    /// The number of results (default 5).
    public var k = 5
    /// The ranking (default ``SearchMode/automatic``).
    public var mode: SearchMode = .automatic
    /// A glob over the relative path (`*` within a segment, `**` across segments); `nil` for all files.
    public var pathGlob: String? = nil
    /// Document metadata that must match exactly (e.g. Markdown front matter, HTML `title`).
    public var metadata: [String: String] = [:]
    /// The reciprocal-rank-fusion constant (default 60).
    public var fusionK = 60
    /// How much the vector ranking weighs against the keyword ranking in hybrid fusion; `nil` (the default) uses 1
    /// with the lexical ``LocalEmbedder`` and ``semanticVectorWeight`` with a semantic model.
    public var vectorWeight: Double? = nil
    /// The vector ranking's weight in hybrid fusion with a semantic embedder, as measured on the labelled sets
    /// (`Benchmarks/RetrievalQuality`): 3, where hybrid ranks the labelled pages above vector and keyword search
    /// alone on every measure. A page that only keyword search finds decisively (an error code or identifier the
    /// model does not know) still comes first: see ``decisiveKeywordRatio``.
    public static let semanticVectorWeight: Double = 3
    /// How far the keyword ranking's best document must lead the next one (its best keyword score over theirs) to
    /// come first in hybrid results whatever the vector ranking says: 2, or it is the only document with the words.
    /// On the labelled sets' natural questions this almost never happens (2 of 188); for an exact rare term it does.
    public static let decisiveKeywordRatio: Double = 2
    /// How much the ranking of chunks by their best passage weighs against the ranking of whole chunks in keyword
    /// search: 1.4, as measured on the labelled sets (`Benchmarks/RetrievalQuality`), where the two fused rank the
    /// labelled pages at least as well as each alone and as a plain BM25 baseline over 800-character passages.
    public static let passageKeywordWeight: Double = 1.4
    /// The most passages of one document in the results (default 1: distinct documents, each by its best passage).
    public var perDocument = 1
    /// Only documents of this role; `nil` (the default) returns every role, maps (indexes, tables of contents)
    /// after content.
    public var role: DocumentRole? = nil

    /// Creates options.
    /// - Parameters:
    ///   - k: The number of results (default 5).
    ///   - mode: The ranking (default ``SearchMode/automatic``).
    ///   - pathGlob: A path glob filter (default none).
    ///   - metadata: A metadata filter (default none).
    ///   - fusionK: The RRF constant (default 60).
    ///   - perDocument: The most passages per document (default 1).
    ///   - role: Only documents of this role (default: all, maps last).
    ///   - vectorWeight: The vector ranking's weight in hybrid fusion (default: by embedder).
    public init(k: Int = 5, mode: SearchMode = .automatic, pathGlob: String? = nil, metadata: [String: String] = [:],
                fusionK: Int = 60, perDocument: Int = 1, role: DocumentRole? = nil, vectorWeight: Double? = nil) {
        self.vectorWeight = vectorWeight
        self.perDocument = perDocument
        self.role = role
        self.k = k
        self.mode = mode
        self.pathGlob = pathGlob
        self.metadata = metadata
        self.fusionK = fusionK
    }
}

/// One retrieved chunk.
public struct SearchHit: Sendable, Codable, Hashable {
    /// 1-based rank.
    public var rank: Int
    /// The score: cosine similarity (vector), negated BM25 (keyword) or RRF score (hybrid); higher is better.
    public var score: Double
    /// The document path relative to the indexed folder.
    public var path: String
    /// The headings above the chunk, outermost first.
    public var headingPath: [String]
    /// The page number, for paged formats.
    public var page: Int?
    /// The chunk's position in its document, from 0.
    public var chunkIndex: Int
    /// The chunk text, exactly as stored.
    public var text: String
    /// The chunk text for display: cut to whole words, with `…` where a token window cut inside one.
    public var passage: String
    /// Whether the document is content or a map (an index, a table of contents).
    public var role: DocumentRole

    /// Creates a hit.
    /// - Parameters:
    ///   - rank: The 1-based rank.
    ///   - score: The relevance score.
    ///   - path: The document's path, relative to the indexed folder.
    ///   - headingPath: The headings above the chunk.
    ///   - page: The PDF page, when known.
    ///   - chunkIndex: The chunk's position in its document, from 0.
    ///   - text: The chunk text, as stored.
    ///   - passage: The text for display; `text` by default.
    ///   - role: The document's role; content by default.
    public init(rank: Int, score: Double, path: String, headingPath: [String], page: Int?, chunkIndex: Int, text: String,
                passage: String? = nil, role: DocumentRole = .content) {
        self.passage = passage ?? text
        self.role = role
        self.rank = rank
        self.score = score
        self.path = path
        self.headingPath = headingPath
        self.page = page
        self.chunkIndex = chunkIndex
        self.text = text
    }
}
