internal import PostgresNIO

/// The tables of an index in its PostgreSQL schema, created by versioned migrations. A shipped migration is never
/// modified; changes come as new ones. Migrations run under a transaction-level advisory lock, so hosts that open
/// a new index at once create it once.
enum PostgresSchema {
    /// The migrations, in order: a version and its statements.
    static func migrations(_ schema: String) -> [(version: String, statements: [String])] {
        [("v1", [
            """
            CREATE TABLE \(schema).settings (key text PRIMARY KEY, value text NOT NULL)
            """,
            """
            CREATE TABLE \(schema).documents (
                id bigserial PRIMARY KEY, path text NOT NULL UNIQUE, kind text NOT NULL, size bigint NOT NULL,
                mtime double precision NOT NULL, content_hash text NOT NULL, metadata text NOT NULL DEFAULT '{}',
                text_encoding text, chunk_count integer NOT NULL, token_count bigint NOT NULL,
                indexed_at double precision NOT NULL, role text NOT NULL DEFAULT 'content')
            """,
            """
            CREATE TABLE \(schema).chunks (
                id bigserial PRIMARY KEY, document_id bigint NOT NULL REFERENCES \(schema).documents(id) ON DELETE CASCADE,
                ordinal integer NOT NULL, text text NOT NULL, byte_start bigint NOT NULL, byte_end bigint NOT NULL,
                char_start bigint NOT NULL, char_end bigint NOT NULL, heading_path text NOT NULL DEFAULT '[]', page integer,
                token_count integer NOT NULL, text_hash text NOT NULL, cut_start boolean NOT NULL DEFAULT false,
                cut_end boolean NOT NULL DEFAULT false,
                words tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
                UNIQUE (document_id, ordinal))
            """,
            "CREATE INDEX chunks_text_hash ON \(schema).chunks (text_hash)",
            "CREATE INDEX chunks_words ON \(schema).chunks USING gin (words)",
            "CREATE TABLE \(schema).vector_journal (text_hash text PRIMARY KEY)",
            """
            CREATE TABLE \(schema).runs (
                id bigserial PRIMARY KEY, started_at double precision NOT NULL, finished_at double precision, summary text)
            """,
        ]), ("v2", [
            // The vector store mirror's records (PostgresMirrorLedger).
            """
            CREATE TABLE \(schema).mirror_store (
                id integer PRIMARY KEY CHECK (id = 1), vector_store_id text NOT NULL, last_sync_at double precision,
                last_summary text, run_started_at double precision)
            """,
            """
            CREATE TABLE \(schema).mirror_files (
                path text PRIMARY KEY, file_id text NOT NULL, vector_store_file_id text NOT NULL, content_hash text NOT NULL,
                state text NOT NULL, failure_code text, failure_message text, updated_at double precision NOT NULL)
            """,
        ]), ("v3", [
            // The earlier version of a changed file, kept searchable until its replacement is processed.
            "ALTER TABLE \(schema).mirror_files ADD COLUMN superseded_file_id text",
        ]), ("v4", [
            // The loaders' text revision a document was read with; 0 for those read before it was recorded.
            "ALTER TABLE \(schema).documents ADD COLUMN text_revision integer NOT NULL DEFAULT 0",
        ])]
    }

    /// The vector column's type: `vector(d)`, or `halfvec(d)` above pgvector's 2,000-dimension index limit.
    static func vectorType(dimensions: Int) -> String {
        dimensions > 2000 ? "halfvec" : "vector"
    }

