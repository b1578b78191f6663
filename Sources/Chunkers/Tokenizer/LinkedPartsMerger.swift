/// Byte-pair merges for pieces too long to scan, over a doubly linked list of parts, in
/// O(n log n) or about linear time depending on the ``PairQueue``.
///
/// The order is `tiktoken`'s: the queue yields the lowest rank first, the leftmost on ties.
/// Queued pairs are not removed when a merge changes them; they are recognised as stale when
/// they come out. Memory: 12 bytes per byte of piece, plus the queue.
struct LinkedPartsMerger {
    let lookup: RankLookup

    func merge<Queue: PairQueue, Sink: TokenSink>(
        _ piece: UnsafePointer<UInt8>, count: Int, readable: Int, queue: inout Queue, into sink: inout Sink
    ) {
        // Parts are identified by their start offset; `next[count]` is the end sentinel.
        let storage = UnsafeMutablePointer<Int32>.allocate(capacity: 3 * (count + 1))
        defer { storage.deallocate() }
        let next = storage
        let previous = storage + (count + 1)
        let pairRanks = UnsafeMutableRawPointer(storage + 2 * (count + 1)).bindMemory(to: UInt32.self, capacity: count + 1)
        for index in 0...count {
            next[index] = Int32(index + 1)
            previous[index] = Int32(index - 1)
            pairRanks[index] = RankTable.absent
        }

        func pairRank(_ start: Int) -> UInt32 {
            let second = Int(next[start])
            guard second < count else { return RankTable.absent }
            return lookup.rank(piece + start, count: Int(next[second]) - start, readable: readable - start)
        }
        func setPair(_ start: Int, _ rank: UInt32) {
            pairRanks[start] = rank
            if rank != RankTable.absent { queue.push(rank: rank, start: Int32(start)) }
        }

        for start in 0..<(count - 1) { setPair(start, lookup.pairRank(piece + start)) }
        while let (rank, position) = queue.popMin() {
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
