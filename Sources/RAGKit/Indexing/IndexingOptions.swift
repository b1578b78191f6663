/// Options of one indexing run.
public struct IndexingOptions: Sendable {
    /// Extra gitignore-style globs of paths to skip, relative to the root (default none).
    public var exclude: [String] = []
    /// The embedding requests kept in flight at once (default 4).
    public var maxConcurrentRequests = 4
    /// Files larger than this many bytes are skipped and reported (default `nil`: the loader's limit).
    public var maxFileSize: Int? = nil
    /// How often ``IndexingEvent/waiting(_:)`` repeats while no embedding request completes (default 10 seconds).
    public var waitingInterval: Duration = .seconds(10)

    /// Creates options.
    /// - Parameters:
    ///   - exclude: Extra globs to skip (default none).
    ///   - maxConcurrentRequests: The embedding requests in flight (default 4).
    ///   - maxFileSize: The file size limit in bytes (default the loader's).
    ///   - waitingInterval: How often a wait for the embeddings server is reported (default 10 seconds).
    public init(exclude: [String] = [], maxConcurrentRequests: Int = 4, maxFileSize: Int? = nil,
                waitingInterval: Duration = .seconds(10)) {
        self.waitingInterval = waitingInterval
        self.exclude = exclude
        self.maxConcurrentRequests = maxConcurrentRequests
        self.maxFileSize = maxFileSize
    }
}
