import Foundation
internal import PostgresNIO

/// ``IndexStorage`` in a PostgreSQL schema: documents and chunks in tables, keyword search on a generated
/// `tsvector` column (GIN index, ranked by `ts_rank_cd`), vectors in pgvector searched exactly by cosine distance.
///
/// Several processes, on several hosts, may search one index while one indexes it: a run commits each group of
/// documents in one transaction after its vectors, so a search sees documents whole or not at all.
struct PostgresIndexStorage: IndexStorage {
    let pool: PostgresConnectionPool
    let dimensions: Int

    private var schema: String { pool.location.schema }
    private var vectorType: String { PostgresSchema.vectorType(dimensions: dimensions) }

    // MARK: Documents

    func documentStates() async throws(RAGError) -> [String: DocumentState] {
        let revision = try await textRevisionColumn()
        let rows = try await pool.rows("read the document list",
                                       "SELECT id, path, size, mtime, content_hash, \(unescaped: revision) FROM \(unescaped: schema).documents") { row in
            let (id, path, size, mtime, hash, revision) = try row.decode((Int64, String, Int, Double, String, Int).self)
            return DocumentState(id: id, path: path, size: size, mtime: mtime, contentHash: hash, textRevision: revision)
        }
        return Dictionary(rows.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func documentSummaries() async throws(RAGError) -> [DocumentSummary] {
        try await pool.rows("read the document list", "SELECT id, path, metadata FROM \(unescaped: schema).documents ORDER BY path") { row in
            let (id, path, metadata) = try row.decode((Int64, String, String).self)
            return DocumentSummary(id: id, path: path, metadata: JSONColumn.decode(metadata, as: [String: String].self) ?? [:])
        }
    }

    func documentEntries(path: String?) async throws(RAGError) -> [DocumentEntry] {
        try await pool.rows("read the document list", """
            SELECT path, kind, metadata, chunk_count FROM \(unescaped: schema).documents
            WHERE \(path) :: text IS NULL OR path = \(path) ORDER BY path
            """) { row in
            let (path, kind, metadata, chunkCount) = try row.decode((String, String, String, Int).self)
            return DocumentEntry(path: path, kind: kind, metadata: JSONColumn.decode(metadata, as: [String: String].self) ?? [:],
                                 chunkCount: chunkCount)
        }
    }

    func updateFileStats(_ states: [DocumentState]) async throws(RAGError) {
        guard !states.isEmpty else { return }
        try await pool.execute("update file timestamps", """
            UPDATE \(unescaped: schema).documents d SET size = s.size, mtime = s.mtime
            FROM unnest(\(states.map(\.id)) :: bigint[], \(states.map(\.size)) :: bigint[], \(states.map(\.mtime)) :: float8[])
                AS s(id, size, mtime)
            WHERE d.id = s.id
            """)
    }

    func commit(documents: [CatalogDocument], removing removedPaths: [String]) async throws(RAGError) {
        guard !documents.isEmpty || !removedPaths.isEmpty else { return }
        let schema = schema
        let paths = removedPaths + documents.map(\.path)
        try await pool.transaction("write documents to the index") { connection in
            try await connection.query("""
                INSERT INTO \(unescaped: schema).vector_journal (text_hash)
                SELECT DISTINCT c.text_hash FROM \(unescaped: schema).chunks c JOIN \(unescaped: schema).documents d ON d.id = c.document_id
                WHERE d.path = ANY(\(paths)) ON CONFLICT DO NOTHING
                """, logger: PostgresConnectionPool.silent)
            try await connection.query("DELETE FROM \(unescaped: schema).documents WHERE path = ANY(\(paths))",
                                       logger: PostgresConnectionPool.silent)
            let now = Date().timeIntervalSince1970
            for document in documents {
                let tokens = document.chunks.reduce(0) { $0 + $1.tokenCount }
                var id: Int64 = 0
                for try await inserted in try await connection.query("""
                    INSERT INTO \(unescaped: schema).documents
                        (path, kind, size, mtime, content_hash, metadata, text_encoding, chunk_count, token_count, indexed_at, role,
                         text_revision)
                    VALUES (\(document.path), \(document.kind), \(document.size), \(document.mtime), \(document.contentHash),
                            \(JSONColumn.encode(document.metadata)), \(document.textEncoding), \(document.chunks.count), \(tokens),
                            \(now), \(document.role), \(document.textRevision))
                    RETURNING id
                    """, logger: PostgresConnectionPool.silent).decode(Int64.self) {
                    id = inserted
                }
                let chunks = document.chunks
                guard !chunks.isEmpty else { continue }
                try await connection.query("""
                    INSERT INTO \(unescaped: schema).chunks
                        (document_id, ordinal, text, byte_start, byte_end, char_start, char_end, heading_path, page, token_count,
                         text_hash, cut_start, cut_end)
                    SELECT \(id), o, t, bs, be, cs, ce, h, NULLIF(p, -1), tc, th, cst, cen FROM unnest(
                        \(chunks.map(\.ordinal)) :: integer[], \(chunks.map(\.text)) :: text[],
                        \(chunks.map(\.byteRange.lowerBound)) :: bigint[], \(chunks.map(\.byteRange.upperBound)) :: bigint[],
                        \(chunks.map(\.characterRange.lowerBound)) :: bigint[], \(chunks.map(\.characterRange.upperBound)) :: bigint[],
                        \(chunks.map { JSONColumn.encode($0.headingPath) }) :: text[], \(chunks.map { $0.page ?? -1 }) :: integer[],
                        \(chunks.map(\.tokenCount)) :: integer[], \(chunks.map(\.textHash)) :: text[],
                        \(chunks.map(\.cutStart)) :: boolean[], \(chunks.map(\.cutEnd)) :: boolean[])
                        AS u(o, t, bs, be, cs, ce, h, p, tc, th, cst, cen)
                    """, logger: PostgresConnectionPool.silent)
            }
        }
    }

    // MARK: Chunks

    private var chunkSelect: String {
        """
        SELECT c.id, c.document_id, d.path, c.ordinal, c.text, c.heading_path, c.page, c.token_count, c.text_hash, c.cut_start,
               c.cut_end, d.role
        FROM \(schema).chunks c JOIN \(schema).documents d ON d.id = c.document_id
        """
    }

    private static func storedChunk(_ row: PostgresRow) throws -> StoredChunk {
        let (id, documentID, path, ordinal, text, headings, page, tokens, hash, cutStart, cutEnd, role) =
            try row.decode((Int64, Int64, String, Int, String, String, Int?, Int, String, Bool, Bool, String).self)
        return StoredChunk(id: id, documentID: documentID, path: path, ordinal: ordinal, text: text,
                           headingPath: JSONColumn.decode(headings, as: [String].self) ?? [], page: page, tokenCount: tokens,
                           textHash: hash, cutStart: cutStart, cutEnd: cutEnd, role: role)
    }

    func chunks(withTextHashes hashes: [String], documentIDs: Set<Int64>?) async throws(RAGError) -> [StoredChunk] {
        guard !hashes.isEmpty else { return [] }
        let documents = documentIDs.map { $0.sorted() }
        return try await pool.rows("read chunks", """
            \(unescaped: chunkSelect) WHERE c.text_hash = ANY(\(hashes))
            AND (\(documents) :: bigint[] IS NULL OR c.document_id = ANY(\(documents)))
            ORDER BY d.path, c.ordinal
            """, Self.storedChunk)
    }

    func chunks(ids: [Int64]) async throws(RAGError) -> [StoredChunk] {
        guard !ids.isEmpty else { return [] }
        return try await pool.rows("read chunks", "\(unescaped: chunkSelect) WHERE c.id = ANY(\(ids))", Self.storedChunk)
    }

    func chunks(documentPath path: String) async throws(RAGError) -> [StoredChunk] {
        try await pool.rows("read chunks", "\(unescaped: chunkSelect) WHERE d.path = \(path) ORDER BY c.ordinal", Self.storedChunk)
    }

    func textHashes(documentIDs: Set<Int64>) async throws(RAGError) -> Set<String> {
        Set(try await pool.rows("read chunk hashes", """
            SELECT DISTINCT text_hash FROM \(unescaped: schema).chunks WHERE document_id = ANY(\(documentIDs.sorted()))
            """) { try $0.decode(String.self) })
    }

    /// The column of documents' text revisions, or `0` in an index made before migration v4 and not opened for
    /// indexing since (a copy's source).
    private func textRevisionColumn() async throws(RAGError) -> String {
        let exists = try await pool.rows("look for the text revisions", """
            SELECT EXISTS (SELECT 1 FROM information_schema.columns
                           WHERE table_schema = \(schema) AND table_name = 'documents' AND column_name = 'text_revision')
            """) { try $0.decode(Bool.self) }.first == true
        return exists ? "text_revision" : "0"
    }

    func exportDocuments(paths: [String]) async throws(RAGError) -> [CatalogDocument] {
        guard !paths.isEmpty else { return [] }
        let documents = try await pool.rows("read documents", """
            SELECT id, path, kind, size, mtime, content_hash, metadata, text_encoding, role, \(unescaped: try await textRevisionColumn())
            FROM \(unescaped: schema).documents WHERE path = ANY(\(paths)) ORDER BY path
            """) { row in
            let (id, path, kind, size, mtime, hash, metadata, encoding, role, revision) =
                try row.decode((Int64, String, String, Int, Double, String, String, String?, String, Int).self)
            return (id, CatalogDocument(path: path, kind: kind, size: size, mtime: mtime, contentHash: hash, textRevision: revision,
                                        metadata: JSONColumn.decode(metadata, as: [String: String].self) ?? [:], textEncoding: encoding,
                                        role: role, chunks: []))
        }
        let chunks = try await pool.rows("read chunks", """
            SELECT document_id, ordinal, text, byte_start, byte_end, char_start, char_end, heading_path, page, token_count, text_hash,
                   cut_start, cut_end
            FROM \(unescaped: schema).chunks WHERE document_id = ANY(\(documents.map(\.0))) ORDER BY document_id, ordinal
            """) { row in
            let (document, ordinal, text, byteStart, byteEnd, charStart, charEnd, headings, page, tokens, hash, cutStart, cutEnd) =
                try row.decode((Int64, Int, String, Int, Int, Int, Int, String, Int?, Int, String, Bool, Bool).self)
            return (document, CatalogChunk(ordinal: ordinal, text: text, byteRange: byteStart..<byteEnd, characterRange: charStart..<charEnd,
                                           headingPath: JSONColumn.decode(headings, as: [String].self) ?? [], page: page,
                                           tokenCount: tokens, textHash: hash, cutStart: cutStart, cutEnd: cutEnd))
        }
        let byDocument = Dictionary(grouping: chunks, by: \.0)
        return documents.map { id, document in
            var document = document
            document.chunks = (byDocument[id] ?? []).map(\.1)
            return document
        }
    }

    func vectors(ids: [String]) async throws(RAGError) -> [(id: String, vector: [Float])] {
        guard !ids.isEmpty else { return [] }
        return try await pool.rows("read vectors", """
            SELECT id, embedding::text FROM \(unescaped: schema).vectors WHERE id = ANY(\(ids))
            """) { row in
            let (id, text) = try row.decode((String, String).self)
            return (id: id, vector: text.dropFirst().dropLast().split(separator: ",").compactMap { Float($0) })
        }
    }

    func textsMissingVectors() async throws(RAGError) -> [(textHash: String, text: String, tokenCount: Int)] {
        try await pool.rows("read chunk texts", """
            SELECT DISTINCT ON (c.text_hash) c.text_hash, c.text, c.token_count FROM \(unescaped: schema).chunks c
            WHERE NOT EXISTS (SELECT 1 FROM \(unescaped: schema).vectors v WHERE v.id = c.text_hash)
            ORDER BY c.text_hash, c.id
            """) { row in
            let (hash, text, tokens) = try row.decode((String, String, Int).self)
            return (textHash: hash, text: text, tokenCount: tokens)
        }
    }

    // MARK: Search

    func keywordSearch(_ query: String, limit: Int, documentIDs: Set<Int64>?) async throws(RAGError) -> [(id: Int64, score: Double)] {
        let words = WordScanner.words(in: query)
        guard !words.isEmpty, limit > 0 else { return [] }
        let documents = documentIDs.map { $0.sorted() }
        return try await pool.rows("run the keyword search", """
            SELECT c.id, ts_rank_cd(c.words, q, 1)::float8 AS score
            FROM \(unescaped: schema).chunks c,
                 (SELECT string_agg(quote_literal(w), ' | ') :: tsquery AS q FROM unnest(\(Array(Set(words)).sorted()) :: text[]) w) query
            WHERE c.words @@ q AND (\(documents) :: bigint[] IS NULL OR c.document_id = ANY(\(documents)))
            ORDER BY score DESC, c.id LIMIT \(limit)
            """) { row in
            let (id, score) = try row.decode((Int64, Double).self)
            return (id: id, score: score)
        }
    }

    /// None: `ts_rank_cd` already weighs how close the words stand, so whole chunks are ranked only.
    func passageKeywordSearch(_ query: String, limit: Int, documentIDs: Set<Int64>?) async throws(RAGError) -> [(id: Int64, score: Double)] {
        []
    }

    func termStatistics(for words: [String]) async throws(RAGError) -> TermCounts {
        let unique = Array(Set(words)).sorted()
        let rows = try await pool.rows("read word frequencies", """
            SELECT w, (SELECT count(*) FROM \(unescaped: schema).chunks WHERE words @@ quote_literal(w) :: tsquery)
            FROM unnest(\(unique) :: text[]) w
            UNION ALL SELECT '', count(*) FROM \(unescaped: schema).chunks
            """) { row in try row.decode((String, Int).self) }
        var counts = TermCounts(documentCount: 0, frequencies: [:])
        for (word, count) in rows {
            if word.isEmpty { counts.documentCount = count } else if count > 0 { counts.frequencies[word] = count }
        }
        return counts
    }

    // MARK: Vectors

    func vectorCount() async throws(RAGError) -> Int {
        try await pool.rows("count vectors", "SELECT count(*) FROM \(unescaped: schema).vectors") { try $0.decode(Int.self) }.first ?? 0
    }

    func idsMissingVectors(_ ids: [String]) async throws(RAGError) -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return Set(try await pool.rows("look up vectors", """
            SELECT id FROM unnest(\(ids) :: text[]) id
            WHERE NOT EXISTS (SELECT 1 FROM \(unescaped: schema).vectors v WHERE v.id = id)
            """) { try $0.decode(String.self) })
    }

    func journal(textHashes: [String]) async throws(RAGError) {
        guard !textHashes.isEmpty else { return }
        try await pool.execute("journal new vectors", """
            INSERT INTO \(unescaped: schema).vector_journal (text_hash) SELECT unnest(\(textHashes) :: text[]) ON CONFLICT DO NOTHING
            """)
    }

    func storeVectors(_ vectors: [(id: String, vector: [Float])]) async throws(RAGError) {
        guard !vectors.isEmpty else { return }
        for record in vectors where record.vector.count != dimensions {
            throw RAGError(.storage, "Could not store vectors: \(record.vector.count) dimensions, the index has \(dimensions).")
        }
        try await pool.execute("store vectors", """
            INSERT INTO \(unescaped: schema).vectors (id, embedding)
            SELECT id, v :: \(unescaped: vectorType) FROM unnest(\(vectors.map(\.id)) :: text[], \(vectors.map { Self.literal($0.vector) }) :: text[]) AS t(id, v)
            ON CONFLICT (id) DO UPDATE SET embedding = EXCLUDED.embedding
            """)
    }

    func nearestVectors(to query: [Float], k: Int, among ids: Set<String>?) async throws(RAGError) -> [(id: String, score: Float)] {
        guard query.count == dimensions else {
            throw RAGError(.storage, "The vector search failed: the query has \(query.count) dimensions, the index \(dimensions).")
        }
        let among = ids.map { $0.sorted() }
        let location = pool.location
        let search: PostgresQuery = """
            SELECT id, (1 - (embedding <=> q))::float4 FROM \(unescaped: schema).vectors,
                (SELECT \(Self.literal(query)) :: \(unescaped: vectorType) AS q) query
            WHERE \(among) :: text[] IS NULL OR id = ANY(\(among))
            ORDER BY embedding <=> q LIMIT \(k)
            """
        if location.approximate, !pool.hnswChecked.load(ordering: .acquiring) {
            try await PostgresSchema.createHNSWIndex(pool, dimensions: dimensions)
            pool.hnswChecked.store(true, ordering: .releasing)
        }
        return try await pool.transaction("run the vector search") { connection in
            if location.approximate {
                try await connection.query("SET LOCAL hnsw.ef_search = \(unescaped: String(location.efSearch))", logger: PostgresConnectionPool.silent)
                try await connection.query("SET LOCAL hnsw.iterative_scan = relaxed_order", logger: PostgresConnectionPool.silent)
                // At high dimensions vectors live out of line (TOAST) and the planner prices a full scan below the
                // index (Benchmarks/PostgresBenchmark): an approximate search must use the index.
                try await connection.query("SET LOCAL enable_seqscan = off", logger: PostgresConnectionPool.silent)
            } else {
                // Exact even when another host built an HNSW index.
                try await connection.query("SET LOCAL enable_indexscan = off", logger: PostgresConnectionPool.silent)
            }
            var matches: [(id: String, score: Float)] = []
            for try await (id, score) in try await connection.query(search, logger: PostgresConnectionPool.silent).decode((String, Float).self) {
                matches.append((id: id, score: score))
            }
            // relaxed_order may return rows slightly out of order.
            return matches.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        }
    }

    func collectUnreferencedVectors() async throws(RAGError) -> Int {
        let schema = schema
        return try await pool.transaction("collect unreferenced vectors") { connection in
            var deleted = 0
            for try await _ in try await connection.query("""
                DELETE FROM \(unescaped: schema).vectors v USING \(unescaped: schema).vector_journal j
                WHERE v.id = j.text_hash AND NOT EXISTS (SELECT 1 FROM \(unescaped: schema).chunks c WHERE c.text_hash = j.text_hash)
                RETURNING v.id
                """, logger: PostgresConnectionPool.silent) {
                deleted += 1
            }
            try await connection.query("DELETE FROM \(unescaped: schema).vector_journal", logger: PostgresConnectionPool.silent)
            return deleted
        }
    }

    /// pgvector's text form of a vector: `[0.1,0.2,…]`.
    static func literal(_ vector: [Float]) -> String {
        "[" + vector.map { $0.isFinite ? String($0) : "0" }.joined(separator: ",") + "]"
    }

    // MARK: Runs

    func recordRun(startedAt: Date, summary: IndexingSummary) async throws(RAGError) {
        try await pool.execute("record the run", """
            INSERT INTO \(unescaped: schema).runs (started_at, finished_at, summary)
            VALUES (\(startedAt.timeIntervalSince1970), \(Date().timeIntervalSince1970), \(JSONColumn.encode(summary)))
            """)
    }

    func lastRun() async throws(RAGError) -> (finishedAt: Date, summary: IndexingSummary?)? {
        try await pool.rows("read the last run", """
            SELECT finished_at, summary FROM \(unescaped: schema).runs WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1
            """) { row in
            let (finished, summary) = try row.decode((Double, String?).self)
            return (finishedAt: Date(timeIntervalSince1970: finished), summary: JSONColumn.decode(summary, as: IndexingSummary.self))
        }.first
    }

    func counts() async throws(RAGError) -> CatalogCounts {
        try await pool.rows("count documents", """
            SELECT (SELECT count(*) FROM \(unescaped: schema).documents), count(*), COALESCE(sum(token_count), 0)::bigint
            FROM \(unescaped: schema).chunks
            """) { row in
            let (documents, chunks, tokens) = try row.decode((Int, Int, Int).self)
            return CatalogCounts(documents: documents, chunks: chunks, tokens: tokens)
        }.first ?? CatalogCounts(documents: 0, chunks: 0, tokens: 0)
    }

    func bytesUsed() async -> Int64 {
        let schema = schema
        let rows = try? await pool.rows("measure the index", """
            SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = \(schema) AND c.relkind = 'r'
            """) { try $0.decode(Int64.self) }
        return rows?.first ?? 0
    }

    // MARK: Mirror

    func mirrorLocalFiles() async throws(RAGError) -> [MirrorLocalFile] {
        try await pool.rows("read the document list", """
            SELECT path, content_hash, size, kind, metadata FROM \(unescaped: schema).documents ORDER BY path
            """) { row in
            let (path, hash, size, kind, metadata) = try row.decode((String, String, Int, String, String).self)
            return MirrorLocalFile(relativePath: path, contentHash: hash, byteCount: size, kind: kind,
                                   metadata: JSONColumn.decode(metadata, as: [String: String].self) ?? [:])
        }
    }

    func mirrorLedger() -> any MirrorLedger { PostgresMirrorLedger(pool: pool) }

    // MARK: Coordination

    func lockForIndexing() async throws(RAGError) -> any IndexingLock { try await PostgresAdvisoryLock.acquire(pool) }

    // MARK: Settings

    /// The stored settings rows; none when the schema holds no index yet.
    func settings() async throws(RAGError) -> [String: String] {
        do {
            return Dictionary(try await pool.rows("read the index settings", "SELECT key, value FROM \(unescaped: schema).settings") { row in
                try row.decode((String, String).self)
            }, uniquingKeysWith: { first, _ in first })
        } catch {
            guard error.namesMissingTable else { throw error }
            return [:]
        }
    }

    /// Writes the rows that make the schema an index: its format, folder, creation time and settings.
    func recordIndex(settings: IndexSettings, root: URL) async throws(RAGError) {
        try await setSettings([
            SettingKey.formatVersion: RAG.formatVersion,
            SettingKey.rootAbsolute: root.path,
            SettingKey.createdAt: ISO8601DateFormatter().string(from: Date()),
            SettingKey.settings: JSONColumn.encode(settings),
        ])
    }

    /// Writes settings rows.
    func setSettings(_ values: [String: String]) async throws(RAGError) {
        let keys = values.keys.sorted()
        try await pool.execute("write the index settings", """
            INSERT INTO \(unescaped: schema).settings (key, value) SELECT * FROM unnest(\(keys) :: text[], \(keys.map { values[$0] ?? "" }) :: text[])
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
            """)
    }
}