    /// Creates the schema and brings it to the newest migration.
    static func migrate(_ pool: PostgresConnectionPool) async throws(RAGError) {
        let schema = pool.location.schema
        try await createVectorExtension(pool)
        try await pool.transaction("create the index tables") { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended(\("ragkit-migrate:" + schema), 0))",
                                       logger: PostgresConnectionPool.silent)
            try await connection.query("CREATE SCHEMA IF NOT EXISTS \(unescaped: schema)", logger: PostgresConnectionPool.silent)
            try await connection.query("CREATE TABLE IF NOT EXISTS \(unescaped: schema).migrations (version text PRIMARY KEY)",
                                       logger: PostgresConnectionPool.silent)
            var applied: Set<String> = []
            for try await version in try await connection.query("SELECT version FROM \(unescaped: schema).migrations",
                                                                  logger: PostgresConnectionPool.silent).decode(String.self) {
                applied.insert(version)
            }
            for migration in migrations(schema) where !applied.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: PostgresConnectionPool.silent)
                }
                try await connection.query("INSERT INTO \(unescaped: schema).migrations (version) VALUES (\(migration.version))",
                                           logger: PostgresConnectionPool.silent)
            }
        }
    }

    /// Makes the rebuilt schema `staging` the index `live`, in one transaction: readers see the old index or the new
    /// one, never a mix; the old one is dropped. The vector store mirror's records of the live index are carried over.
    static func swap(_ pool: PostgresConnectionPool, live: String, with staging: String) async throws(RAGError) {
        let retired = live + "_retired"
        try await pool.transaction("switch the rebuilt index in") { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended(\("ragkit-migrate:" + live), 0))",
                                       logger: PostgresConnectionPool.silent)
            try await PostgresMirrorLedger.carryOver(from: live, to: staging, on: connection)
            try await connection.query("DROP SCHEMA IF EXISTS \(unescaped: retired) CASCADE", logger: PostgresConnectionPool.silent)
            try await connection.query("ALTER SCHEMA \(unescaped: live) RENAME TO \(unescaped: retired)", logger: PostgresConnectionPool.silent)
            try await connection.query("ALTER SCHEMA \(unescaped: staging) RENAME TO \(unescaped: live)", logger: PostgresConnectionPool.silent)
            try await connection.query("DROP SCHEMA \(unescaped: retired) CASCADE", logger: PostgresConnectionPool.silent)
        }
    }

    /// Creates the vector table for `dimensions` if absent.
    static func createVectorTable(_ pool: PostgresConnectionPool, dimensions: Int) async throws(RAGError) {
        let schema = pool.location.schema
        try await pool.execute("create the vector table", """
            CREATE TABLE IF NOT EXISTS \(unescaped: schema).vectors (
                id text PRIMARY KEY, embedding \(unescaped: vectorType(dimensions: dimensions))(\(unescaped: String(dimensions))) NOT NULL)
            """)
    }

    /// Creates the HNSW index on the vectors (cosine) if absent; building it reads every vector once.
    static func createHNSWIndex(_ pool: PostgresConnectionPool, dimensions: Int) async throws(RAGError) {
        let schema = pool.location.schema
        let operators = vectorType(dimensions: dimensions) + "_cosine_ops"
        try await pool.execute("build the HNSW index", """
            CREATE INDEX IF NOT EXISTS vectors_hnsw ON \(unescaped: schema).vectors USING hnsw (embedding \(unescaped: operators))
            """)
    }

    /// `CREATE EXTENSION vector`, with an error that says what to do when pgvector is missing or not allowed.
    private static func createVectorExtension(_ pool: PostgresConnectionPool) async throws(RAGError) {
        do {
            try await pool.client.query("CREATE EXTENSION IF NOT EXISTS vector")
        } catch {
            let mapped = pool.mapped("create the pgvector extension", error)
            guard let state = (error as? PSQLError)?.serverInfo?[.sqlState] else { throw mapped }
            let database = pool.location.database
            switch state {
            case "23505":
                return  // another host created it at the same moment
            case "0A000", "58P01":
                throw RAGError(.storage, "The PostgreSQL server has no pgvector extension: install pgvector on the server, then run CREATE EXTENSION vector in database \(database).",
                               underlying: error)
            case "42501":
                throw RAGError(.storage, "User \(pool.location.username) may not create the pgvector extension: have a superuser run CREATE EXTENSION vector in database \(database).",
                               underlying: error)
            default:
                throw mapped
            }
        }
    }
}
