/// One bucket of positions per rank, and a heap of the ranks that have some: about O(1) per pair
/// on very long pieces (a 50 MB run of one letter), where a heap of every pair would be slow.
///
/// Within a bucket, positions arrive mostly in increasing order (merges sweep from left to right),
/// so they are appended to a sorted run read by a cursor; only the rare out-of-order ones go to a
/// heap. Each bucket allocates, so short pieces are better served by ``HeapPairQueue``.
struct BucketPairQueue: PairQueue {
    private var bucketOfRank: RankIndex
    private var buckets: [PositionQueue] = []
    private var pendingRanks = MinHeap()

    /// Creates a queue for a piece of `count` bytes.
    init(count: Int, rankCount: Int) {
        // Distinct ranks: at most one per pair ever formed, and at most the vocabulary.
        bucketOfRank = RankIndex(capacityFor: min(3 * count, rankCount))
    }

    mutating func push(rank: UInt32, start: Int32) {
        let bucket = bucketOfRank.index(of: rank, assigningNext: buckets.count)
        if bucket == buckets.count { buckets.append(PositionQueue()) }
        if buckets[bucket].isEmpty { pendingRanks.push(UInt64(rank)) }
        buckets[bucket].push(start)
    }

    mutating func popMin() -> (rank: UInt32, start: Int32)? {
        while let top = pendingRanks.peek() {
            let rank = UInt32(truncatingIfNeeded: top)
            let bucket = bucketOfRank.index(of: rank, assigningNext: buckets.count)
            if let start = buckets[bucket].pop() { return (rank, start) }
            _ = pendingRanks.pop()
        }
        return nil
    }
}

/// Positions waiting in one rank's bucket, smallest first: a sorted run plus a heap for the rest.
struct PositionQueue {
    private var sorted: [Int32] = []
    private var cursor = 0
    private var late = MinHeap()

    var isEmpty: Bool { cursor == sorted.count && late.isEmpty }

    mutating func push(_ position: Int32) {
        if let last = sorted.last, position <= last {
            late.push(UInt64(position))
        } else {
            sorted.append(position)
        }
    }

    mutating func pop() -> Int32? {
        let fromRun = cursor < sorted.count ? sorted[cursor] : nil
        if let fromLate = late.peek(), fromRun.map({ UInt64($0) > fromLate }) ?? true {
            _ = late.pop()
            return Int32(truncatingIfNeeded: fromLate)
        }
        guard let fromRun else { return nil }
        cursor += 1
        if cursor == sorted.count {
            sorted.removeAll(keepingCapacity: true)
            cursor = 0
        }
        return fromRun
    }
}

/// A map from rank to a small index, open-addressed, sized for the ranks one piece can form.
struct RankIndex {
    private var ranks: [UInt32]
    private var indices: [Int32]
    private let mask: Int

    init(capacityFor distinctRanks: Int) {
        var capacity = 16
        while capacity < distinctRanks * 2 { capacity *= 2 }
        ranks = [UInt32](repeating: RankTable.absent, count: capacity)
        indices = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The index of `rank`, which becomes `next` when `rank` is new.
    mutating func index(of rank: UInt32, assigningNext next: Int) -> Int {
        var slot = Int(truncatingIfNeeded: UInt64(rank) &* 0x9E37_79B9_7F4A_7C15 >> 40) & mask
        while true {
            if ranks[slot] == rank { return Int(indices[slot]) }
            if ranks[slot] == RankTable.absent {
                ranks[slot] = rank
                indices[slot] = Int32(next)
                return next
            }
            slot = (slot + 1) & mask
        }
    }
}
