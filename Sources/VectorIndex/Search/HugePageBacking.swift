import Dispatch

/// Moves an index's matrices onto transparent huge pages in the background, one 2 MB page at a time.
///
/// A scan streams the whole matrix. On 4 KiB pages the TLB misses every 4 KiB and the CPU's prefetchers stop at
/// every page boundary: on the development machine the same `sgemv` scan ran 5–7 % slower than on 2 MB pages.
/// Allocating huge pages up front would slow every open instead (see ``AlignedAllocation``), so the load fills
/// ordinary pages and a pass here collapses them afterwards (`MADV_COLLAPSE`, Linux 6.1 and later).
///
/// Each page is collapsed under the index's read lock: never during a write (which could reallocate the matrix),
/// always beside searches (one that reads the page meanwhile waits the few milliseconds the copy takes). Pages
/// that are already huge cost a system call and nothing else, so a pass after a write only does the new ones.
final class HugePageBacking: @unchecked Sendable {
    private let queue = DispatchQueue(label: "VectorIndex.HugePageBacking", qos: .utility)
    private let lock = Lock()
    /// Guarded by `lock`: a pass is queued and has not started yet.
    private var passPending = false
    /// Guarded by `lock`: the kernel said it cannot do this here, so no pass is started again.
    private var unsupported = false

    /// Queues a pass over `state`'s pages, unless one is queued already (that one will see the latest state).
    ///
    /// The pass holds `state` weakly: once the index is closed it stops at the next page.
    func schedule(_ state: ReadWriteLock<IndexState>) {
        guard state.withReadLock({ $0.hugePageCount }) > 0 else { return }
        let start = lock.withLock { () -> Bool in
            guard !passPending, !unsupported else { return false }
            passPending = true
            return true
        }
        guard start else { return }
        queue.async { [weak state, self] in
            lock.withLock { passPending = false }
            var page = 0
            while let state {
                guard let outcome = state.withReadLock({ state in
                    page < state.hugePageCount ? state.collapseHugePage(page) : nil
                }) else { return }
                switch outcome {
                case .backed, .skipped:
                    page += 1
                case .exhausted:
                    return
                case .unsupported:
                    lock.withLock { unsupported = true }
                    return
                }
            }
        }
    }

    /// Blocks until every queued pass has finished.
    func waitUntilIdle() { queue.sync {} }

    /// Suspends until every queued pass has finished.
    func idle() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async { continuation.resume() }
        }
    }
}
