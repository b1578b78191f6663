/// Encodes one pre-tokenized piece: the whole piece when it is a token, else byte-pair merges.
///
/// Merges follow `tiktoken`: repeatedly merge the adjacent pair with the lowest rank, the
/// leftmost on ties. Pieces up to ``smallPieceLimit`` bytes use `tiktoken`'s array scan (fast on
/// short input, quadratic in the length); longer ones ``LinkedPartsMerger`` with a heap, O(n log n),
/// and from ``bucketPieceLimit`` bytes on with rank buckets, about linear, so a 50 MB run of
/// letters is neither quadratic nor slow. All give the same merges.
struct BytePairMerger {
    /// The longest piece merged by scanning; longer pieces use ``LinkedPartsMerger``.
    static let smallPieceLimit = 128

    /// The shortest piece whose pairs wait in a ``BucketPairQueue`` rather than a ``HeapPairQueue``.
    static let bucketPieceLimit = 8192

    /// The `Int`s of scratch space that ``encode(_:count:readable:into:)`` needs.
    static let scratchCount = 3 * (smallPieceLimit + 1)

    let lookup: RankLookup
    /// ``scratchCount`` `Int`s.
    let scratch: UnsafeMutablePointer<Int>
    /// The tokens of pieces merged before in this call, when the text is long enough to repeat itself.
    let cache: PieceCache?

    init(lookup: RankLookup, scratch: UnsafeMutablePointer<Int>, cache: PieceCache? = nil) {
        self.lookup = lookup
        self.scratch = scratch
        self.cache = cache
    }

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
        } else if count <= PieceCache.maxPieceLength, let cache {
            let hash = RankLookup.key(piece, count: count, readable: readable).hash
            if let cached = cache.tokens(of: piece, count: count, hash: hash) {
                for token in cached { sink.append(token) }
                return
            }
            let parts = mergeByScanning(piece, count: count, readable: readable, into: &sink)
            cache.store(piece, count: count, hash: hash, tokens: scratch + 2 * (Self.smallPieceLimit + 1), tokenCount: parts)
        } else if count <= Self.smallPieceLimit {
            mergeByScanning(piece, count: count, readable: readable, into: &sink)
        } else if count < Self.bucketPieceLimit {
            var queue = HeapPairQueue(capacity: 2 * count)
            LinkedPartsMerger(lookup: lookup).merge(piece, count: count, readable: readable, queue: &queue, into: &sink)
        } else {
            var queue = BucketPairQueue(count: count, rankCount: lookup.rankCount)
            LinkedPartsMerger(lookup: lookup).merge(piece, count: count, readable: readable, queue: &queue, into: &sink)
        }
    }

    /// `tiktoken`'s `byte_pair_merge`, which also tracks each part's token so none is looked up twice.
    ///
    /// - Returns: The number of tokens, which stay in the third part of the scratch space.
    @discardableResult
    func mergeByScanning<Sink: TokenSink>(
        _ piece: UnsafePointer<UInt8>, count: Int, readable: Int, into sink: inout Sink
    ) -> Int {
        let absent = Int(RankTable.absent)
        let starts = scratch
        let pairRanks = scratch + (Self.smallPieceLimit + 1)
        let tokens = pairRanks + (Self.smallPieceLimit + 1)
        for index in 0..<count {
            starts[index] = index
            tokens[index] = Int(lookup.byteRanks[Int(piece[index])])
            pairRanks[index] = index + 1 < count ? Int(lookup.pairRank(piece + index)) : absent
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
        return parts - 1
    }
}
