import Chunkers

/// Turns ranked chunks into the results a user judges: content before maps, at most a few passages per document.
enum ResultGrouping {
    /// The first `options.k` chunks of `ordered` after filtering by role, putting maps after content (stable), and
    /// keeping at most `options.perDocument` chunks of each document.
    static func select(_ ordered: [(chunk: StoredChunk, score: Double)], options: SearchOptions) -> [(chunk: StoredChunk, score: Double)] {
        let mapRole = DocumentRole.map.rawValue
        let filtered = options.role.map { role in ordered.filter { $0.chunk.role == role.rawValue } } ?? ordered
        let content = filtered.filter { $0.chunk.role != mapRole }
        let maps = filtered.filter { $0.chunk.role == mapRole }
        var perDocument: [Int64: Int] = [:]
        var selected: [(chunk: StoredChunk, score: Double)] = []
        for entry in content + maps where selected.count < options.k {
            let count = perDocument[entry.chunk.documentID, default: 0]
            guard count < max(1, options.perDocument) else { continue }
            perDocument[entry.chunk.documentID] = count + 1
            selected.append(entry)
        }
        return selected
    }
}

/// Hybrid fusion at the level users judge: documents are fused by reciprocal rank fusion of their best rank in
/// each ranking, and within a document its chunks keep their chunk-level fused order.
///
/// A document found near the top by both rankings, through different passages, rises as it should; chunk-level
/// fusion would count it twice as two weak candidates. A `leading` document (one a ranking found decisively) comes
/// first whatever its fused score.
enum DocumentFusion {
    static func fuse(_ rankings: [[StoredChunk]], k: Int, weights: [Double], leading: Int64? = nil) -> [(key: Int64, score: Double)] {
        let chunkOrder = ReciprocalRankFusion.fuse(rankings.map { $0.map(\.id) }, k: k, weights: weights)
        let documentOf = Dictionary(rankings.joined().map { ($0.id, $0.documentID) }, uniquingKeysWith: { first, _ in first })
        let documentRankings = rankings.map { ranking -> [Int64] in
            var seen = Set<Int64>()
            return ranking.compactMap { seen.insert($0.documentID).inserted ? $0.documentID : nil }
        }
        var documentOrder = ReciprocalRankFusion.fuse(documentRankings, k: k, weights: weights)
        if let leading, let position = documentOrder.firstIndex(where: { $0.key == leading }), position > 0 {
            var lead = documentOrder.remove(at: position)
            lead.score = max(lead.score, documentOrder[0].score)
            documentOrder.insert(lead, at: 0)
        }
        let documentScores = Dictionary(uniqueKeysWithValues: documentOrder.map { ($0.key, $0.score) })
        let documentPosition = Dictionary(uniqueKeysWithValues: documentOrder.enumerated().map { ($1.key, $0) })
        let chunkPosition = Dictionary(uniqueKeysWithValues: chunkOrder.enumerated().map { ($1.key, $0) })
        return chunkOrder.sorted { lhs, rhs in
            let lhsDocument = documentOf[lhs.key].flatMap { documentPosition[$0] } ?? Int.max
            let rhsDocument = documentOf[rhs.key].flatMap { documentPosition[$0] } ?? Int.max
            if lhsDocument != rhsDocument { return lhsDocument < rhsDocument }
            return (chunkPosition[lhs.key] ?? Int.max) < (chunkPosition[rhs.key] ?? Int.max)
        }.map { entry in (key: entry.key, score: documentOf[entry.key].flatMap { documentScores[$0] } ?? entry.score) }
    }
}
