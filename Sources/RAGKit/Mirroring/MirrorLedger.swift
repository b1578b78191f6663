import Foundation
import GRDB
import VectorIndex

/// The mirror's memory in the index's SQLite catalog: which vector store the index mirrors into, one
/// ``MirrorRecord`` per mirrored file, and the last run.
///
/// Every change is written at once (one transaction per call), so a run killed at any point leaves records the
/// next run can trust: a file is recorded ``MirrorFileState/pending`` as soon as it is uploaded.
public final class MirrorLedger: Sendable {
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
    public static func open(at url: URL) throws(RAGError) -> MirrorLedger {
        do {
            var configuration = Configuration()
            configuration.prepareDatabase { db in PersistentJournal.enable(on: db) }
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            var migrator = DatabaseMigrator()
            registerMigrations(in: &migrator)
            try migrator.migrate(queue)
            return MirrorLedger(writer: queue)
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
    }

    /// The store the index mirrors into, with the last run; `nil` before the first run.
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
    public func beginRun(at date: Date = Date()) throws(RAGError) {
        try write("record the start of a mirror run") { db in
            try db.execute(sql: "UPDATE mirror_store SET runStartedAt = ? WHERE id = 1", arguments: [date.timeIntervalSince1970])
        }
    }

    /// Records the end of a run.
    public func recordSync(_ summary: MirrorSummary, at date: Date = Date()) throws(RAGError) {
        let encoded = JSONColumn.encode(summary)
        try write("record the mirror run") { db in
            try db.execute(sql: "UPDATE mirror_store SET lastSyncAt = ?, lastSummary = ?, runStartedAt = NULL WHERE id = 1",
                           arguments: [date.timeIntervalSince1970, encoded])
        }
    }

    /// Every record, by path.
    public func records() throws(RAGError) -> [MirrorRecord] {
        try read("read the mirror records") { db in
            try Row.fetchAll(db, sql: """
                SELECT path, fileID, vectorStoreFileID, contentHash, state, failureCode, failureMessage, updatedAt
                FROM mirror_files ORDER BY path
                """).map { row in
                let code: String? = row[5]
                return MirrorRecord(
                    relativePath: row[0], fileID: row[1], vectorStoreFileID: row[2], contentHash: row[3],
                    state: MirrorFileState(rawValue: row[4]),
                    failure: code.map { MirrorFailure(code: $0, message: (row[6] as String?) ?? "") },
                    updatedAt: Date(timeIntervalSince1970: row[7])
                )
            }
        }
    }

    /// Writes a record, replacing the one for the same path.
    public func save(_ record: MirrorRecord) throws(RAGError) {
        try write("record a mirrored file") { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO mirror_files (path, fileID, vectorStoreFileID, contentHash, state, failureCode, failureMessage, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.relativePath, record.fileID, record.vectorStoreFileID, record.contentHash, record.state.rawValue,
                                 record.failure?.code, record.failure?.message, record.updatedAt.timeIntervalSince1970])
        }
    }

    /// Forgets the record of `relativePath`, if it is still for `fileID` (a newer upload keeps its record).
    public func removeRecord(_ relativePath: String, fileID: String) throws(RAGError) {
        try write("forget a mirrored file") { db in
            try db.execute(sql: "DELETE FROM mirror_files WHERE path = ? AND fileID = ?", arguments: [relativePath, fileID])
        }
    }

    /// Counts of records by state, with the store and last run, for `rag status`.
    public func status() throws(RAGError) -> MirrorStatus? {
        guard let store = try store() else { return nil }
        let records = try records()
        return MirrorStatus(
            vectorStoreID: store.vectorStoreID,
            inSync: records.count(where: { $0.state == .synced }),
            pending: records.count(where: { $0.state == .pending }),
            failed: records.count(where: { $0.state == .failed }),
            lastSyncAt: store.lastSyncAt,
            lastSummary: store.lastSummary
        )
    }

    /// The documents of the index (the catalog's `documents` table) as the mirror describes them.
    func indexedFiles() throws(RAGError) -> [MirrorLocalFile] {
        try read("read the document list") { db in
            try Row.fetchAll(db, sql: "SELECT path, contentHash, size, kind, metadata FROM documents ORDER BY path").map { row in
                let metadata = JSONColumn.decode(row[4], as: [String: String].self) ?? [:]
                return MirrorLocalFile(relativePath: row[0], contentHash: row[1], byteCount: row[2], kind: row[3], metadata: metadata)
            }
        }
    }

    private func read<T>(_ action: String, _ body: (Database) throws -> T) throws(RAGError) -> T {
        do { return try writer.read(body) } catch { throw RAGError.storage(action, error) }
    }

    private func write<T>(_ action: String, _ body: (Database) throws -> T) throws(RAGError) -> T {
        do { return try writer.write(body) } catch { throw RAGError.storage(action, error) }
    }
}

/// The vector store an index mirrors into, and its last run.
public struct MirrorStoreRecord: Sendable, Hashable {
    /// The store id (`vs_…`).
    public var vectorStoreID: String
    /// When the last run ended.
    public var lastSyncAt: Date?
    /// What the last run did.
    public var lastSummary: MirrorSummary?
    /// Whether the last run that began changing the store did not finish.
    public var wasInterrupted: Bool
}

/// The mirror as `rag status` shows it.
public struct MirrorStatus: Sendable, Hashable, Codable {
    /// The store id.
    public var vectorStoreID: String
    /// Files processed and searchable in the store.
    public var inSync: Int
    /// Files uploaded whose processing has not been seen to end.
    public var pending: Int
    /// Files the store failed to process.
    public var failed: Int
    /// When the last run ended.
    public var lastSyncAt: Date?
    /// What the last run did.
    public var lastSummary: MirrorSummary?
}
