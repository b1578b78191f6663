import Foundation
import VectorIndex

/// ``IndexStorage`` in one generation directory: the catalog (`catalog.sqlite`: documents, chunks, FTS5, journal,
/// runs) and the vector store (`vectors.sqlite`, searched by an exact BLAS scan, loaded on first use).
struct SQLiteIndexStorage: IndexStorage {
    /// The generation directory holding both files.
    let data: URL
    /// The index directory, whose `lock` file an indexing run holds.
    let lockDirectory: URL
    let catalog: Catalog
    let vectors: VectorStoreHandle

    func documentStates() throws(RAGError) -> [String: DocumentState] { try catalog.documentStates() }
    func documentSummaries() throws(RAGError) -> [DocumentSummary] { try catalog.documentSummaries() }
    func documentEntries(path: String?) throws(RAGError) -> [DocumentEntry] { try catalog.documentEntries(path: path) }
    func updateFileStats(_ states: [DocumentState]) throws(RAGError) { try catalog.updateFileStats(states) }

    func commit(documents: [CatalogDocument], removing removedPaths: [String]) throws(RAGError) {
        try catalog.commit(documents: documents, removing: removedPaths)
    }

    func chunks(withTextHashes hashes: [String], documentIDs: Set<Int64>?) throws(RAGError) -> [StoredChunk] {
        try catalog.chunks(withTextHashes: hashes, documentIDs: documentIDs)
    }

    func chunks(ids: [Int64]) throws(RAGError) -> [StoredChunk] { try catalog.chunks(ids: ids) }
    func chunks(documentPath path: String) throws(RAGError) -> [StoredChunk] { try catalog.chunks(documentPath: path) }
    func textHashes(documentIDs: Set<Int64>) throws(RAGError) -> Set<String> { try catalog.textHashes(documentIDs: documentIDs) }

    func exportDocuments(paths: [String]) throws(RAGError) -> [CatalogDocument] { try catalog.exportDocuments(paths: paths) }

    func vectors(ids: [String]) throws(RAGError) -> [(id: String, vector: [Float])] {
        try vectors.database().records(ids: ids).map { ($0.id, $0.vector) }
    }

    func textsMissingVectors() throws(RAGError) -> [(textHash: String, text: String, tokenCount: Int)] {
        let vectors = try vectors.database()
        let missing = try catalog.referencedTextHashes().filter { !vectors.contains(id: $0) }
        return try catalog.chunkTexts(forTextHashes: missing)
    }

    func keywordSearch(_ query: String, limit: Int, documentIDs: Set<Int64>?) throws(RAGError) -> [(id: Int64, score: Double)] {
        try catalog.keywordSearch(query, limit: limit, documentIDs: documentIDs)
    }

    func passageKeywordSearch(_ query: String, limit: Int, documentIDs: Set<Int64>?) throws(RAGError) -> [(id: Int64, score: Double)] {
        try catalog.passageKeywordSearch(query, limit: limit, documentIDs: documentIDs)
    }

    func termStatistics(for words: [String]) -> TermCounts {
        TermCounts(documentCount: catalog.documentCount, frequencies: catalog.documentFrequencies(of: words))
    }

    func vectorCount() throws(RAGError) -> Int { try vectors.count() }

    func idsMissingVectors(_ ids: [String]) throws(RAGError) -> Set<String> {
        let vectors = try vectors.database()
        return Set(ids.filter { !vectors.contains(id: $0) })
    }

    func journal(textHashes: [String]) throws(RAGError) { try catalog.journal(textHashes: textHashes) }

    func storeVectors(_ records: [(id: String, vector: [Float])]) throws(RAGError) {
        do {
            try vectors.database().upsert(records.map { VectorRecord(id: $0.id, vector: $0.vector, metadata: [:]) })
        } catch {
            throw RAGError.storage("store vectors", in: "the vector store", at: vectors.url, error)
        }
    }

    func nearestVectors(to query: [Float], k: Int, among ids: Set<String>?) throws(RAGError) -> [(id: String, score: Float)] {
        let vectors = try vectors.database()
        guard vectors.count > 0 else { return [] }
        do {
            return try vectors.search(query, k: k, filter: ids.map { .ids($0) }).map { ($0.id, $0.score) }
        } catch {
            throw RAGError.storage("search the vectors", in: "the vector store", at: vectors.url, error)
        }
    }

    func collectUnreferencedVectors() throws(RAGError) -> Int {
        let orphans = try catalog.unreferencedJournalEntries()
        if !orphans.isEmpty {
            do {
                _ = try vectors.database().delete(ids: orphans)
            } catch {
                throw RAGError.storage("delete unreferenced vectors", in: "the vector store", at: vectors.url, error)
            }
        }
        try catalog.clearJournal()
        return orphans.count
    }

    func recordRun(startedAt: Date, summary: IndexingSummary) throws(RAGError) {
        try catalog.recordRun(startedAt: startedAt, summary: summary)
    }

    func lastRun() throws(RAGError) -> (finishedAt: Date, summary: IndexingSummary?)? { try catalog.lastRun() }
    func counts() throws(RAGError) -> CatalogCounts { try catalog.counts() }

    func mirrorLocalFiles() throws(RAGError) -> [MirrorLocalFile] { try catalog.mirrorLocalFiles() }
    func mirrorLedger() -> any MirrorLedger { catalog.mirrorLedger }

    func lockForIndexing() throws(RAGError) -> any IndexingLock { try IndexLock(directory: lockDirectory) }

    func bytesUsed() -> Int64 {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []
        return names.reduce(Int64(0)) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: data.appending(path: name).path)
            return total + ((attributes?[.size] as? NSNumber)?.int64Value ?? 0)
        }
    }
}
