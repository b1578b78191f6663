import Foundation

/// What an index holds, for `rag status`.
public struct IndexStatus: Sendable, Codable, Hashable {
    /// Indexed documents.
    public var documents: Int
    /// Chunks of those documents.
    public var chunks: Int
    /// Tokens of those chunks.
    public var tokens: Int
    /// Distinct vectors stored (one per distinct chunk text).
    public var vectors: Int
    /// The embedding model the index was created with.
    public var embeddingModel: String
    /// The vector dimensions.
    public var dimensions: Int
    /// The settings the index was created with.
    public var settings: IndexSettings
    /// Bytes the index directory takes on disk.
    public var bytesOnDisk: Int64
    /// The indexed folder's absolute path.
    public var root: String
    /// The index directory's absolute path.
    public var indexPath: String
    /// When the last completed run finished.
    public var lastRun: Date?
    /// The last completed run's summary.
    public var lastRunSummary: IndexingSummary?

    /// Creates a status.
    public init(documents: Int, chunks: Int, tokens: Int, vectors: Int, embeddingModel: String, dimensions: Int,
                settings: IndexSettings, bytesOnDisk: Int64, root: String, indexPath: String, lastRun: Date?,
                lastRunSummary: IndexingSummary?) {
        self.documents = documents
        self.chunks = chunks
        self.tokens = tokens
        self.vectors = vectors
        self.embeddingModel = embeddingModel
        self.dimensions = dimensions
        self.settings = settings
        self.bytesOnDisk = bytesOnDisk
        self.root = root
        self.indexPath = indexPath
        self.lastRun = lastRun
        self.lastRunSummary = lastRunSummary
    }
}
