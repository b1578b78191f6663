import Foundation
import RAGKit

/// The JSON of an index's status, as `rag status --json` prints it and `GET /v1/status` returns it: counts, model,
/// dimensions, bytes, chunking, where the index and its folder are, the last run, and the mirror when there is one.
public struct StatusOutput: Encodable, Sendable {
    /// The mirror's state: `{"vectorStore", "inSync", "pending", "failed", "lastSync"}`.
    public struct Mirror: Encodable, Sendable {
        /// The OpenAI vector store's id.
        public var vectorStore: String
        /// Files in sync.
        public var inSync: Int
        /// Files waiting for upload or removal.
        public var pending: Int
        /// Files whose last sync failed.
        public var failed: Int
        /// When the last sync finished, ISO 8601; absent when never.
        public var lastSync: String?

        /// Creates the output of a mirror status.
        /// - Parameter status: The mirror status.
        public init(_ status: MirrorStatus) {
            vectorStore = status.vectorStoreID
            inSync = status.inSync
            pending = status.pending
            failed = status.failed
            lastSync = status.lastSyncAt.map(OutputFormat.timestamp)
        }
    }

    /// The index directory.
    public var index: String
    /// The indexed folder.
    public var root: String
    /// Documents indexed.
    public var documents: Int
    /// Chunks indexed.
    public var chunks: Int
    /// Tokens in the chunks.
    public var tokens: Int
    /// The embedding model.
    public var model: String
    /// The vectors' dimensions.
    public var dimensions: Int
    /// The index's size on disk.
    public var bytes: Int64
    /// When the last run finished, ISO 8601; `null` when never.
    @NullWhenAbsent public var lastRun: String?
    /// The chunker.
    public var chunker: String
    /// The chunk size in tokens.
    public var chunkSize: Int
    /// The chunk overlap in tokens.
    public var overlap: Int
    /// The mirror, when the index is mirrored to an OpenAI vector store (the key is left out otherwise).
    public var mirror: Mirror?

    /// Creates the output of a status.
    /// - Parameters:
    ///   - status: The index status.
    ///   - settings: The index settings.
    ///   - index: The index directory.
    ///   - mirror: The mirror status, if any (default `nil`).
    public init(_ status: IndexStatus, settings: IndexSettings, index: URL, mirror: MirrorStatus? = nil) {
        self.index = index.isFileURL ? index.path : index.absoluteString
        root = status.root
        documents = status.documents
        chunks = status.chunks
        tokens = status.tokens
        model = status.embeddingModel
        dimensions = status.dimensions
        bytes = status.bytesOnDisk
        lastRun = status.lastRun.map(OutputFormat.timestamp)
        chunker = settings.chunker.rawValue
        chunkSize = settings.chunkSize
        overlap = settings.chunkOverlap
        self.mirror = mirror.map(Mirror.init)
    }
}
