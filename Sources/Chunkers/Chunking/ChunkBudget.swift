/// A validated token budget: the most tokens per chunk, and the most shared by neighbours.
struct ChunkBudget: Sendable, Hashable {
    /// OpenAI's `static` chunking strategy limits, used by ``TokenWindowChunker``.
    static let staticStrategySizes = 100...4096
    /// The limits for the structure-aware chunkers: small enough to hold any Unicode scalar
    /// (at most 4 byte tokens), and no more than an embeddings request accepts.
    static let structuralSizes = 16...8191

    let size: Int
    let overlap: Int

    init(size: Int, overlap: Int, allowedSizes: ClosedRange<Int>, chunker: String) throws(ChunkingError) {
        guard allowedSizes.contains(size) else {
            throw ChunkersError(
                kind: .invalidConfiguration,
                message: "\(chunker) size \(size) is outside \(allowedSizes.lowerBound)…\(allowedSizes.upperBound) tokens")
        }
        guard overlap >= 0, overlap <= size / 2 else {
            throw ChunkersError(
                kind: .invalidConfiguration,
                message: "\(chunker) overlap \(overlap) must be between 0 and half the size (\(size / 2) tokens)")
        }
        self.size = size
        self.overlap = overlap
    }
}
