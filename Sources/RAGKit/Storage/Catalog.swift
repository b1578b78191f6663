import Foundation
internal import GRDB
import VectorIndex

/// The catalog database (`catalog.sqlite`): settings, documents, chunks, the FTS5 keyword index,
/// the journal of vectors that may need collecting, and the runs.
///
/// WAL mode: readers (searches) never block the writer (an indexing run) and see only committed
/// documents.
final class Catalog: Sendable {
    static let fileName = "catalog.sqlite"

    private let pool: any DatabaseWriter
    /// The catalog file.
    let url: URL
    /// Whether the catalog has the passage keyword index (a read-only catalog may predate it).
    private let hasPassages: Bool
    /// The column of documents' text revisions, or `0` in a read-only catalog made before it.
    private let textRevisionColumn: String

    /// Opens the catalog at `url`: created and migrated when `create` is true, read-only when `readOnly` is.
    ///
    /// A read-only catalog runs no migration and writes nothing, so it opens in a directory the process cannot
    /// write (WAL mode then needs the `-shm` file a writer leaves; without it the error says to open it once as
    /// its owner).
    init(url: URL, create: Bool, readOnly: Bool = false) throws(RAGError) {
        self.url = url
        if !create, !FileManager.default.fileExists(atPath: url.path) {
            throw RAGError(.noIndex, "No index catalog at \(url.path).", remedy: .createIndex)
        }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            if readOnly {
                configuration.readonly = true
                let queue = try DatabaseQueue(path: url.path, configuration: configuration)
                (hasPassages, textRevisionColumn) = try queue.read { db in
                    _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM settings")
                    let hasRevisions = try db.columns(in: "documents").contains { $0.name == "textRevision" }
                    return (try db.tableExists("passages_fts"), hasRevisions ? "textRevision" : "0")
                }
                pool = queue
            } else {
                configuration.prepareDatabase { db in PersistentJournal.enable(on: db) }
                let pool = try DatabasePool(path: url.path, configuration: configuration)
                try CatalogSchema.migrator.migrate(pool)
                hasPassages = true
                textRevisionColumn = "textRevision"
                self.pool = pool
            }
        } catch {
            throw RAGError(opening: "the index catalog", at: url, error)
        }
    }

    /// Copies the mirror ledger of another catalog (a generation this one replaces), so a rebuilt index keeps
    /// the links to the files it mirrored; does nothing when that catalog has none or cannot be read.
    /// - Parameter replacing: Whether this catalog's records are removed first, so that it ends with exactly the
    ///   other's (a mirror run may have removed records from the live index while this generation was built).
    func copyMirrorLedger(from previous: URL, replacing: Bool = false) {
        guard FileManager.default.fileExists(atPath: previous.path) else { return }
        _ = try? SQLiteMirrorLedger.open(at: url)
        try? pool.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS previous", arguments: [previous.path])
            defer { try? db.execute(sql: "DETACH DATABASE previous") }
            let tables = try String.fetchAll(db, sql: "SELECT name FROM previous.sqlite_master WHERE type = 'table' AND name IN ('mirror_store', 'mirror_files')")
            guard tables.count == 2 else { return }
            try db.inTransaction {
                // Column by column: the previous catalog may predate a column this one has.
                for table in ["mirror_store", "mirror_files"] {
                    if replacing { try db.execute(sql: "DELETE FROM main.\(table)") }
                    let previousColumns = Set(try Row.fetchAll(db, sql: "PRAGMA previous.table_info(\(table))").map { $0["name"] as String })
                    let columns = try Row.fetchAll(db, sql: "PRAGMA main.table_info(\(table))").map { $0["name"] as String }
                        .filter(previousColumns.contains).joined(separator: ", ")
                    try db.execute(sql: "INSERT OR REPLACE INTO main.\(table) (\(columns)) SELECT \(columns) FROM previous.\(table)")
                }
                return .commit
            }
        }
    }

    /// The mirror's records in this catalog, over its connections.
    var mirrorLedger: SQLiteMirrorLedger { SQLiteMirrorLedger(writer: pool) }

    // MARK: Settings

    func setting(_ key: String) throws(RAGError) -> String? {
        try read("read the index settings") { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key])
        }
    }

    func setSettings(_ values: [String: String]) throws(RAGError) {
        try write("write the index settings") { db in
            for (key, value) in values {
                try db.execute(sql: "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", arguments: [key, value])
            }
        }
    }

    // MARK: Documents

    func documentStates() throws(RAGError) -> [String: DocumentState] {
        try read("read the document list") { db in
            var states: [String: DocumentState] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, mtime, contentHash, \(textRevisionColumn) FROM documents")
            while let row = try rows.next() {
                let state = DocumentState(id: row[0], path: row[1], size: row[2], mtime: row[3], contentHash: row[4], textRevision: row[5])
                states[state.path] = state
            }
            return states
        }
    }

    func documentSummaries() throws(RAGError) -> [DocumentSummary] {
        try read("read the document list") { db in
            try Row.fetchAll(db, sql: "SELECT id, path, metadata FROM documents ORDER BY path").map { row in
                DocumentSummary(id: row[0], path: row[1], metadata: JSONColumn.decode(row[2], as: [String: String].self) ?? [:])
            }
        }
    }

    /// The documents' entries, sorted by path; only the one at `path` when given.
    func documentEntries(path: String?) throws(RAGError) -> [DocumentEntry] {
        try read("read the document list") { db in
            var sql = "SELECT path, kind, metadata, chunkCount FROM documents"
            var arguments: StatementArguments = []
            if let path {
                sql += " WHERE path = ?"
                arguments = [path]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY path", arguments: arguments).map { row in
                DocumentEntry(path: row[0], kind: row[1], metadata: JSONColumn.decode(row[2], as: [String: String].self) ?? [:],
                              chunkCount: row[3])
            }
        }
    }

    /// The documents as the mirror describes them, sorted by path.
    func mirrorLocalFiles() throws(RAGError) -> [MirrorLocalFile] {
        try read("read the document list") { db in
            try Row.fetchAll(db, sql: "SELECT path, contentHash, size, kind, metadata FROM documents ORDER BY path").map { row in
                let metadata = JSONColumn.decode(row[4], as: [String: String].self) ?? [:]
                return MirrorLocalFile(relativePath: row[0], contentHash: row[1], byteCount: row[2], kind: row[3], metadata: metadata)
            }
        }
    }

    /// Records new stat values of files whose content hash did not change.
    func updateFileStats(_ states: [DocumentState]) throws(RAGError) {
        guard !states.isEmpty else { return }
        try write("update file timestamps") { db in
            for state in states {
                try db.execute(sql: "UPDATE documents SET size = ?, mtime = ? WHERE id = ?",
                               arguments: [state.size, state.mtime, state.id])
            }
        }
    }

    /// Replaces documents (by path) and their chunks, and removes other paths, in one transaction.
    ///
    /// The text hashes of replaced or removed chunks go to the vector journal, so the vectors
    /// nothing references any more are collected at the end of the run.
    func commit(documents: [CatalogDocument], removing removedPaths: [String] = []) throws(RAGError) {
        guard !documents.isEmpty || !removedPaths.isEmpty else { return }
        try write("write documents to the catalog") { db in
            for path in removedPaths + documents.map(\.path) {
                try Self.deleteDocument(path: path, in: db)
            }
            let now = Date().timeIntervalSince1970
            for document in documents {
                try db.execute(sql: """
                    INSERT INTO documents (path, kind, size, mtime, contentHash, metadata, textEncoding, chunkCount, tokenCount, indexedAt, role,
                                           textRevision)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [document.path, document.kind, document.size, document.mtime, document.contentHash,
                                     JSONColumn.encode(document.metadata), document.textEncoding, document.chunks.count,
                                     document.chunks.reduce(0) { $0 + $1.tokenCount }, now, document.role, document.textRevision])
                let documentID = db.lastInsertedRowID
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO chunks (documentID, ordinal, text, byteStart, byteEnd, charStart, charEnd, headingPath, page, tokenCount, textHash, cutStart, cutEnd)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for chunk in document.chunks {
                    try insert.execute(arguments: [documentID, chunk.ordinal, chunk.text, chunk.byteRange.lowerBound,
                                                   chunk.byteRange.upperBound, chunk.characterRange.lowerBound,
                                                   chunk.characterRange.upperBound, JSONColumn.encode(chunk.headingPath),
                                                   chunk.page, chunk.tokenCount, chunk.textHash, chunk.cutStart, chunk.cutEnd])
                    try Self.insertPassages(of: chunk.text, chunkID: db.lastInsertedRowID, in: db)
                }
            }
        }
    }

    /// Adds a chunk's ``KeywordPassages`` to the passage keyword index (a trigger removes them with the chunk).
    static func insertPassages(of text: String, chunkID: Int64, in db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO passages_fts (rowid, text) VALUES (?, ?)")
        for (position, passage) in KeywordPassages.split(text).enumerated() {
            try insert.execute(arguments: [KeywordPassages.rowID(chunk: chunkID, passage: position), passage])
        }
    }

    private static func deleteDocument(path: String, in db: Database) throws {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [path]) else { return }
        try db.execute(sql: "INSERT OR IGNORE INTO vector_journal (textHash) SELECT textHash FROM chunks WHERE documentID = ?",
                       arguments: [id])
        try db.execute(sql: "DELETE FROM chunks WHERE documentID = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
    }

    // MARK: Vector journal

    /// Notes text hashes whose vectors are about to be written, before they are written.
    func journal(textHashes: [String]) throws(RAGError) {
        guard !textHashes.isEmpty else { return }
        try write("journal new vectors") { db in
            let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO vector_journal (textHash) VALUES (?)")
            for hash in textHashes { try statement.execute(arguments: [hash]) }
        }
    }

    /// Journaled text hashes no chunk references any more.
    func unreferencedJournalEntries() throws(RAGError) -> [String] {
        try read("read the vector journal") { db in
            try String.fetchAll(db, sql: """
                SELECT textHash FROM vector_journal
                WHERE NOT EXISTS (SELECT 1 FROM chunks WHERE chunks.textHash = vector_journal.textHash)
                """)
        }
    }

    /// Empties the journal; call once the unreferenced vectors are deleted.
    func clearJournal() throws(RAGError) {
        try write("clear the vector journal") { db in try db.execute(sql: "DELETE FROM vector_journal") }
    }

    // MARK: Chunks

    /// Every distinct text hash the catalog references.
    func referencedTextHashes() throws(RAGError) -> [String] {
        try read("read chunk hashes") { db in try String.fetchAll(db, sql: "SELECT DISTINCT textHash FROM chunks") }
    }

    /// The chunk texts and token counts for the given hashes (one row per hash).
    func chunkTexts(forTextHashes hashes: [String]) throws(RAGError) -> [(textHash: String, text: String, tokenCount: Int)] {
        guard !hashes.isEmpty else { return [] }
        return try read("read chunk texts") { db in
            try Row.fetchAll(db, sql: """
                SELECT textHash, text, tokenCount FROM chunks
                WHERE id IN (SELECT MIN(id) FROM chunks WHERE textHash IN (SELECT value FROM json_each(?)) GROUP BY textHash)
                """, arguments: [JSONColumn.encode(hashes)]).map { row -> (textHash: String, text: String, tokenCount: Int) in
                    (textHash: row[0], text: row[1], tokenCount: row[2])
                }
        }
    }

    /// The chunks backed by the given text hashes, optionally only those of some documents.
    func chunks(withTextHashes hashes: [String], documentIDs: Set<Int64>?) throws(RAGError) -> [StoredChunk] {
        guard !hashes.isEmpty else { return [] }
        return try read("read chunks") { db in
            var sql = Self.chunkSelect + " WHERE c.textHash IN (SELECT value FROM json_each(?))"
            var arguments: StatementArguments = [JSONColumn.encode(hashes)]
            if let documentIDs {
                sql += " AND c.documentID IN (SELECT value FROM json_each(?))"
                arguments += [JSONColumn.encode(documentIDs.sorted())]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY d.path, c.ordinal", arguments: arguments).map(Self.storedChunk)
        }
    }

    /// The chunks with the given ids, in no particular order.
    func chunks(ids: [Int64]) throws(RAGError) -> [StoredChunk] {
        guard !ids.isEmpty else { return [] }
        return try read("read chunks") { db in
            try Row.fetchAll(db, sql: Self.chunkSelect + " WHERE c.id IN (SELECT value FROM json_each(?))",
                             arguments: [JSONColumn.encode(ids)]).map(Self.storedChunk)
        }
    }

    /// The chunks of the document at `path` (relative to the indexed folder), in order; none when it is not indexed.
    func chunks(documentPath path: String) throws(RAGError) -> [StoredChunk] {
        try read("read chunks") { db in
            try Row.fetchAll(db, sql: Self.chunkSelect + " WHERE d.path = ? ORDER BY c.ordinal", arguments: [path])
                .map(Self.storedChunk)
        }
    }

    /// The documents at `paths` with every chunk, for copying an index.
    func exportDocuments(paths: [String]) throws(RAGError) -> [CatalogDocument] {
        guard !paths.isEmpty else { return [] }
        return try read("read documents") { db in
            try Row.fetchAll(db, sql: """
                SELECT id, path, kind, size, mtime, contentHash, metadata, textEncoding, role, \(textRevisionColumn) FROM documents
                WHERE path IN (SELECT value FROM json_each(?)) ORDER BY path
                """, arguments: [JSONColumn.encode(paths)]).map { row in
                let chunks = try Row.fetchAll(db, sql: """
                    SELECT ordinal, text, byteStart, byteEnd, charStart, charEnd, headingPath, page, tokenCount, textHash, cutStart, cutEnd
                    FROM chunks WHERE documentID = ? ORDER BY ordinal
                    """, arguments: [row[0] as Int64]).map { chunk in
                    CatalogChunk(ordinal: chunk[0], text: chunk[1], byteRange: (chunk[2] as Int)..<(chunk[3] as Int),
                                 characterRange: (chunk[4] as Int)..<(chunk[5] as Int),
                                 headingPath: JSONColumn.decode(chunk[6], as: [String].self) ?? [], page: chunk[7], tokenCount: chunk[8],
                                 textHash: chunk[9], cutStart: chunk[10], cutEnd: chunk[11])
                }
                return CatalogDocument(path: row[1], kind: row[2], size: row[3], mtime: row[4], contentHash: row[5], textRevision: row[9],
                                       metadata: JSONColumn.decode(row[6], as: [String: String].self) ?? [:], textEncoding: row[7],
                                       role: row[8], chunks: chunks)
            }
        }
    }

    /// The text hashes of the chunks of some documents.
    func textHashes(documentIDs: Set<Int64>) throws(RAGError) -> Set<String> {
        try read("read chunk hashes") { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT textHash FROM chunks WHERE documentID IN (SELECT value FROM json_each(?))",
                                    arguments: [JSONColumn.encode(documentIDs.sorted())]))
        }
    }

    private static let chunkSelect = """
        SELECT c.id, c.documentID, d.path, c.ordinal, c.text, c.headingPath, c.page, c.tokenCount, c.textHash, c.cutStart, c.cutEnd, d.role
        FROM chunks c JOIN documents d ON d.id = c.documentID
        """

    private static func storedChunk(_ row: Row) -> StoredChunk {
        StoredChunk(id: row[0], documentID: row[1], path: row[2], ordinal: row[3], text: row[4],
                    headingPath: JSONColumn.decode(row[5], as: [String].self) ?? [], page: row[6], tokenCount: row[7],
                    textHash: row[8], cutStart: row[9], cutEnd: row[10], role: row[11])
    }

    // MARK: Keyword search

    /// Chunk ids ranked by FTS5 BM25, best first, with the negated BM25 score (higher is better).
    func keywordSearch(_ query: String, limit: Int, documentIDs: Set<Int64>?) throws(RAGError) -> [(id: Int64, score: Double)] {
        try bm25Ranking("chunks_fts", chunkOfRow: "chunks_fts.rowid", query: query, limit: limit, documentIDs: documentIDs)
            .map { (id: $0.rowID, score: -$0.rank) }
    }

    /// Chunk ids ranked by the FTS5 BM25 of their best ``KeywordPassages`` passage, best first, with that
    /// passage's negated BM25 score; empty for a read-only catalog made before passages were indexed.
    func passageKeywordSearch(_ query: String, limit: Int, documentIDs: Set<Int64>?) throws(RAGError) -> [(id: Int64, score: Double)] {
        guard hasPassages else { return [] }
        let rows = try bm25Ranking("passages_fts", chunkOfRow: "passages_fts.rowid / \(KeywordPassages.perChunk)", query: query,
                                   limit: limit, documentIDs: documentIDs)
        var seen = Set<Int64>()
        return rows.compactMap { row in
            let chunk = KeywordPassages.chunk(ofRowID: row.rowID)
            return seen.insert(chunk).inserted ? (id: chunk, score: -row.rank) : nil
        }
    }

    /// The rows of an FTS5 table matching the query's words, best BM25 first; `chunkOfRow` maps a row to its chunk
    /// for the document filter.
    private func bm25Ranking(_ table: String, chunkOfRow: String, query: String, limit: Int,
                             documentIDs: Set<Int64>?) throws(RAGError) -> [(rowID: Int64, rank: Double)] {
        guard let match = FTSQuery.match(for: query), limit > 0 else { return [] }
        return try read("run the keyword search") { db in
            var sql = "SELECT \(table).rowid, bm25(\(table)) AS rank FROM \(table)"
            var arguments: StatementArguments = [match]
            if let documentIDs {
                sql += " JOIN chunks ON chunks.id = \(chunkOfRow) WHERE \(table) MATCH ? AND chunks.documentID IN (SELECT value FROM json_each(?))"
                arguments += [JSONColumn.encode(documentIDs.sorted())]
            } else {
                sql += " WHERE \(table) MATCH ?"
            }
            sql += " ORDER BY rank, \(table).rowid LIMIT ?"
            arguments += [limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in (rowID: row[0], rank: row[1]) }
        }
    }

    // MARK: Runs and counts

    func recordRun(startedAt: Date, summary: IndexingSummary) throws(RAGError) {
        try write("record the run") { db in
            try db.execute(sql: "INSERT INTO runs (startedAt, finishedAt, summary) VALUES (?, ?, ?)",
                           arguments: [startedAt.timeIntervalSince1970, Date().timeIntervalSince1970, JSONColumn.encode(summary)])
        }
    }

    func lastRun() throws(RAGError) -> (finishedAt: Date, summary: IndexingSummary?)? {
        try read("read the last run") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT finishedAt, summary FROM runs WHERE finishedAt IS NOT NULL ORDER BY id DESC LIMIT 1") else {
                return nil
            }
            return (Date(timeIntervalSince1970: row[0]), JSONColumn.decode(row[1], as: IndexingSummary.self))
        }
    }

    func counts() throws(RAGError) -> CatalogCounts {
        try read("count documents") { db in
            let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
            let row = try Row.fetchOne(db, sql: "SELECT COUNT(*), COALESCE(SUM(tokenCount), 0) FROM chunks")
            return CatalogCounts(documents: documents, chunks: row?[0] ?? 0, tokens: row?[1] ?? 0)
        }
    }

    // MARK: Plumbing

    // A damaged file (pages cut off, garbled) often opens and fails only when a query reaches the damage: it is
    // reported as damaged, with the rebuild that sets it aside, not as a permissions problem.
    private func read<T>(_ action: String, _ body: (Database) throws -> T) throws(RAGError) -> T {
        do { return try pool.read(body) } catch { throw RAGError.storage(action, in: "the index catalog", at: url, error) }
    }

    private func write<T>(_ action: String, _ body: (Database) throws -> T) throws(RAGError) -> T {
        do { return try pool.write(body) } catch { throw RAGError.storage(action, in: "the index catalog", at: url, error) }
    }
}

extension Catalog: TermStatistics {
    /// The number of chunks.
    var documentCount: Int {
        (try? read("count chunks") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM chunks") ?? 0 }) ?? 0
    }

    /// Chunk frequencies of words, from the FTS5 vocabulary (the same tokenizer as ``WordScanner``).
    func documentFrequencies(of words: [String]) -> [String: Int] {
        guard !words.isEmpty else { return [:] }
        return (try? read("read word frequencies") { db in
            var frequencies: [String: Int] = [:]
            let statement = try db.cachedStatement(sql: "SELECT doc FROM chunks_vocab WHERE term = ?")
            for word in words {
                if let count = try Int.fetchOne(statement, arguments: [word]) { frequencies[word] = count }
            }
            return frequencies
        }) ?? [:]
    }
}

/// JSON text columns: arrays of headings, metadata dictionaries, run summaries.
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode<T: Decodable>(_ text: String?, as type: T.Type) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
