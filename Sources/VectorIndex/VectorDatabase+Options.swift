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
        /// The reduced-precision copy single-query searches scan first. Defaults to ``VectorQuantization/none``.
        ///
        /// Batch searches always scan float32 with `sgemm`, which is already compute-efficient per query.
        public var quantization: VectorQuantization
        /// With a quantization, how many candidates per requested result are re-scored exactly:
        /// `max(k * rescoreMultiplier, 64)`. Defaults to 10; higher trades speed for recall.
        public var rescoreMultiplier: Int
        /// Whether the in-memory matrices move onto transparent huge pages once loaded. Defaults to `true`.
        ///
        /// On Linux 6.1 and later, a background thread collapses the matrix (and the quantized copy) into 2 MB
        /// pages after the open and after each write, while searches go on; scans then run about 5–7 % faster
        /// (measured on the development machine: fewer TLB misses, prefetchers not stopped every 4 KiB). Opening
        /// is not delayed, but the collapse costs background CPU time (about 1.5 s of one core for a 614 MB matrix
        /// on a virtual machine, less on bare metal), which a process that opens a large index for one search and
        /// exits never earns back; such a process may pass `false`. Matrices under 8 MB are never collapsed, and on
        /// other systems the option does nothing.
        public var hugePages: Bool
        /// Whether the file is opened read-only: nothing is created, migrated or written, and writes throw
        /// ``VectorIndexError/Kind/readOnly``. Defaults to `false`.
        ///
        /// Lets processes without write permission search an index. A file in WAL mode whose `-shm` file is
        /// missing in a directory the process cannot write cannot be read until a writer opens it once.
        public var readOnly: Bool = false

        /// Creates options.
        ///
        /// - Parameters:
        ///   - threads: Scan threads, at least 1. Defaults to the number of active processors.
        ///   - synchronousCommits: Flush every commit to disk. Defaults to `true`.
        ///   - quantization: The reduced-precision scan copy. Defaults to ``VectorQuantization/none``.
        ///   - rescoreMultiplier: Candidates re-scored per result with a quantization, at least 1. Defaults to 10.
        ///   - hugePages: Move the matrices onto huge pages in the background once loaded. Defaults to `true`.
        ///   - readOnly: Open without writing anything. Defaults to `false`.
        public init(
            threads: Int = ProcessInfo.processInfo.activeProcessorCount,
            synchronousCommits: Bool = true,
            quantization: VectorQuantization = .none,
            rescoreMultiplier: Int = 10,
            hugePages: Bool = true,
            readOnly: Bool = false
        ) {
            self.threads = max(1, threads)
            self.synchronousCommits = synchronousCommits
            self.quantization = quantization
            self.rescoreMultiplier = max(1, rescoreMultiplier)
            self.hugePages = hugePages
            self.readOnly = readOnly
        }
    }
}
