import Foundation
internal import PostgresNIO

/// ``MirrorLedger`` in the PostgreSQL schema of an index: the tables `mirror_store` (one row: the store and the last
/// run) and `mirror_files` (one row per mirrored file), created by the schema's migration `v2`, over the connection
/// pool of the index's ``PostgresIndexStorage``.
///
/// Each call is one statement, or one transaction for ``setStore(_:)``. A schema created before the mirror tables
/// existed (an index not updated since) reads as never mirrored, and gets its tables, through the schema's
/// migrations, on the first write.
struct PostgresMirrorLedger: MirrorLedger {
    let pool: PostgresConnectionPool

    private var schema: String { pool.location.schema }

    func store() async throws(RAGError) -> MirrorStoreRecord? {
        try await rowsOnceMigrated("read the mirror state", """
            SELECT vector_store_id, last_sync_at, last_summary, run_started_at FROM \(unescaped: schema).mirror_store WHERE id = 1
            """) { row in
            let (vectorStoreID, lastSyncAt, summary, runStartedAt) = try row.decode((String, Double?, String?, Double?).self)
            return MirrorStoreRecord(vectorStoreID: vectorStoreID, lastSyncAt: lastSyncAt.map(Date.init(timeIntervalSince1970:)),
                                     lastSummary: JSONColumn.decode(summary, as: MirrorSummary.self), wasInterrupted: runStartedAt != nil)
        }.first
    }

    func setStore(_ vectorStoreID: String) async throws(RAGError) {
        try await createTablesIfMissing()
        let schema = schema
        try await pool.transaction("record the vector store") { connection in
            var current: String?
            for try await id in try await connection.query("SELECT vector_store_id FROM \(unescaped: schema).mirror_store WHERE id = 1 FOR UPDATE",
                                                           logger: PostgresConnectionPool.silent).decode(String.self) {
                current = id
            }
            guard current != vectorStoreID else { return }
            try await connection.query("DELETE FROM \(unescaped: schema).mirror_files", logger: PostgresConnectionPool.silent)
            try await connection.query("""
                INSERT INTO \(unescaped: schema).mirror_store (id, vector_store_id) VALUES (1, \(vectorStoreID))
                ON CONFLICT (id) DO UPDATE SET vector_store_id = EXCLUDED.vector_store_id, last_sync_at = NULL, last_summary = NULL,
                    run_started_at = NULL
                """, logger: PostgresConnectionPool.silent)
        }
    }

    func beginRun(at date: Date) async throws(RAGError) {
        try await createTablesIfMissing()
        try await pool.execute("record the start of a mirror run", """
            UPDATE \(unescaped: schema).mirror_store SET run_started_at = \(date.timeIntervalSince1970) WHERE id = 1
            """)
    }

    func recordSync(_ summary: MirrorSummary, at date: Date) async throws(RAGError) {
        try await createTablesIfMissing()
        try await pool.execute("record the mirror run", """
            UPDATE \(unescaped: schema).mirror_store
            SET last_sync_at = \(date.timeIntervalSince1970), last_summary = \(JSONColumn.encode(summary)), run_started_at = NULL WHERE id = 1
            """)
    }

    func records() async throws(RAGError) -> [MirrorRecord] {
        // Read without migrating: a schema from before migration v3 has no superseded versions to read.
        let superseded = try await hasNewestColumn() ? "superseded_file_id" : "NULL::text"
        let records = try await rowsOnceMigrated("read the mirror records", """
            SELECT path, file_id, vector_store_file_id, content_hash, state, failure_code, failure_message, updated_at, \(unescaped: superseded)
            FROM \(unescaped: schema).mirror_files
            """) { row in
            let (path, fileID, vectorStoreFileID, contentHash, state, code, message, updatedAt, supersededFileID) =
                try row.decode((String, String, String, String, String, String?, String?, Double, String?).self)
            return MirrorRecord(relativePath: path, fileID: fileID, vectorStoreFileID: vectorStoreFileID, contentHash: contentHash,
                                state: MirrorFileState(rawValue: state), failure: code.map { MirrorFailure(code: $0, message: message ?? "") },
                                updatedAt: Date(timeIntervalSince1970: updatedAt), supersededFileID: supersededFileID)
        }
        // Sorted here rather than by the database's collation, so both ledgers list paths in the same order.
        return records.sorted { $0.relativePath < $1.relativePath }
    }

