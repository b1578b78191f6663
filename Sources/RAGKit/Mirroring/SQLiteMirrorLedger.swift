import Foundation
internal import GRDB
import VectorIndex

/// A ``MirrorLedger`` in a SQLite database: the catalog of an index kept in files (tables `mirror_store` and
/// `mirror_files`, migrations `mirror-v1` and `mirror-v2`), or a database of its own.
///
/// Every change is written at once (one transaction per call), so a run killed at any point leaves records the
/// next run can trust: a file is recorded ``MirrorFileState/pending`` as soon as it is uploaded.
///
/// ```swift
/// let ledger = try SQLiteMirrorLedger.open(at: folder.appending(path: "mirror.sqlite"))
/// let mirror = VectorStoreMirror(client: client, ledger: ledger, root: folder, chunking: .init(maxChunkSizeTokens: 800, chunkOverlapTokens: 400))
/// ```
public final class SQLiteMirrorLedger: MirrorLedger {
    private let writer: any DatabaseWriter

    /// Creates a ledger over a database the mirror migration has been applied to.
    ///
    /// - Parameter writer: The catalog database (see ``registerMigrations(in:)``).
    init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// Opens the ledger in the SQLite database at `url` (the index's catalog), adding the mirror tables if
    /// they are missing.
    ///
    /// - Parameter url: The database file; created when missing.
    /// - Returns: The ledger.
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the database cannot be opened or migrated.
    public static func open(at url: URL) throws(RAGError) -> SQLiteMirrorLedger {
        do {
            var configuration = Configuration()
            configuration.prepareDatabase { db in PersistentJournal.enable(on: db) }
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            var migrator = DatabaseMigrator()
            registerMigrations(in: &migrator)
            try migrator.migrate(queue)
            return SQLiteMirrorLedger(writer: queue)
        } catch {
            throw RAGError.storage("open the mirror records in \(url.path)", error)
        }
    }

