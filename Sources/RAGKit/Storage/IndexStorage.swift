import Foundation

/// Where an index keeps its documents, chunks, keyword index, vectors and run log: the seam between the pipeline
/// (indexing, retrieval, answering) and a storage engine.
///
/// The pipeline talks only to this protocol; ``SQLiteIndexStorage`` keeps one generation in a `catalog.sqlite`
/// and a `vectors.sqlite` file. Every method is safe to call from concurrent tasks; searches may run while an
/// indexing run writes and see only committed documents.
protocol IndexStorage: Sendable {
    // MARK: Documents

    /// What is stored of every document, by path, to decide without reading a file whether it changed.
    func documentStates() async throws(RAGError) -> [String: DocumentState]
    /// Every document's id, path and metadata, for filters.
    func documentSummaries() async throws(RAGError) -> [DocumentSummary]
    /// The documents' entries sorted by path; only the one at `path` when given.
    func documentEntries(path: String?) async throws(RAGError) -> [DocumentEntry]
    /// Records new stat values of files whose content did not change.
    func updateFileStats(_ states: [DocumentState]) async throws(RAGError)
    /// Replaces documents (by path) with their chunks and removes other paths, atomically; the text hashes of
    /// replaced or removed chunks are journaled for ``collectUnreferencedVectors()``.
    func commit(documents: [CatalogDocument], removing removedPaths: [String]) async throws(RAGError)

    // MARK: Chunks

    /// The chunks backed by the given text hashes, optionally only those of some documents.
    func chunks(withTextHashes hashes: [String], documentIDs: Set<Int64>?) async throws(RAGError) -> [StoredChunk]
    /// The chunks with the given ids, in no particular order.
    func chunks(ids: [Int64]) async throws(RAGError) -> [StoredChunk]
    /// The chunks of the document at `path`, in order.
    func chunks(documentPath path: String) async throws(RAGError) -> [StoredChunk]
    /// The text hashes of the chunks of some documents.
    func textHashes(documentIDs: Set<Int64>) async throws(RAGError) -> Set<String>
    /// The documents at `paths` with every chunk, as ``commit(documents:removing:)`` takes them: for copying an index.
    func exportDocuments(paths: [String]) async throws(RAGError) -> [CatalogDocument]
    /// Chunk texts the catalog references but that have no vector (one per text hash).
    func textsMissingVectors() async throws(RAGError) -> [(textHash: String, text: String, tokenCount: Int)]

    // MARK: Search

    /// Chunk ids ranked by keyword relevance, best first, with a score where higher is better.
    func keywordSearch(_ query: String, limit: Int, documentIDs: Set<Int64>?) async throws(RAGError) -> [(id: Int64, score: Double)]
    /// Chunk ids ranked by the keyword relevance of their best ``KeywordPassages`` passage, best first, with a score
    /// where higher is better; empty where the storage ranks whole chunks only.
    func passageKeywordSearch(_ query: String, limit: Int, documentIDs: Set<Int64>?) async throws(RAGError) -> [(id: Int64, score: Double)]
    /// Chunk counts and the chunk frequencies of `words`, for the lexical embedder's weights.
    func termStatistics(for words: [String]) async throws(RAGError) -> TermCounts

    // MARK: Vectors

    /// The number of stored vectors.
    func vectorCount() async throws(RAGError) -> Int
    /// Which of `ids` (text hashes) have no stored vector.
    func idsMissingVectors(_ ids: [String]) async throws(RAGError) -> Set<String>
    /// The stored vectors of `ids` (those that exist).
    func vectors(ids: [String]) async throws(RAGError) -> [(id: String, vector: [Float])]
    /// Notes text hashes whose vectors are about to be written, before they are written (a killed run's
    /// vectors are then collected if nothing references them).
    func journal(textHashes: [String]) async throws(RAGError)
    /// Stores vectors by text hash, replacing existing ones.
    func storeVectors(_ vectors: [(id: String, vector: [Float])]) async throws(RAGError)
    /// The `k` stored vectors most similar to `query` by cosine, optionally only among `ids`, best first.
    func nearestVectors(to query: [Float], k: Int, among ids: Set<String>?) async throws(RAGError) -> [(id: String, score: Float)]
    /// Deletes the journaled vectors no chunk references any more and clears the journal.
    /// - Returns: How many vectors were deleted.
    func collectUnreferencedVectors() async throws(RAGError) -> Int

    // MARK: Runs

    /// Records a completed run.
    func recordRun(startedAt: Date, summary: IndexingSummary) async throws(RAGError)
    /// The last completed run.
    func lastRun() async throws(RAGError) -> (finishedAt: Date, summary: IndexingSummary?)?
    /// Document, chunk and token counts.
    func counts() async throws(RAGError) -> CatalogCounts
    /// The bytes the index takes in its storage.
    func bytesUsed() async -> Int64

    // MARK: Mirror

    /// The documents as the vector store mirror describes them (path, content hash, size, kind, metadata), sorted by
    /// path, read in one statement.
    func mirrorLocalFiles() async throws(RAGError) -> [MirrorLocalFile]
    /// The records of the index's mirror, kept beside the index (its catalog, its schema); reading it before the first
    /// mirror run finds no store.
    func mirrorLedger() -> any MirrorLedger

    // MARK: Coordination

    /// Takes the index's indexing lock, held until released.
    /// - Throws: ``RAGError/Kind/indexBusy`` when another run (in any process) holds it.
    func lockForIndexing() async throws(RAGError) -> any IndexingLock
}

/// Chunk counts of an index's words, read once per query (a ``TermStatistics`` for the lexical embedder).
struct TermCounts: TermStatistics, Hashable {
    /// The number of chunks.
    var documentCount: Int
    /// Chunk frequencies of the words asked for.
    var frequencies: [String: Int]

    func documentFrequencies(of words: [String]) -> [String: Int] {
        frequencies.filter { words.contains($0.key) }
    }
}
