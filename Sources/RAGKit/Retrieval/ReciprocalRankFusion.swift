/// Reciprocal rank fusion: `score(d) = Σ 1 / (k + rank(d))` over the rankings that contain `d`.
///
/// Ties are broken by the best single rank, then by the key, so the fused order is deterministic.
enum ReciprocalRankFusion {
    /// - Parameter weights: One weight per ranking (default 1 each): weighted RRF, `Σ w / (k + rank)`.
    static func fuse<Key: Hashable & Comparable>(_ rankings: [[Key]], k: Int = 60, weights: [Double] = []) -> [(key: Key, score: Double)] {
        var scores: [Key: Double] = [:]
        var bestRank: [Key: Int] = [:]
        for (position, ranking) in rankings.enumerated() {
            let weight = position < weights.count ? weights[position] : 1
            for (index, key) in ranking.enumerated() {
                scores[key, default: 0] += weight / Double(k + index + 1)
                bestRank[key] = min(bestRank[key] ?? Int.max, index)
            }
        }
        return scores.map { (key: $0.key, score: $0.value) }.sorted { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            let lhsRank = bestRank[lhs.key] ?? Int.max, rhsRank = bestRank[rhs.key] ?? Int.max
            if lhsRank != rhsRank { return lhsRank < rhsRank }
            return lhs.key < rhs.key
        }
    }
}
