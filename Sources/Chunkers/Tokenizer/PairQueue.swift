/// Pairs of adjacent parts waiting to be merged, as `(rank, start)`.
protocol PairQueue {
    mutating func push(rank: UInt32, start: Int32)

    /// The pair with the lowest rank, the leftmost on ties, or nil when the queue is empty.
    mutating func popMin() -> (rank: UInt32, start: Int32)?
}

/// A binary heap of `rank << 32 | start`: O(log n) per pair, one allocation.
struct HeapPairQueue: PairQueue {
    private var heap = MinHeap()

    init(capacity: Int) { heap.reserve(capacity) }

    mutating func push(rank: UInt32, start: Int32) { heap.push(UInt64(rank) << 32 | UInt64(UInt32(start))) }

    mutating func popMin() -> (rank: UInt32, start: Int32)? {
        guard let key = heap.pop() else { return nil }
        return (UInt32(truncatingIfNeeded: key >> 32), Int32(truncatingIfNeeded: key & 0xFFFF_FFFF))
    }
}
