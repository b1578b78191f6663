import Chunkers
import VectorIndex

/// Runs a search over an index: vector, keyword, or both fused by reciprocal rank fusion.
///
/// Filters become a document set first, then a vector-id set (``VectorFilter/ids(_:)``) and an SQL
/// restriction, so they apply before top-k and a filtered search still returns k results when k
/// chunks match.
struct Retriever: Sendable {
    let store: IndexStore
    let embedder: (any Embedder)?

    func search(_ query: String, options: SearchOptions) async throws -> [SearchHit] {
        guard options.k > 0 else { throw RAGError(.invalidArgument, "k must be at least 1 (got \(options.k)).") }
        guard options.fusionK > 0 else { throw RAGError(.invalidArgument, "The fusion constant must be positive (got \(options.fusionK)).") }
        guard SearchMode.allKnown.contains(options.mode) else {
            throw RAGError(.invalidArgument, "Unknown search mode '\(options.mode)': use vector, keyword or hybrid.")
        }
        var options = options
        if options.mode == .automatic { options.mode = embedder is LocalEmbedder || embedder == nil ? .keyword : .hybrid }
        let allowed = try await allowedDocuments(options)
        if let allowed, allowed.isEmpty { return [] }
        // Deeper than k: results are grouped by document and maps go last, so more candidates are needed. Hybrid
        // fusion reaches deeper still: a document one ranking puts first must meet, in the other, its own rank there
        // rather than none at all, or documents both rankings list in the middle overtake it.
        let depth = options.mode == .hybrid ? max(options.k * 40, 400) : max(options.k * 8, 50)
        var rankings: [[StoredChunk]] = []
        var scores: [Int64: Double] = [:]
        var decisive: Int64?
        if options.mode != .keyword {
            let ranked = try await vectorRanking(query, depth: depth, allowed: allowed)
            rankings.append(ranked.map(\.chunk))
            for entry in ranked { scores[entry.chunk.id] = entry.score }
        }
        var byPassage: [StoredChunk] = []
        if options.mode != .vector {
            let ranked = try await keywordRankings(query, depth: depth, allowed: allowed, byPassage: options.mode == .keyword)
            rankings.append(ranked.chunks.map(\.chunk))
            byPassage = ranked.byPassage
            if options.mode == .keyword {
                for entry in ranked.chunks { scores[entry.chunk.id] = entry.score }
            } else {
                decisive = Self.decisiveDocument(ranked.chunks)
            }
        }
        let byID = Dictionary((rankings.joined() + byPassage).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered: [(chunk: StoredChunk, score: Double)]
        if options.mode == .hybrid {
            // Vector ranking first, keyword second (see above); a semantic embedder's ranking weighs more.
            let vectorWeight = options.vectorWeight ?? (embedder is LocalEmbedder ? 1 : SearchOptions.semanticVectorWeight)
            ordered = DocumentFusion.fuse(rankings, k: options.fusionK, weights: [vectorWeight, 1], leading: decisive).compactMap { entry in
                byID[entry.key].map { ($0, entry.score) }
            }
        } else if options.mode == .keyword, !byPassage.isEmpty {
            // Whole chunks and their passages, fused at the level of documents (see KeywordPassages).
            ordered = DocumentFusion.fuse(rankings + [byPassage], k: options.fusionK, weights: [1, SearchOptions.passageKeywordWeight])
                .compactMap { entry in byID[entry.key].map { ($0, entry.score) } }
        } else {
            ordered = (rankings.first ?? []).map { ($0, scores[$0.id] ?? 0) }
        }
        return ResultGrouping.select(ordered, options: options).enumerated().map { index, entry in
            let passage = PassageTrimmer.trim(entry.chunk.text, startsMidWord: entry.chunk.cutStart, endsMidWord: entry.chunk.cutEnd)
            return SearchHit(rank: index + 1, score: entry.score, path: entry.chunk.path, headingPath: entry.chunk.headingPath,
                             page: entry.chunk.page, chunkIndex: entry.chunk.ordinal, text: entry.chunk.text,
                             passage: passage.displayText, role: DocumentRole(rawValue: entry.chunk.role))
        }
    }

    /// The document the keyword ranking finds decisively: its best score at least
    /// ``SearchOptions/decisiveKeywordRatio`` times the next document's, or the only document found.
    static func decisiveDocument(_ ranked: [(chunk: StoredChunk, score: Double)]) -> Int64? {
        guard let first = ranked.first, first.score > 0 else { return nil }
        guard let next = ranked.first(where: { $0.chunk.documentID != first.chunk.documentID }) else { return first.chunk.documentID }
        return first.score >= SearchOptions.decisiveKeywordRatio * next.score ? first.chunk.documentID : nil
    }

    private func allowedDocuments(_ options: SearchOptions) async throws(RAGError) -> Set<Int64>? {
        let glob = options.pathGlob.flatMap { $0.isEmpty ? nil : PathGlob($0) }
        guard glob != nil || !options.metadata.isEmpty else { return nil }
        return Set(try await store.storage.documentSummaries().filter { document in
            (glob?.matches(document.path) ?? true)
                && options.metadata.allSatisfy { document.metadata[$0.key] == $0.value }
        }.map(\.id))
    }

    private func vectorRanking(_ query: String, depth: Int, allowed: Set<Int64>?) async throws -> [(chunk: StoredChunk, score: Double)] {
        guard let embedder else {
            throw RAGError(.missingAPIKey, "This index was built with \(store.settings.embeddingModel), which needs its embeddings provider: configure it, or search by keyword.", remedy: .setAPIKey)
        }
        let storage = store.storage
        guard try await storage.vectorCount() > 0 else { return [] }
        let statistics = try await storage.termStatistics(for: WordScanner.words(in: query))
        let vector = try await embedder.embedQuery(query, statistics: statistics)
        guard vector.contains(where: { $0 != 0 }) else { return [] }
        var among: Set<String>?
        if let allowed {
            among = try await storage.textHashes(documentIDs: allowed)
            if among?.isEmpty == true { return [] }
        }
        let matches = try await storage.nearestVectors(to: vector, k: depth, among: among)
        let chunks = Dictionary(grouping: try await storage.chunks(withTextHashes: matches.map(\.id), documentIDs: allowed),
                                by: \.textHash)
        return matches.flatMap { match in (chunks[match.id] ?? []).map { ($0, Double(match.score)) } }
    }

    /// The chunk ranking, and with `byPassage` the ranking of chunks by their best passage (keyword mode's second
    /// ranking; hybrid fusion uses the chunk ranking alone).
    private func keywordRankings(_ query: String, depth: Int, allowed: Set<Int64>?, byPassage: Bool) async throws(RAGError)
        -> (chunks: [(chunk: StoredChunk, score: Double)], byPassage: [StoredChunk]) {
        let storage = store.storage
        let ranked = try await storage.keywordSearch(query, limit: depth, documentIDs: allowed)
        let passageRanked = byPassage ? try await storage.passageKeywordSearch(query, limit: depth, documentIDs: allowed) : []
        let ids = Array(Set(ranked.map(\.id) + passageRanked.map(\.id)))
        let chunks = Dictionary(uniqueKeysWithValues: try await storage.chunks(ids: ids).map { ($0.id, $0) })
        return (ranked.compactMap { entry in chunks[entry.id].map { ($0, entry.score) } },
                passageRanked.compactMap { chunks[$0.id] })
    }
}
