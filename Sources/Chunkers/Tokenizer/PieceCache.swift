/// The tokens of recently merged pieces, kept during one encode call: text repeats its rare words,
/// and a cached piece costs one hash and one comparison instead of its merges.
///
/// Direct-mapped: a piece hashes to one slot and replaces what was there, so memory stays fixed
/// (under 1.6 MB, of which only the slots used are touched).
/// Valid only inside ``withPieceCache(_:)``.
struct PieceCache {
    static let slotBits = 12
    static let slotCount = 1 << slotBits
    /// Longer pieces are not cached. Long pieces repeat too (the rules of reStructuredText and
    /// Markdown tables) and cost the most to merge.
    static let maxPieceLength = BytePairMerger.smallPieceLimit
    /// Pieces with more tokens are not cached.
    static let maxTokens = 64

    private let hashes: UnsafeMutablePointer<UInt64>
    private let lengths: UnsafeMutablePointer<UInt8>
    private let tokenCounts: UnsafeMutablePointer<UInt8>
    private let pieces: UnsafeMutablePointer<UInt8>
    private let tokens: UnsafeMutablePointer<UInt32>

    /// Calls `body` with an empty cache whose storage is freed on return.
    static func withPieceCache<Result>(_ body: (PieceCache) -> Result) -> Result {
        let hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: slotCount)
        let lengths = UnsafeMutablePointer<UInt8>.allocate(capacity: slotCount)
        let tokenCounts = UnsafeMutablePointer<UInt8>.allocate(capacity: slotCount)
        let pieces = UnsafeMutablePointer<UInt8>.allocate(capacity: slotCount * maxPieceLength)
        let tokens = UnsafeMutablePointer<UInt32>.allocate(capacity: slotCount * maxTokens)
        defer {
            hashes.deallocate()
            lengths.deallocate()
            tokenCounts.deallocate()
            pieces.deallocate()
            tokens.deallocate()
        }
        lengths.initialize(repeating: 0, count: slotCount)
        hashes.initialize(repeating: 0, count: slotCount)
        tokenCounts.initialize(repeating: 0, count: slotCount)
        return body(PieceCache(hashes: hashes, lengths: lengths, tokenCounts: tokenCounts, pieces: pieces, tokens: tokens))
    }

    /// The cached tokens of a piece with this hash and these bytes, or nil.
    @inline(__always)
    func tokens(of piece: UnsafePointer<UInt8>, count: Int, hash: UInt64) -> UnsafeBufferPointer<UInt32>? {
        let slot = Int(truncatingIfNeeded: hash >> UInt64(64 - Self.slotBits))
        guard hashes[slot] == hash, Int(lengths[slot]) == count else { return nil }
        let stored = pieces + slot * Self.maxPieceLength
        for index in 0..<count where stored[index] != piece[index] { return nil }
        return UnsafeBufferPointer(start: tokens + slot * Self.maxTokens, count: Int(tokenCounts[slot]))
    }

    /// Remembers the tokens of a piece; ignores pieces or token lists too long to keep.
    @inline(__always)
    func store(_ piece: UnsafePointer<UInt8>, count: Int, hash: UInt64, tokens pieceTokens: UnsafePointer<Int>, tokenCount: Int) {
        guard count <= Self.maxPieceLength, tokenCount <= Self.maxTokens else { return }
        let slot = Int(truncatingIfNeeded: hash >> UInt64(64 - Self.slotBits))
        hashes[slot] = hash
        lengths[slot] = UInt8(count)
        tokenCounts[slot] = UInt8(tokenCount)
        (pieces + slot * Self.maxPieceLength).update(from: piece, count: count)
        let stored = tokens + slot * Self.maxTokens
        for index in 0..<tokenCount { stored[index] = UInt32(truncatingIfNeeded: pieceTokens[index]) }
    }
}
