import Foundation

/// A persistent collection of vectors with exact cosine top-k search.
///
/// The durable truth is one SQLite file (WAL mode, one transaction per write). At open the normalised vectors are
/// loaded once into a contiguous, 64-byte-aligned matrix in memory, which writes then update incrementally; a
/// search is one BLAS pass over that matrix (`sgemv` for a query, `sgemm` for a batch) split over
/// ``Options/threads`` threads, with a partial top-k selection instead of a sort.
///
/// The type is `Sendable`: any number of searches can run at once, from any threads, while one writer upserts
/// or deletes (writes are serialised; a search sees each write entirely or not at all).
///
/// ```swift
/// let index = try VectorDatabase(
///     url: URL(filePath: "index.sqlite"),
///     collection: VectorCollectionInfo(model: "text-embedding-3-small", dimensions: 1536))
/// try index.upsert([VectorRecord(id: "doc-1#0", vector: embedding, metadata: ["lang": "en"])])
/// let matches = try index.search(queryEmbedding, k: 5, filter: .equals("lang", "en"))
/// ```
///
/// Only one `VectorDatabase` should write a given file at a time (in this process or another): the in-memory matrix
/// does not see another writer's changes until the file is opened again.
///
/// ## Topics
/// ### Opening
/// - ``init(url:collection:options:)``
/// - ``open(url:options:)``
/// - ``Options``
/// ### Writing
/// - ``upsert(_:)``
/// - ``delete(ids:)``
/// - ``compact()``
/// ### Searching
/// - ``search(_:k:filter:)``
/// - ``search(batch:k:filter:)``
/// - ``waitForBackgroundWork()-30zs4``
/// - ``waitForBackgroundWork()-4mob``
/// ### Inspecting
/// - ``collection``
/// - ``count``
/// - ``contains(id:)``
/// - ``ids``
public final class VectorDatabase: Sendable {
    /// What the index holds: model name, dimensions and metric, as recorded in its file.
    public let collection: VectorCollectionInfo
    /// The options the index was opened with.
    public let options: Options
    /// The index file's location.
    public let url: URL

    private let storage: IndexStorage
    private let state: ReadWriteLock<IndexState>
    /// Serialises writers from planning (which rows new records get) through the in-memory update.
    private let writer = Lock()
    /// Moves the matrices onto huge pages after the load and after writes, when ``Options/hugePages`` is on.
    private let hugePages = HugePageBacking()

    /// Opens the index at `url`, creating it for `collection` when the file does not exist or holds no index yet.
    ///
    /// Opening loads every vector into memory: O(n·d), about a sequential read of the file.
    ///
    /// - Parameters:
    ///   - url: A file URL for the SQLite file. Its directory must exist.
    ///   - collection: The model, dimensions and metric the index is for.
    ///   - options: How to open and search. Defaults to ``Options/init(threads:synchronousCommits:quantization:rescoreMultiplier:hugePages:readOnly:)``.
    /// - Throws: ``VectorIndexError/Kind/collectionMismatch`` when the file holds an index of another model,
    ///   dimension count or metric; ``VectorIndexError/Kind/invalidArgument`` for dimensions below 1 or a metric
    ///   other than cosine; ``VectorIndexError/Kind/notADatabase``, ``VectorIndexError/Kind/unsupportedFormatVersion``,
    ///   ``VectorIndexError/Kind/corruptIndex`` or ``VectorIndexError/Kind/sqlite`` when the file cannot be used.
    public convenience init(
        url: URL, collection: VectorCollectionInfo, options: Options = .init()
    ) throws(VectorIndexError) {
        let path = url.path
        guard collection.dimensions >= 1 else {
            throw VectorIndexError(
                .invalidArgument, "dimensions must be at least 1, got \(collection.dimensions)", path: path)
        }
        guard collection.metric == .cosine else {
            throw VectorIndexError(
                .invalidArgument, "metric \"\(collection.metric)\" is not supported; use .cosine", path: path)
        }
        let storage = try IndexStorage(path: path, options: options)
        var recorded = try storage.readCollection()
        if recorded == nil {
            guard !options.readOnly else {
                throw VectorIndexError(.notADatabase, "the file holds no vector index and was opened read-only", path: path)
            }
            recorded = try storage.create(collection)
        }
        guard let recorded else {
            throw VectorIndexError(.sqlite, "the index could not be created", path: path)
        }
        guard recorded == collection else {
            throw VectorIndexError(
                .collectionMismatch,
                "the index holds \(recorded.dimensions)-dimensional \(recorded.metric) vectors of model "
                    + "\"\(recorded.model)\", not \(collection.dimensions)-dimensional \(collection.metric) vectors of "
                    + "model \"\(collection.model)\"; use another index file or re-embed with the index's model",
                path: path)
        }
        try self.init(url: url, storage: storage, collection: recorded, options: options)
    }

