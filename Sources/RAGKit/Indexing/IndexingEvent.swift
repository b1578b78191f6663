import Foundation

/// What an indexing run reports while it runs, in order: `started`, then `skipped` and `progress`
/// in any order, then `finished`.
public enum IndexingEvent: Sendable {
    /// The folder was scanned; `totalFiles` files will be considered.
    case started(totalFiles: Int)
    /// Work done so far.
    case progress(IndexingProgress)
    /// No embedding request has completed for this long: the embeddings server is slow or stalled. Sent every
    /// ``IndexingOptions/waitingInterval`` while the wait lasts; the request itself ends at the provider's timeout.
    case waiting(Duration)
    /// A file was skipped (binary, too large, unreadable, a chunk over the embedder's input limit…).
    case skipped(path: String, reason: String)
    /// The run completed.
    case finished(IndexingSummary)
}

/// A snapshot of an indexing run's progress.
public struct IndexingProgress: Sendable, Hashable {
    /// Files considered so far (unchanged, updated, added or skipped).
    public var filesDone: Int
    /// Files the run will consider.
    public var totalFiles: Int
    /// Chunks embedded so far in this run (cache hits excluded).
    public var chunksEmbedded: Int
    /// Tokens embedded so far in this run.
    public var tokensEmbedded: Int
    /// Time since the run started.
    public var elapsed: Duration
    /// Embedded tokens per second so far.
    public var rate: Double
    /// Estimated time left, when it can be estimated: the bytes of the files left at the rate the files that needed
    /// work (chunking and embedding) went so far; `nil` until one has.
    public var eta: Duration?

    /// Creates a progress snapshot.
    public init(filesDone: Int, totalFiles: Int, chunksEmbedded: Int, tokensEmbedded: Int, elapsed: Duration,
                rate: Double, eta: Duration?) {
        self.filesDone = filesDone
        self.totalFiles = totalFiles
        self.chunksEmbedded = chunksEmbedded
        self.tokensEmbedded = tokensEmbedded
        self.elapsed = elapsed
        self.rate = rate
        self.eta = eta
    }
}

/// A file an indexing run did not index, and why.
public struct SkippedFile: Sendable, Hashable, Codable {
    /// The path relative to the indexed folder.
    public var path: String
    /// One line saying why.
    public var reason: String

    /// Creates a skipped-file entry.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// The outcome of an indexing run.
public struct IndexingSummary: Sendable, Hashable, Codable {
    /// Files new to the index (relative paths, sorted).
    public var added: [String] = []
    /// Files whose content changed.
    public var updated: [String] = []
    /// Files no longer in the folder, removed from the index.
    public var removed: [String] = []
    /// Files left as they were.
    public var unchanged: [String] = []
    /// Files not indexed, with the reason.
    public var skipped: [SkippedFile] = []
    /// Chunks in the index after the run.
    public var chunks = 0
    /// Tokens of those chunks.
    public var tokens = 0
    /// Chunks embedded in this run (chunks whose text was already embedded cost nothing): the count the last
    /// ``IndexingProgress/chunksEmbedded`` reported.
    public var chunksEmbedded = 0
    /// Tokens embedded in this run.
    public var tokensEmbedded = 0
    /// Calls made to the embedder in this run.
    public var embeddingCalls = 0
    /// Vectors no longer referenced and deleted at the end of the run.
    public var vectorsCollected = 0
    /// How long the run took.
    public var elapsed: Duration = .zero

    /// Creates an empty summary.
    public init() {}

    /// Chunks in the index after the run whose vector this run did not embed: unchanged documents', texts already
    /// embedded (by an earlier run, a rebuilt index, or another chunk with the same text). With ``chunksEmbedded``
    /// they make ``chunks``.
    public var chunksReused: Int { max(0, chunks - chunksEmbedded) }
}