    func save(_ record: MirrorRecord) async throws(RAGError) {
        try await createTablesIfMissing()
        try await pool.execute("record a mirrored file", """
            INSERT INTO \(unescaped: schema).mirror_files
                (path, file_id, vector_store_file_id, content_hash, state, failure_code, failure_message, updated_at, superseded_file_id)
            VALUES (\(record.relativePath), \(record.fileID), \(record.vectorStoreFileID), \(record.contentHash), \(record.state.rawValue),
                    \(record.failure?.code), \(record.failure?.message), \(record.updatedAt.timeIntervalSince1970), \(record.supersededFileID))
            ON CONFLICT (path) DO UPDATE SET file_id = EXCLUDED.file_id, vector_store_file_id = EXCLUDED.vector_store_file_id,
                content_hash = EXCLUDED.content_hash, state = EXCLUDED.state, failure_code = EXCLUDED.failure_code,
                failure_message = EXCLUDED.failure_message, updated_at = EXCLUDED.updated_at, superseded_file_id = EXCLUDED.superseded_file_id
            """)
    }

    func removeRecord(_ relativePath: String, fileID: String) async throws(RAGError) {
        try await createTablesIfMissing()
        try await pool.execute("forget a mirrored file", """
            DELETE FROM \(unescaped: schema).mirror_files WHERE path = \(relativePath) AND file_id = \(fileID)
            """)
    }

    /// Gives the rebuilt schema `staging` the mirror records of `live`, on `connection`, inside the transaction that
    /// swaps them: the records describe the folder's files in the vector store, not one build of the index. The live
    /// tables are locked against writes first, so that no record written meanwhile is lost.
    static func carryOver(from live: String, to staging: String, on connection: PostgresConnection) async throws {
        try await connection.query("LOCK TABLE \(unescaped: live).mirror_store, \(unescaped: live).mirror_files IN EXCLUSIVE MODE",
                                   logger: PostgresConnectionPool.silent)
        for table in ["mirror_store", "mirror_files"] {
            // Column by column: the live schema may predate a column of the rebuilt one.
            var columns: [String] = []
            for try await column in try await connection.query("""
                SELECT column_name FROM information_schema.columns WHERE table_schema = \(staging) AND table_name = \(table)
                AND column_name IN (SELECT column_name FROM information_schema.columns WHERE table_schema = \(live) AND table_name = \(table))
                ORDER BY ordinal_position
                """, logger: PostgresConnectionPool.silent).decode(String.self) {
                columns.append("\"\(column)\"")
            }
            let list = columns.joined(separator: ", ")
            try await connection.query("DELETE FROM \(unescaped: staging).\(unescaped: table)", logger: PostgresConnectionPool.silent)
            try await connection.query("INSERT INTO \(unescaped: staging).\(unescaped: table) (\(unescaped: list)) SELECT \(unescaped: list) FROM \(unescaped: live).\(unescaped: table)",
                                       logger: PostgresConnectionPool.silent)
        }
    }

    /// Runs a query that reads the mirror tables; none of its rows when the schema has no mirror tables yet.
    private func rowsOnceMigrated<Row: Sendable>(_ action: String, _ query: PostgresQuery,
                                                 _ decode: @Sendable (PostgresRow) throws -> Row) async throws(RAGError) -> [Row] {
        do {
            return try await pool.rows(action, query, decode)
        } catch {
            guard error.namesMissingTable else { throw error }
            return []
        }
    }

    /// Brings the schema to the newest migration when the mirror tables or their newest column are missing (checked
    /// once per process and index), so that mirroring an index not updated since they were added works.
    private func createTablesIfMissing() async throws(RAGError) {
        guard !pool.mirrorTablesChecked.load(ordering: .acquiring) else { return }
        if try await !hasNewestColumn() { try await PostgresSchema.migrate(pool) }
        pool.mirrorTablesChecked.store(true, ordering: .releasing)
    }

    /// Whether `mirror_files` exists with the column of the newest migration that changed it (v3).
    private func hasNewestColumn() async throws(RAGError) -> Bool {
        if pool.mirrorTablesChecked.load(ordering: .acquiring) { return true }
        return try await pool.rows("look for the mirror tables", """
            SELECT EXISTS (SELECT 1 FROM information_schema.columns
                           WHERE table_schema = \(schema) AND table_name = 'mirror_files' AND column_name = 'superseded_file_id')
            """) { row in
            try row.decode(Bool.self)
        }.first == true
    }
}
