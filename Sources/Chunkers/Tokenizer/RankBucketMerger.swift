/// Byte-pair merges for long pieces (a run of one letter, a huge whitespace run) in about linear
/// time and 16 to 24 bytes per byte of piece.
///
/// The order is `tiktoken`'s: the lowest rank first, the leftmost on ties. Pending pairs wait in
/// one bucket per rank; a small heap holds the ranks that have pending pairs. Within a bucket,
/// positions arrive mostly in increasing order (merges sweep from left to right), so they are
/// appended to a sorted run read by a cursor, and only the rare out-of-order ones go to a heap.
struct RankBucketMerger {
    let lookup: RankLookup

    func merge<Sink: TokenSink>(
        _ piece: UnsafePointer<UInt8>, count: Int, readable: Int, into sink: inout Sink
    ) {
        // Parts are identified by their start offset; `next[count]` is the end sentinel.
        let next = UnsafeMutablePointer<Int32>.allocate(capacity: count + 1)
        let previous = UnsafeMutablePointer<Int32>.allocate(capacity: count + 1)
        let pairRanks = UnsafeMutablePointer<UInt32>.allocate(capacity: count + 1)
        defer {
            next.deallocate()
            previous.deallocate()
            pairRanks.deallocate()
        }
        for index in 0...count {
            next[index] = Int32(index + 1)
            previous[index] = Int32(index - 1)
            pairRanks[index] = RankTable.absent
        }
        // Distinct ranks: at most one per pair ever formed, and at most the vocabulary.
        var bucketOfRank = RankIndex(capacityFor: min(3 * count, lookup.rankCount))
        var buckets: [PositionQueue] = []
        var pendingRanks = MinHeap()

        func pairRank(_ start: Int) -> UInt32 {
            let second = Int(next[start])
            guard second < count else { return RankTable.absent }
            return lookup.rank(piece + start, count: Int(next[second]) - start, readable: readable - start)
        }
        func setPair(_ start: Int, _ rank: UInt32) {
            pairRanks[start] = rank
            guard rank != RankTable.absent else { return }
            let bucket = bucketOfRank.index(of: rank, assigningNext: buckets.count)
            if bucket == buckets.count { buckets.append(PositionQueue()) }
            if buckets[bucket].isEmpty { pendingRanks.push(UInt64(rank)) }
            buckets[bucket].push(Int32(start))
        }

        for start in 0..<(count - 1) { setPair(start, lookup.pairRank(piece + start)) }
        while let top = pendingRanks.peek() {
            let rank = UInt32(truncatingIfNeeded: top)
            let bucket = bucketOfRank.index(of: rank, assigningNext: buckets.count)
            guard let position = buckets[bucket].pop() else {
                _ = pendingRanks.pop()
                continue
            }
            let start = Int(position)
            // A stale entry: the pair at `start` changed since it was queued (ranks are unique per
            // byte string, so an equal rank means the same pair).
            guard pairRanks[start] == rank else { continue }
            let removed = Int(next[start])
            let after = Int(next[removed])
            next[start] = Int32(after)
            if after <= count { previous[after] = Int32(start) }
            pairRanks[removed] = RankTable.absent
            setPair(start, pairRank(start))
            let before = Int(previous[start])
            if before >= 0 { setPair(before, pairRank(before)) }
        }
        var start = 0
        while start < count {
            let end = Int(next[start])
            sink.append(lookup.rank(piece + start, count: end - start, readable: readable - start))
            start = end
        }
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
