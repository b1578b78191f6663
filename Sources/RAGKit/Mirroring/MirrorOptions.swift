import OpenAIClient

/// How a mirror run behaves.
public struct MirrorOptions: Sendable {
    /// The store to mirror into; the index's recorded store (or a new one) when `nil`.
    public var vectorStoreID: String?
    /// Plans and reports without changing anything; `false` by default.
    public var dryRun: Bool
    /// Uploads in flight at once; 4 by default.
    public var maxConcurrentUploads: Int
    /// Files at least this large go through the multipart uploads endpoint; 32 MB by default.
    public var multipartThreshold: Int
    /// The part size of multipart uploads; 64 MB (the API's largest) by default.
    public var multipartPartSize: Int
    /// Files attached per batch, 1…2000; 500 by default.
    public var batchSize: Int
    /// The pause between processing checks; 2 s by default.
    public var pollInterval: Duration
    /// The longest total wait for the store to process the files; 15 min by default. Files still processing then
    /// are reported pending, and the next run picks them up.
    public var waitTimeout: Duration
    /// How the run pauses between processing checks; `Task.sleep(for:)` by default (tests inject a recorder).
    public var sleep: @Sendable (Duration) async throws -> Void
    /// The name of a store the run creates; `RAGKit: <folder name>` when `nil`.
    public var storeName: String?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store to mirror into; the recorded or a new one by default.
    ///   - dryRun: Plan only; `false` by default.
    ///   - maxConcurrentUploads: Uploads in flight, at least 1; 4 by default.
    ///   - multipartThreshold: Size from which multipart uploads are used; 32 MB by default.
    ///   - multipartPartSize: Multipart part size; 64 MB by default.
    ///   - batchSize: Files per batch, 1…2000; 500 by default.
    ///   - pollInterval: The pause between processing checks; 2 s by default.
    ///   - waitTimeout: The longest wait for processing; 15 min by default.
    ///   - sleep: The pause; `Task.sleep(for:)` by default.
    ///   - storeName: The name of a created store; derived from the folder by default.
    public init(
        vectorStoreID: String? = nil,
        dryRun: Bool = false,
        maxConcurrentUploads: Int = 4,
        multipartThreshold: Int = 32 * 1024 * 1024,
        multipartPartSize: Int = Uploads.maxPartSize,
        batchSize: Int = 500,
        pollInterval: Duration = .seconds(2),
        waitTimeout: Duration = .seconds(900),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        storeName: String? = nil
    ) {
        self.vectorStoreID = vectorStoreID
        self.dryRun = dryRun
        self.maxConcurrentUploads = maxConcurrentUploads
        self.multipartThreshold = multipartThreshold
        self.multipartPartSize = multipartPartSize
        self.batchSize = batchSize
        self.pollInterval = pollInterval
        self.waitTimeout = waitTimeout
        self.sleep = sleep
        self.storeName = storeName
    }

    /// Checks the ranges.
    ///
    /// - Throws: ``RAGError`` (``RAGError/Kind/invalidArgument``) naming the option.
    public func validate() throws(RAGError) {
        guard maxConcurrentUploads >= 1 else { throw RAGError(.invalidArgument, "The number of concurrent uploads must be at least 1, got \(maxConcurrentUploads).") }
        guard (1...2000).contains(batchSize) else { throw RAGError(.invalidArgument, "The batch size must be between 1 and 2000, got \(batchSize).") }
        guard (1...Uploads.maxPartSize).contains(multipartPartSize) else {
            throw RAGError(.invalidArgument, "The multipart part size must be between 1 byte and 64 MB, got \(multipartPartSize).")
        }
        if let vectorStoreID, vectorStoreID.isEmpty { throw RAGError(.invalidArgument, "The vector store id is empty; pass one like vs_abc123.") }
    }
}

/// What a mirror run reports as it goes.
public enum MirrorEvent: Sendable {
    /// The plan is made: what will be uploaded, replaced, removed.
    case planned(MirrorPlan, vectorStoreID: String?)
    /// A file was uploaded (`done` of `total`).
    case uploaded(path: String, done: Int, total: Int)
    /// A file could not be uploaded; the reason is the server's.
    case uploadFailed(path: String, reason: String)
    /// The store's processing: files still in progress of those waited for.
    case processing(inProgress: Int, total: Int)
    /// The store failed to process a file.
    case processingFailed(path: String, failure: MirrorFailure)
    /// A file was taken out of the store.
    case removed(path: String?, fileID: String)
    /// The run ended.
    case finished(MirrorSummary)
}

extension RAGError.Kind {
    /// The vector store to mirror into does not exist (HTTP 404).
    public static let vectorStoreNotFound = Self(rawValue: "vector_store_not_found")
}
