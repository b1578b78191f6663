import Foundation

/// What a mirror run did (or, for a dry run, would do).
public struct MirrorSummary: Sendable, Hashable, Codable {
    /// The store mirrored into; `nil` for a dry run that would create one.
    public var vectorStoreID: String?
    /// Whether the run created the store.
    public var createdStore: Bool
    /// Whether nothing was sent but reads.
    public var dryRun: Bool
    /// Paths uploaded for the first time.
    public var uploaded: [String]
    /// Paths uploaded again, replacing the earlier upload (changed, lost remotely, or retried).
    public var replaced: [String]
    /// Paths (or, for files no local path accounts for, file ids) taken out of the store.
    public var removed: [String]
    /// Paths whose store files were recorded without uploading (a run stopped before recording them).
    public var adopted: [String]
    /// Paths whose attributes were updated.
    public var attributesUpdated: [String]
    /// Paths already in sync.
    public var unchanged: [String]
    /// Paths still processing when the wait ended; the next run picks them up.
    public var pending: [String]
    /// Files that failed to upload or to process, with the server's reason.
    public var failed: [MirrorSkip]
    /// Files left out, with the reason.
    public var skipped: [MirrorSkip]
    /// Requests that uploaded a file.
    public var uploadRequests: Int

    /// Creates an empty summary.
    public init(vectorStoreID: String?, createdStore: Bool = false, dryRun: Bool = false) {
        self.vectorStoreID = vectorStoreID
        self.createdStore = createdStore
        self.dryRun = dryRun
        uploaded = []
        replaced = []
        removed = []
        adopted = []
        attributesUpdated = []
        unchanged = []
        pending = []
        failed = []
        skipped = []
        uploadRequests = 0
    }

    /// Whether the run changed the store.
    public var changedAnything: Bool {
        !(uploaded.isEmpty && replaced.isEmpty && removed.isEmpty && attributesUpdated.isEmpty)
    }
}
