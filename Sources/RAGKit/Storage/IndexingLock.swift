/// The exclusive right to run indexing on one index, held for a run and released once.
protocol IndexingLock: Sendable {
    /// Whether the lock is still held (not yet released).
    var isHeld: Bool { get }
    /// Releases the lock; later calls do nothing.
    func release()
    /// Releases the lock and returns once another run can take it (a server-side lock is released by a round trip).
    func releaseAndWait() async
}

extension IndexLock: IndexingLock {
    func releaseAndWait() async { release() }
}
