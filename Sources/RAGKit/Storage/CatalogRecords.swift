import Foundation

/// What the catalog remembers of a file to decide, without reading it, whether it changed.
struct DocumentState: Sendable, Hashable {
    var id: Int64
    var path: String
    var size: Int
    var mtime: Double
    var contentHash: String
    /// The ``Chunkers/DocumentLoader/textRevision`` its text was read with (0: before revisions were recorded).
    var textRevision: Int
}

/// A document and its chunks, ready to be written to the catalog.
struct CatalogDocument: Sendable {
    var path: String
    var kind: String
    var size: Int
    var mtime: Double
    var contentHash: String
    /// The ``Chunkers/DocumentLoader/textRevision`` its text was read with.
    var textRevision = 0
    var metadata: [String: String]
    var textEncoding: String?
    /// ``Chunkers/DocumentRole``: content, or a map (an index or table of contents).
    var role: String = "content"
    var chunks: [CatalogChunk]
}

/// A chunk ready to be written to the catalog.
struct CatalogChunk: Sendable, Hashable {
    var ordinal: Int
    var text: String
    var byteRange: Range<Int>
    var characterRange: Range<Int>
    var headingPath: [String]
    var page: Int?
    var tokenCount: Int
    var textHash: String
    /// Whether the chunk starts inside a word (a token window cut there).
    var cutStart = false
    /// Whether the chunk ends inside a word.
    var cutEnd = false
}

/// A chunk read back from the catalog, with its document's path.
struct StoredChunk: Sendable, Hashable {
    var id: Int64
    var documentID: Int64
    var path: String
    var ordinal: Int
    var text: String
    var headingPath: [String]
    var page: Int?
    var tokenCount: Int
    var textHash: String
    var cutStart = false
    var cutEnd = false
    var role = "content"
}

/// A document's identity and metadata, for filters.
struct DocumentSummary: Sendable, Hashable {
    var id: Int64
    var path: String
    var metadata: [String: String]
}

/// Counts for ``IndexStatus``.
struct CatalogCounts: Sendable, Hashable {
    var documents: Int
    var chunks: Int
    var tokens: Int
}