    /// Registers the mirror tables' migrations after the catalog's own.
    ///
    /// A shipped migration is never modified; changes come as new ones.
    static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("mirror-v1") { db in
            try db.execute(sql: """
                CREATE TABLE mirror_store (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    vectorStoreID TEXT NOT NULL,
                    lastSyncAt REAL,
                    lastSummary TEXT,
                    runStartedAt REAL
                );
                CREATE TABLE mirror_files (
                    path TEXT PRIMARY KEY NOT NULL,
                    fileID TEXT NOT NULL,
                    vectorStoreFileID TEXT NOT NULL,
                    contentHash TEXT NOT NULL,
                    state TEXT NOT NULL,
                    failureCode TEXT,
                    failureMessage TEXT,
                    updatedAt REAL NOT NULL
                );
                """)
        }
        migrator.registerMigration("mirror-v2") { db in
            try db.execute(sql: "ALTER TABLE mirror_files ADD COLUMN supersededFileID TEXT")
        }
    }

    /// The columns of `mirror_files`, in the order ``records()`` reads them.
    static let fileColumns = "path, fileID, vectorStoreFileID, contentHash, state, failureCode, failureMessage, updatedAt, supersededFileID"

    /// The store the index mirrors into, with the last run; `nil` before the first run.
    ///
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the database cannot be read.
    public func store() throws(RAGError) -> MirrorStoreRecord? {
        try read("read the mirror state") { db in
            try Row.fetchOne(db, sql: "SELECT vectorStoreID, lastSyncAt, lastSummary, runStartedAt FROM mirror_store WHERE id = 1").map { row in
                MirrorStoreRecord(
                    vectorStoreID: row[0],
                    lastSyncAt: (row[1] as Double?).map(Date.init(timeIntervalSince1970:)),
                    lastSummary: JSONColumn.decode(row[2], as: MirrorSummary.self),
                    wasInterrupted: (row[3] as Double?) != nil
                )
            }
        }
    }

    /// Records the store the index mirrors into; moving to another store forgets the records of the old one.
    ///
    /// - Parameter vectorStoreID: The store id (`vs_…`).
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the database cannot be written.
    public func setStore(_ vectorStoreID: String) throws(RAGError) {
        try write("record the vector store") { db in
            let current = try String.fetchOne(db, sql: "SELECT vectorStoreID FROM mirror_store WHERE id = 1")
            guard current != vectorStoreID else { return }
            try db.execute(sql: "DELETE FROM mirror_files")
            try db.execute(sql: "INSERT OR REPLACE INTO mirror_store (id, vectorStoreID, lastSyncAt, lastSummary) VALUES (1, ?, NULL, NULL)",
                           arguments: [vectorStoreID])
        }
    }

    /// Records the start of a run that changes the store; cleared by ``recordSync(_:at:)``, so the next run
    /// knows when one was interrupted.
    ///
    /// - Parameter date: When the run began.
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the database cannot be written.
    public func beginRun(at date: Date) throws(RAGError) {
        try write("record the start of a mirror run") { db in
            try db.execute(sql: "UPDATE mirror_store SET runStartedAt = ? WHERE id = 1", arguments: [date.timeIntervalSince1970])
        }
    }

    /// Records the end of a run.
    ///
    /// - Parameters:
    ///   - summary: What the run did.
    ///   - date: When it ended.
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the database cannot be written.
    public func recordSync(_ summary: MirrorSummary, at date: Date) throws(RAGError) {
        let encoded = JSONColumn.encode(summary)
        try write("record the mirror run") { db in
            try db.execute(sql: "UPDATE mirror_store SET lastSyncAt = ?, lastSummary = ?, runStartedAt = NULL WHERE id = 1",
                           arguments: [date.timeIntervalSince1970, encoded])
        }
    }

    /// Every record, by path.
    ///
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the database cannot be read.
    public func records() throws(RAGError) -> [MirrorRecord] {
        try read("read the mirror records") { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.fileColumns) FROM mirror_files ORDER BY path").map { row in
                let code: String? = row[5]
                return MirrorRecord(
                    relativePath: row[0], fileID: row[1], vectorStoreFileID: row[2], contentHash: row[3],
                    state: MirrorFileState(rawValue: row[4]),
                    failure: code.map { MirrorFailure(code: $0, message: (row[6] as String?) ?? "") },
                    updatedAt: Date(timeIntervalSince1970: row[7]),
                    supersededFileID: row[8]
                )
            }
        }
    }

    /// Writes a record, replacing the one for the same path.
    ///
    /// - Parameter record: The record.
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the database cannot be written.
    public func save(_ record: MirrorRecord) throws(RAGError) {
        try write("record a mirrored file") { db in
            try db.execute(sql: "INSERT OR REPLACE INTO mirror_files (\(Self.fileColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments: [
                record.relativePath, record.fileID, record.vectorStoreFileID, record.contentHash, record.state.rawValue,
                record.failure?.code, record.failure?.message, record.updatedAt.timeIntervalSince1970, record.supersededFileID,
            ])
        }
    }

    /// Forgets the record of `relativePath`, if it is still for `fileID` (a newer upload keeps its record).
    ///
    /// - Parameters:
    ///   - relativePath: The file's path relative to the indexed folder.
    ///   - fileID: The uploaded file the record must name.
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the database cannot be written.
    public func removeRecord(_ relativePath: String, fileID: String) throws(RAGError) {
        try write("forget a mirrored file") { db in
            try db.execute(sql: "DELETE FROM mirror_files WHERE path = ? AND fileID = ?", arguments: [relativePath, fileID])
        }
    }

    private func read<T>(_ action: String, _ body: (Database) throws -> T) throws(RAGError) -> T {
        do { return try writer.read(body) } catch { throw RAGError.storage(action, error) }
    }

    private func write<T>(_ action: String, _ body: (Database) throws -> T) throws(RAGError) -> T {
        do { return try writer.write(body) } catch { throw RAGError.storage(action, error) }
    }
}
