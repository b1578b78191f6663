import Foundation

extension VectorDatabase {
    /// How an index is opened and searched.
    public struct Options: Sendable, Hashable {
        /// The number of threads a scan splits its rows over. Defaults to the number of active processors.
        ///
        /// VectorIndex runs BLAS single-threaded inside each worker and splits the matrix itself, so this is the
        /// whole parallelism of one search.
        public var threads: Int
        /// Whether each committed write is flushed to disk before `upsert`/`delete` return (SQLite
        /// `synchronous=FULL`). Defaults to `true`. With `false` (`NORMAL`), a power loss may drop the last commits,
        /// but a killed process still never leaves a half-written batch.
        public var synchronousCommits: Bool

        /// Creates options.
        ///
        /// - Parameters:
        ///   - threads: Scan threads, at least 1. Defaults to the number of active processors.
        ///   - synchronousCommits: Flush every commit to disk. Defaults to `true`.
        public init(
            threads: Int = ProcessInfo.processInfo.activeProcessorCount,
            synchronousCommits: Bool = true
        ) {
            self.threads = max(1, threads)
            self.synchronousCommits = synchronousCommits
        }
    }
}
