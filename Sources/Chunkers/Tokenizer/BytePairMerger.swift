/// Receives the token ranks of encoded text, in order.
protocol TokenSink {
    mutating func append(_ rank: UInt32)
}

/// Collects token ids.
struct TokenArraySink: TokenSink {
    var tokens: [Int] = []
    @inline(__always) mutating func append(_ rank: UInt32) { tokens.append(Int(rank)) }
}

/// Counts tokens without keeping them.
struct TokenCountSink: TokenSink {
    var count = 0
    @inline(__always) mutating func append(_ rank: UInt32) { count += 1 }
}

/// Encodes one pre-tokenized piece: the whole piece when it is a token, else byte-pair merges.
///
/// Merges follow `tiktoken`: repeatedly merge the adjacent pair with the lowest rank, the
/// leftmost on ties. Pieces up to ``smallPieceLimit`` bytes use `tiktoken`'s array scan (fast on
/// short input, quadratic in the length); longer ones use a heap over a linked list, O(n log n),
/// so a 50 MB run of letters is not quadratic. Both give the same merges.
struct BytePairMerger {
    /// The longest piece merged by scanning; longer pieces use the heap.
    static let smallPieceLimit = 128

    /// The `Int`s of scratch space that ``encode(_:count:readable:into:)`` needs.
    static let scratchCount = 3 * (smallPieceLimit + 1)

    let lookup: RankLookup
    /// ``scratchCount`` `Int`s.
    let scratch: UnsafeMutablePointer<Int>

    /// Appends the tokens of the `count` bytes at `piece`, of which `readable` may be read.
    @inline(__always)
    func encode<Sink: TokenSink>(
        _ piece: UnsafePointer<UInt8>, count: Int, readable: Int, into sink: inout Sink
    ) {
        if count == 1 {
            sink.append(lookup.byteRanks[Int(piece[0])])
            return
        }
        let whole = lookup.rank(piece, count: count, readable: readable)
        if whole != RankTable.absent {
            sink.append(whole)
        } else if count <= Self.smallPieceLimit {
            mergeByScanning(piece, count: count, readable: readable, into: &sink)
        } else {
            mergeWithHeap(piece, count: count, readable: readable, into: &sink)
        }
    }

    /// `tiktoken`'s `byte_pair_merge`, which also tracks each part's token so none is looked up twice.
    func mergeByScanning<Sink: TokenSink>(
        _ piece: UnsafePointer<UInt8>, count: Int, readable: Int, into sink: inout Sink
    ) {
        let absent = Int(RankTable.absent)
        let starts = scratch
        let pairRanks = scratch + (Self.smallPieceLimit + 1)
        let tokens = pairRanks + (Self.smallPieceLimit + 1)
        for index in 0..<count {
            starts[index] = index
            tokens[index] = Int(lookup.byteRanks[Int(piece[index])])
            pairRanks[index] = index + 1 < count
                ? Int(lookup.rank(piece + index, count: 2, readable: readable - index)) : absent
        }
        starts[count] = count
        pairRanks[count] = absent
        var parts = count + 1
        @inline(__always) func rankSpanning(_ index: Int) -> Int {
            guard index + 3 < parts else { return absent }
            let start = starts[index]
            return Int(lookup.rank(piece + start, count: starts[index + 3] - start, readable: readable - start))
        }
        while true {
            var minimum = absent
            var at = 0
            for index in 0..<(parts - 1) where pairRanks[index] < minimum {
                minimum = pairRanks[index]
                at = index
            }
            if minimum == absent { break }
            tokens[at] = minimum
            if at > 0 { pairRanks[at - 1] = rankSpanning(at - 1) }
            pairRanks[at] = rankSpanning(at)
            let moved = parts - at - 2
            (starts + at + 1).update(from: starts + at + 2, count: moved)
            (pairRanks + at + 1).update(from: pairRanks + at + 2, count: moved)
            (tokens + at + 1).update(from: tokens + at + 2, count: moved)
            parts -= 1
        }
        for index in 0..<(parts - 1) { sink.append(UInt32(truncatingIfNeeded: tokens[index])) }
    }

    /// The same merges with a min-heap of `(rank, start)` over a doubly linked list of parts.
    func mergeWithHeap<Sink: TokenSink>(
        _ piece: UnsafePointer<UInt8>, count: Int, readable: Int, into sink: inout Sink
    ) {
        // Parts are identified by their start offset; `next[count]` is the end sentinel.
        var next = [Int32](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
            for index in 0...count { buffer[index] = Int32(index + 1) }
            initialized = count + 1
        }
        var previous = [Int32](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
            for index in 0...count { buffer[index] = Int32(index - 1) }
            initialized = count + 1
        }
        var pairRanks = [UInt32](repeating: RankTable.absent, count: count + 1)
        var tokens = [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = lookup.byteRanks[Int(piece[index])] }
            initialized = count
        }
        var heap = MinHeap()
        heap.reserve(count)

        func pairRank(_ start: Int) -> UInt32 {
            let second = Int(next[start])
            guard second < count else { return RankTable.absent }
            let end = Int(next[second])
            return lookup.rank(piece + start, count: end - start, readable: readable - start)
        }
        for start in 0..<(count - 1) {
            let rank = pairRank(start)
            pairRanks[start] = rank
            if rank != RankTable.absent { heap.push(UInt64(rank) << 32 | UInt64(start)) }
        }
        while let top = heap.pop() {
            let rank = UInt32(truncatingIfNeeded: top >> 32)
            let start = Int(truncatingIfNeeded: top & 0xFFFF_FFFF)
            // A stale entry: the pair at `start` changed since it was pushed (ranks are unique per
            // byte string, so an equal rank means the same pair).
            guard pairRanks[start] == rank else { continue }
            let removed = Int(next[start])
            let after = Int(next[removed])
            next[start] = Int32(after)
            if after <= count { previous[after] = Int32(start) }
            pairRanks[removed] = RankTable.absent
            tokens[start] = rank
            let newRank = pairRank(start)
            pairRanks[start] = newRank
            if newRank != RankTable.absent { heap.push(UInt64(newRank) << 32 | UInt64(start)) }
            let before = Int(previous[start])
            if before >= 0 {
                let beforeRank = pairRank(before)
                pairRanks[before] = beforeRank
                if beforeRank != RankTable.absent { heap.push(UInt64(beforeRank) << 32 | UInt64(before)) }
            }
        }
        var start = 0
        while start < count {
            sink.append(tokens[start])
            start = Int(next[start])
        }
    }
}

/// A binary min-heap of `UInt64` keys.
struct MinHeap {
    private var keys: [UInt64] = []

    mutating func reserve(_ capacity: Int) { keys.reserveCapacity(capacity) }

    mutating func push(_ key: UInt64) {
        keys.append(key)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if keys[parent] <= key { break }
            keys[child] = keys[parent]
            child = parent
        }
        keys[child] = key
    }

    mutating func pop() -> UInt64? {
        guard let last = keys.popLast() else { return nil }
        guard let top = keys.first else { return last }
        let count = keys.count
        var parent = 0
        while true {
            var child = 2 * parent + 1
            if child >= count { break }
            if child + 1 < count, keys[child + 1] < keys[child] { child += 1 }
            if last <= keys[child] { break }
            keys[parent] = keys[child]
            parent = child
        }
        keys[parent] = last
        return top
    }
}