    /// Opens an existing index, reading its collection info from the file.
    ///
    /// - Parameters:
    ///   - url: The index file.
    ///   - options: How to open and search. Defaults to ``Options/init(threads:synchronousCommits:quantization:rescoreMultiplier:hugePages:readOnly:)``.
    /// - Returns: The opened index.
    /// - Throws: ``VectorIndexError/Kind/notFound`` when there is no file at `url`;
    ///   ``VectorIndexError/Kind/notADatabase`` when it is not a SQLite database or holds no vector index;
    ///   ``VectorIndexError/Kind/unsupportedFormatVersion``, ``VectorIndexError/Kind/corruptIndex`` or
    ///   ``VectorIndexError/Kind/sqlite`` when it cannot be read.
    public static func open(url: URL, options: Options = .init()) throws(VectorIndexError) -> VectorDatabase {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw VectorIndexError(
                .notFound, "no index file exists here; create one with VectorDatabase(url:collection:)", path: path)
        }
        let storage = try IndexStorage(path: path, options: options)
        guard let collection = try storage.readCollection() else {
            throw VectorIndexError(
                .notADatabase, "the file is a SQLite database but holds no vector index; pass an index file",
                path: path)
        }
        return try VectorDatabase(url: url, storage: storage, collection: collection, options: options)
    }

    /// Reads what an index file holds without loading its vectors: its collection and its number of records.
    ///
    /// Cost: one SQLite count over the ids, not a read of the vectors; the file is opened read-only.
    /// - Parameter url: The index file.
    /// - Returns: The collection recorded in the file and its record count.
    /// - Throws: The errors of ``open(url:options:)``.
    public static func inspect(url: URL) throws(VectorIndexError) -> (collection: VectorCollectionInfo, count: Int) {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw VectorIndexError(.notFound, "no index file exists here", path: path)
        }
        let storage = try IndexStorage(path: path, options: Options(readOnly: true))
        guard let collection = try storage.readCollection() else {
            throw VectorIndexError(.notADatabase, "the file is a SQLite database but holds no vector index", path: path)
        }
        return (collection, try storage.recordCount())
    }

    private init(
        url: URL, storage: IndexStorage, collection: VectorCollectionInfo, options: Options
    ) throws(VectorIndexError) {
        BLAS.configureThreading
        self.url = url
        self.storage = storage
        self.collection = collection
        self.options = options
        state = ReadWriteLock(
            try storage.loadState(dimensions: collection.dimensions, quantization: options.quantization))
        scheduleHugePages()
    }

    private func scheduleHugePages() {
        if options.hugePages { hugePages.schedule(state) }
    }

    /// Blocks until the work the index does in the background has finished: moving its matrices onto huge pages
    /// after an open or a write (see ``Options/hugePages``).
    ///
    /// Searches never need to wait for it; they are correct throughout and merely a few percent slower until it
    /// ends. Useful before measuring steady-state search speed.
    public func waitForBackgroundWork() {
        hugePages.waitUntilIdle()
    }

    /// Suspends until the work the index does in the background has finished, without blocking a thread; see the
    /// synchronous ``waitForBackgroundWork()``.
    public func waitForBackgroundWork() async {
        await hugePages.idle()
    }

    private func requireWritable() throws(VectorIndexError) {
        guard !options.readOnly else {
            throw VectorIndexError(.readOnly, "the index was opened read-only; open it without readOnly to write", path: url.path)
        }
    }

    // MARK: Inspecting

    /// The number of records in the index.
    public var count: Int { state.withReadLock { $0.liveCount } }

    /// Whether a record with `id` is in the index.
    public func contains(id: String) -> Bool { state.withReadLock { $0.rowOfID[id] != nil } }

    /// Every record id, in insertion order (the order ties are broken in).
    public var ids: [String] { state.withReadLock { $0.ids.compactMap { $0 } } }

    /// The stored records with the given ids, in the order given; ids not in the index are left out.
    ///
    /// Vectors come back as stored: L2-normalised.
    public func records(ids: [String]) -> [VectorRecord] {
        state.withReadLock { state in
            ids.compactMap { id in
                guard let row = state.rowOfID[id] else { return nil }
                let vector = Array(UnsafeBufferPointer(start: state.matrix.row(row), count: state.dimensions))
                return VectorRecord(id: id, vector: vector, metadata: state.metadata[row])
            }
        }
    }

    // MARK: Writing

    /// Inserts records, replacing any with the same id, in one transaction.
    ///
    /// Vectors are L2-normalised before they are stored. A replaced record keeps its original position for
    /// tie-breaking. Cost: O(batch·d) plus one SQLite commit; the in-memory matrix is updated in place, never reloaded.
    ///
    /// - Parameter records: The records to write; an empty array does nothing.
    /// - Throws: ``VectorIndexError/Kind/dimensionMismatch``, ``VectorIndexError/Kind/invalidVector`` (NaN, infinity,
    ///   all zeros), ``VectorIndexError/Kind/duplicateID`` (an id twice in the batch) or
    ///   ``VectorIndexError/Kind/invalidArgument`` (an empty id) before anything is written;
    ///   ``VectorIndexError/Kind/sqlite`` when the commit fails, in which case nothing is written either.
    public func upsert(_ records: [VectorRecord]) throws(VectorIndexError) {
        guard !records.isEmpty else { return }
        try requireWritable()
        var seen = Set<String>()
        seen.reserveCapacity(records.count)
        var normalized: [[Float]] = []
        normalized.reserveCapacity(records.count)
        for (position, record) in records.enumerated() {
            guard !record.id.isEmpty else {
                throw VectorIndexError(.invalidArgument, "record \(position) of the batch has an empty id; give it one")
            }
            guard seen.insert(record.id).inserted else {
                throw VectorIndexError(
                    .duplicateID, "id \"\(record.id)\" appears more than once in the batch; send each id once")
            }
            normalized.append(
                try VectorNormalization.normalized(
                    record.vector, dimensions: collection.dimensions, describing: "the vector of record \"\(record.id)\""))
        }
        try writer.withLock { () throws(VectorIndexError) in
            let stored = state.withReadLock { state in
                var nextRow = state.nextStoredRow
                return zip(records, normalized).map { record, vector in
                    let row: Int64
                    if let existing = state.storedRow(forID: record.id) {
                        row = existing
                    } else {
                        row = nextRow
                        nextRow += 1
                    }
                    return IndexStorage.StoredRecord(row: row, id: record.id, metadata: record.metadata, vector: vector)
                }
            }
            try storage.write(upserting: stored, deletingRows: []) {
                state.withWriteLock { state in
                    state.reserve(additional: stored.count)
                    for record in stored {
                        state.upsert(
                            id: record.id, storedRow: record.row, metadata: record.metadata, vector: record.vector)
                    }
                }
            }
        }
        scheduleHugePages()
    }

    /// Deletes the records with the given ids, in one transaction; ids not in the index are ignored.
    ///
    /// Deleted rows are tombstoned in memory and compacted away once they make up a quarter of the matrix.
    ///
    /// - Parameter ids: The ids to delete.
    /// - Returns: How many records were deleted.
    /// - Throws: ``VectorIndexError/Kind/sqlite`` when the commit fails, in which case nothing is deleted.
    @discardableResult
    public func delete(ids: [String]) throws(VectorIndexError) -> Int {
        try requireWritable()
        return try writer.withLock { () throws(VectorIndexError) -> Int in
            let targets = state.withReadLock { state in
                Set(ids).compactMap { id in state.storedRow(forID: id).map { (id: id, row: $0) } }
            }
            guard !targets.isEmpty else { return 0 }
            try storage.write(upserting: [], deletingRows: targets.map(\.row)) {
                state.withWriteLock { state in
                    for target in targets { state.remove(id: target.id) }
                    state.compactIfWorthwhile()
                }
            }
            return targets.count
        }
    }

    /// Drops deleted records from memory now and gives their disk space back (SQLite `VACUUM`).
    ///
    /// > Warning: `VACUUM` rewrites the whole file: O(file size), and it needs that much free disk space.
    ///
    /// - Throws: ``VectorIndexError/Kind/sqlite`` when SQLite cannot rewrite the file.
    public func compact() throws(VectorIndexError) {
        try requireWritable()
        try writer.withLock { () throws(VectorIndexError) in
            state.withWriteLock { $0.compact() }
            try storage.vacuum()
        }
    }

    // MARK: Searching

    /// Returns the `k` records most similar to `query`, best first.
    ///
    /// Exact: one pass over every candidate vector. Ties are broken by insertion order (earlier first). With a
    /// `filter`, only matching records are candidates, so `k` results come back whenever `k` records match.
    ///
    /// - Parameters:
    ///   - query: The query vector (any non-zero length; it is normalised).
    ///   - k: How many matches to return, at least 1; fewer come back when fewer records are candidates.
    ///   - filter: A condition records must meet. Defaults to `nil` (every record).
    /// - Returns: Up to `k` matches, highest score first.
    /// - Throws: ``VectorIndexError/Kind/invalidArgument`` when `k < 1`; ``VectorIndexError/Kind/dimensionMismatch``
    ///   or ``VectorIndexError/Kind/invalidVector`` for a bad query.
    public func search(_ query: [Float], k: Int, filter: VectorFilter? = nil) throws(VectorIndexError) -> [VectorMatch] {
        try search(batch: [query], k: k, filter: filter)[0]
    }

    /// Returns the `k` records most similar to each query, best first: one BLAS `sgemm` pass for the whole batch.
    ///
    /// - Parameters:
    ///   - queries: The query vectors; an empty array returns an empty array.
    ///   - k: How many matches to return per query, at least 1.
    ///   - filter: A condition records must meet, applied to every query. Defaults to `nil`.
    /// - Returns: One array of matches per query, in the order of `queries`.
    /// - Throws: ``VectorIndexError/Kind/invalidArgument`` when `k < 1`; ``VectorIndexError/Kind/dimensionMismatch``
    ///   or ``VectorIndexError/Kind/invalidVector`` for a bad query (naming its position).
    public func search(
        batch queries: [[Float]], k: Int, filter: VectorFilter? = nil
    ) throws(VectorIndexError) -> [[VectorMatch]] {
        guard k >= 1 else {
            throw VectorIndexError(.invalidArgument, "k must be at least 1, got \(k)")
        }
        guard !queries.isEmpty else { return [] }
        var flat: [Float] = []
        flat.reserveCapacity(queries.count * collection.dimensions)
        for (position, query) in queries.enumerated() {
            flat += try VectorNormalization.normalized(
                query, dimensions: collection.dimensions,
                describing: queries.count == 1 ? "the query" : "query \(position) of the batch")
        }
        let options = options
        return state.withReadLock { state in
            let search = ExactSearch(state: state, threads: options.threads, rescoreMultiplier: options.rescoreMultiplier)
            let candidates = search.candidates(for: filter)
            return search.search(queries: flat, queryCount: queries.count, k: k, candidates: candidates).map { entries in
                entries.map { VectorMatch(id: state.ids[$0.row] ?? "", score: $0.score) }
            }
        }
    }
}
