import Foundation
internal import GRDB
internal import GRDBSQLite

#if _endian(big)
#error("VectorIndex stores little-endian float32 blobs and supports little-endian hosts only")
#endif

/// The SQLite side of an index: the durable truth the in-memory matrix is loaded from and written through.
///
/// Every write is one SQLite transaction in WAL mode, so a process killed mid-write leaves either the whole batch or
/// none of it. Writes run on GRDB's serial queue, which also orders the in-memory update that follows each commit.
final class IndexStorage: Sendable {
    let queue: DatabaseQueue
    let path: String

    /// One record as written: its SQLite row, id, metadata and normalised vector.
    struct StoredRecord: Sendable {
        var row: Int64
        var id: String
        var metadata: [String: MetadataValue]
        var vector: [Float]
    }

    init(path: String, options: VectorDatabase.Options) throws(VectorIndexError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let synchronous = options.synchronousCommits ? "FULL" : "NORMAL"
        if options.readOnly {
            configuration.readonly = true
        } else {
            configuration.prepareDatabase { db in
                // Must precede the first table (and WAL mode) to take effect; a no-op on an existing file.
                try db.execute(sql: "PRAGMA page_size = \(Migrations.pageSize)")
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
                PersistentJournal.enable(on: db)
            }
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    // MARK: Collection

    /// The collection recorded in the file, or `nil` when the file holds no vector index yet.
    func readCollection() throws(VectorIndexError) -> VectorCollectionInfo? {
        try perform { try queue.read { db in try Self.readCollection(db, path: path) } }
    }

    /// The number of records, counted in SQLite without loading any vector.
    func recordCount() throws(VectorIndexError) -> Int {
        try perform { try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(Migrations.recordsTable)") ?? 0 } }
    }

    /// Creates the index tables and records `collection`, unless another writer got there first; returns the
    /// collection the file holds afterwards.
    func create(_ collection: VectorCollectionInfo) throws(VectorIndexError) -> VectorCollectionInfo {
        try perform {
            try Migrations.migrator.migrate(queue)
            return try queue.write { db in
                if let existing = try Self.readCollection(db, path: path) { return existing }
                let statement = try db.makeStatement(
                    sql: "INSERT INTO \(Migrations.metaTable) (key, value) VALUES (?, ?)")
                for (key, value) in [
                    (Migrations.MetaKey.formatVersion, String(Migrations.formatVersion)),
                    (Migrations.MetaKey.model, collection.model),
                    (Migrations.MetaKey.dimensions, String(collection.dimensions)),
                    (Migrations.MetaKey.metric, collection.metric.rawValue),
                ] {
                    try statement.execute(arguments: [key, value])
                }
                return collection
            }
        }
    }

    private static func readCollection(_ db: Database, path: String) throws -> VectorCollectionInfo? {
        guard try db.tableExists(Migrations.metaTable) else { return nil }
        let pairs = try Row.fetchAll(db, sql: "SELECT key, value FROM \(Migrations.metaTable)")
        var meta: [String: String] = [:]
        for pair in pairs { meta[pair["key"]] = pair["value"] }
        if meta.isEmpty { return nil }
        guard let versionText = meta[Migrations.MetaKey.formatVersion], let version = Int(versionText) else {
            throw VectorIndexError(
                .corruptIndex, "the index records no valid format version; rebuild it from its sources", path: path)
        }
        guard version == Migrations.formatVersion else {
            throw VectorIndexError(
                .unsupportedFormatVersion,
                "the index is in format version \(version) but this library reads version \(Migrations.formatVersion); "
                    + "open it with the library version that wrote it, or rebuild it",
                path: path)
        }
        guard let model = meta[Migrations.MetaKey.model],
            let dimensions = meta[Migrations.MetaKey.dimensions].flatMap({ Int($0) }),
            let metric = meta[Migrations.MetaKey.metric]
        else {
            throw VectorIndexError(
                .corruptIndex, "the index's model, dimensions or metric record is missing; rebuild it", path: path)
        }
        return VectorCollectionInfo(model: model, dimensions: dimensions, metric: VectorMetric(rawValue: metric))
    }

    // MARK: Loading

    /// Reads every record into a fresh ``IndexState``, in row (insertion) order.
    ///
    /// Uses the SQLite C API directly: one sequential pass over the ids and metadata, then one over the vector
    /// blobs, copied straight into the aligned matrix while a second thread makes its pages resident.
    func loadState(dimensions: Int, quantization: VectorQuantization) throws(VectorIndexError) -> IndexState {
        try perform {
            try queue.inDatabase { db in
                // A memory-mapped read measured no faster here (the page faults cost what the copy saves), so the
                // load uses plain reads and never exposes the process to SIGBUS from a file truncated under it.
                var state: IndexState?
                try db.inTransaction(.deferred) {
                    state = try Self.load(db, dimensions: dimensions, quantization: quantization, path: path)
                    return .commit
                }
                guard let state else {
                    throw VectorIndexError(.sqlite, "the index could not be read", path: path)
                }
                return state
            }
        }
    }

    private static func load(
        _ db: Database, dimensions: Int, quantization: VectorQuantization, path: String
    ) throws -> IndexState {
        guard let connection = db.sqliteConnection else {
            throw VectorIndexError(.sqlite, "the SQLite connection is closed", path: path)
        }
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(Migrations.recordsTable)") ?? 0
        let state = IndexState(dimensions: dimensions, capacity: count, quantization: quantization)
        // Fresh memory faults page by page on first touch; a second thread makes it resident from the back while
        // this one fills it from the front.
        let populating = DispatchGroup()
        DispatchQueue.global().async(group: populating) { [state] in state.populate(rows: count) }
        defer { populating.wait() }
        var records: [(row: Int64, id: String, metadata: [String: MetadataValue])] = []
        records.reserveCapacity(count)
        try Self.forEachRow(
            connection, sql: "SELECT row, id, metadata FROM \(Migrations.recordsTable) ORDER BY row", path: path
        ) { statement in
            let row = sqlite3_column_int64(statement, 0)
            let id = sqlite3_column_text(statement, 1).map { String(cString: $0) } ?? ""
            var metadata: [String: MetadataValue] = [:]
            let length = Int(sqlite3_column_bytes(statement, 2))
            if length > 0, let blob = sqlite3_column_blob(statement, 2) {
                do {
                    metadata = try MetadataCoder.decode(UnsafeRawBufferPointer(start: blob, count: length))
                } catch {
                    throw VectorIndexError(
                        .corruptIndex, "the metadata of record \"\(id)\" is damaged; re-upsert it", path: path)
                }
            }
            records.append((row, id, metadata))
        }
        let expectedBytes = dimensions * MemoryLayout<Float>.stride
        var index = 0
        try Self.forEachRow(
            connection, sql: "SELECT row, vector FROM \(Migrations.vectorsTable) ORDER BY row", path: path
        ) { statement in
            let row = sqlite3_column_int64(statement, 0)
            guard index < records.count, records[index].row == row else {
                throw VectorIndexError(
                    .corruptIndex, "the vector and record tables disagree at row \(row); rebuild the index",
                    path: path)
            }
            let bytes = Int(sqlite3_column_bytes(statement, 1))
            guard bytes == expectedBytes, let blob = sqlite3_column_blob(statement, 1) else {
                throw VectorIndexError(
                    .corruptIndex,
                    "the vector of record \"\(records[index].id)\" has \(bytes) bytes, expected \(expectedBytes); "
                        + "rebuild the index",
                    path: path)
            }
            let record = records[index]
            state.append(id: record.id, storedRow: record.row, metadata: record.metadata, vector: blob)
            index += 1
        }
        guard index == records.count else {
            throw VectorIndexError(
                .corruptIndex, "\(records.count - index) records have no vector; rebuild the index", path: path)
        }
        return state
    }

    private static func forEachRow(
        _ connection: OpaquePointer, sql: String, path: String, _ body: (OpaquePointer) throws -> Void
    ) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw VectorIndexError(
                .sqlite, "SQLite could not prepare a read: \(String(cString: sqlite3_errmsg(connection)))", path: path)
        }
        defer { sqlite3_finalize(statement) }
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw VectorIndexError(
                    .sqlite, "SQLite failed while reading the index: \(String(cString: sqlite3_errmsg(connection)))",
                    path: path)
            }
            try body(statement)
        }
    }

    // MARK: Writing

    /// Writes `records` and deletes `deletedRows` in one transaction, then runs `afterCommit` before the next
    /// write can start.
    func write(
        upserting records: [StoredRecord], deletingRows deletedRows: [Int64], afterCommit: () -> Void
    ) throws(VectorIndexError) {
        try perform {
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    if !records.isEmpty {
                        let recordStatement = try db.cachedStatement(
                            sql: "INSERT OR REPLACE INTO \(Migrations.recordsTable) (row, id, metadata) VALUES (?, ?, ?)")
                        let vectorStatement = try db.cachedStatement(
                            sql: "INSERT OR REPLACE INTO \(Migrations.vectorsTable) (row, vector) VALUES (?, ?)")
                        for record in records {
                            let metadata = record.metadata.isEmpty ? nil : MetadataCoder.encode(record.metadata)
                            try recordStatement.execute(arguments: [record.row, record.id, metadata])
                            let blob = record.vector.withUnsafeBytes { Data($0) }
                            try vectorStatement.execute(arguments: [record.row, blob])
                        }
                    }
                    if !deletedRows.isEmpty {
                        let recordStatement = try db.cachedStatement(
                            sql: "DELETE FROM \(Migrations.recordsTable) WHERE row = ?")
                        let vectorStatement = try db.cachedStatement(
                            sql: "DELETE FROM \(Migrations.vectorsTable) WHERE row = ?")
                        for row in deletedRows {
                            try recordStatement.execute(arguments: [row])
                            try vectorStatement.execute(arguments: [row])
                        }
                    }
                    return .commit
                }
                afterCommit()
            }
        }
    }

    /// Rewrites the file without the space deleted records left behind (SQLite `VACUUM`).
    func vacuum() throws(VectorIndexError) {
        try perform { try queue.vacuum() }
    }

    // MARK: Errors

    private func perform<Result>(_ body: () throws -> Result) throws(VectorIndexError) -> Result {
        do {
            return try body()
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    static func translate(_ error: any Error, path: String) -> VectorIndexError {
        if let error = error as? VectorIndexError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_CORRUPT {
                return VectorIndexError(
                    .corruptIndex, "the file is damaged (\(error.message ?? "malformed")); set it aside and rebuild the index",
                    path: path, underlying: error)
            }
            if error.resultCode == .SQLITE_READONLY {
                return VectorIndexError(
                    .readOnly, "the file cannot be written (\(error.message ?? "read-only")); open it with readOnly, or fix its permissions",
                    path: path, underlying: error)
            }
            if error.resultCode == .SQLITE_NOTADB {
                return VectorIndexError(
                    .notADatabase, "the file is not a SQLite database; pass the path of a vector index", path: path,
                    underlying: error)
            }
            return VectorIndexError(
                .sqlite, "SQLite failed (\(error.resultCode)): \(error.message ?? "no message")", path: path,
                underlying: error)
        }
        return VectorIndexError(.sqlite, "the index could not be accessed: \(error)", path: path)
    }
}
