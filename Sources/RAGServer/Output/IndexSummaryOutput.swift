import Foundation
import RAGKit

/// The JSON of an indexing run's summary, as `rag index --json` prints it and `POST /v1/index` ends with.
public struct IndexSummaryOutput: Encodable, Sendable {
    /// A file the run skipped, and why.
    public struct Skipped: Encodable, Sendable {
        /// The path, relative to the indexed folder.
        public var path: String
        /// Why it was skipped.
        public var reason: String
    }

    /// The indexed folder.
    public var root: String
    /// Paths added.
    public var added: [String]
    /// Paths updated.
    public var updated: [String]
    /// Paths removed.
    public var removed: [String]
    /// Paths unchanged.
    public var unchanged: [String]
    /// Paths skipped.
    public var skipped: [Skipped]
    /// Chunks in the index after the run.
    public var chunks: Int
    /// Of those, the chunks whose text this run embedded (the progress lines' count).
    public var chunksEmbedded: Int
    /// Of those, the chunks whose vector was already stored (unchanged documents, texts embedded before).
    public var chunksReused: Int
    /// Tokens in the index's chunks.
    public var tokens: Int
    /// Tokens this run embedded.
    public var tokensEmbedded: Int
    /// Embedding requests sent.
    public var embeddingCalls: Int
    /// The run's duration in seconds.
    public var seconds: Double

    /// Creates the output of a summary.
    /// - Parameters:
    ///   - summary: The run's summary.
    ///   - root: The indexed folder.
    public init(_ summary: IndexingSummary, root: URL) {
        self.root = root.path
        added = summary.added
        updated = summary.updated
        removed = summary.removed
        unchanged = summary.unchanged
        skipped = summary.skipped.map { Skipped(path: $0.path, reason: $0.reason) }
        chunks = summary.chunks
        chunksEmbedded = summary.chunksEmbedded
        chunksReused = summary.chunksReused
        tokens = summary.tokens
        tokensEmbedded = summary.tokensEmbedded
        embeddingCalls = summary.embeddingCalls
        seconds = OutputFormat.seconds(summary.elapsed)
    }
}
