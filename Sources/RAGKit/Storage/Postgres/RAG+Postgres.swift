import Foundation

extension RAG {
    /// ``openForIndexing(_:)`` for an index kept in PostgreSQL: the schema's advisory lock first, then its
    /// migrations, then the stored settings checked against the request (or written, for a new index).
    static func openPostgresForIndexing(_ request: IndexingRequest) async throws -> RAG {
        let location = try PostgresLocation(request.directory)
        let pool = PostgresConnectionPool(location)
        try await pool.probe()
        let lock = try await PostgresAdvisoryLock.acquire(pool)
        do {
            try await PostgresSchema.migrate(pool)
            let stored = try await PostgresIndexStorage(pool: pool, dimensions: 0).settings()
            let session = IndexingSession(lock: lock, promotesStaging: false, setsAside: false)
            let live = try readSettings(stored, location: location)
            if request.rebuild, let live {
                return try await openPostgresRebuild(request, live: live, pool: pool, lock: lock)
            }
            if let (settings, root) = live, try await isEstablished(PostgresIndexStorage(pool: pool, dimensions: settings.dimensions)) {
                try check(request, settings: settings, root: root, index: location.displayURL.absoluteString)
                let embedder = try await ProviderResolver.embedder(for: request.providers, index: settings)
                try requireMatch(embedder, settings)
                let storage = PostgresIndexStorage(pool: pool, dimensions: settings.dimensions)
                return RAG(store: IndexStore(postgres: storage, root: root, settings: settings, vectorOptions: request.vectorOptions),
                           embedder: embedder, session: session)
            }
            // A first build that stopped before committing anything still records what its user asked for: a run
            // naming nothing else resumes it; one naming other choices starts it again with those.
            let embedder = try await ProviderResolver.embedder(for: request.providers, index: live?.settings)
            let settings = try newSettings(for: request, previous: live?.settings, embedder: embedder)
            guard let root = (request.root ?? live?.root ?? request.defaultRoot)?.standardizedFileURL else {
                throw RAGError(.folderNotFound, "No folder was given for the new index at \(location.displayURL.absoluteString): name the folder to index.")
            }
            try requireFolder(root)
            let storage: PostgresIndexStorage
            if let live, live.settings == settings, live.root.path == root.path {
                storage = PostgresIndexStorage(pool: pool, dimensions: settings.dimensions)
            } else {
                if live != nil {
                    try await pool.execute("clear the unfinished first build", "DROP SCHEMA IF EXISTS \(unescaped: location.schema) CASCADE")
                    try await PostgresSchema.migrate(pool)
                }
                storage = try await createPostgresIndex(pool, settings: settings, root: root)
            }
            return RAG(store: IndexStore(postgres: storage, root: root, settings: settings, vectorOptions: request.vectorOptions),
                       embedder: embedder, session: IndexingSession(lock: lock, promotesStaging: false, setsAside: false, isFirstBuild: true))
        } catch {
            lock.release()
            throw error
        }
    }

    /// Whether an index has shown that its settings work: it committed documents or completed a run. A first build
    /// that stopped before either is not yet pinned to its settings.
    private static func isEstablished(_ storage: PostgresIndexStorage) async throws(RAGError) -> Bool {
        guard try await storage.counts().documents == 0 else { return true }
        return try await storage.lastRun() != nil
    }

    /// A rebuild of a PostgreSQL index: built in the schema `<schema>_rebuild` beside the live one (resumed when a
    /// rebuild with the same settings was interrupted), with the live vectors of the same model reused, and swapped
    /// in by renaming the schemas in one transaction once its run completes.
    private static func openPostgresRebuild(_ request: IndexingRequest, live: (settings: IndexSettings, root: URL),
                                            pool: PostgresConnectionPool, lock: PostgresAdvisoryLock) async throws -> RAG {
        var stagingLocation = pool.location
        stagingLocation.schema = try PostgresLocation.rebuildSchema(for: pool.location.schema)
        let staging = PostgresConnectionPool(stagingLocation)
        let embedder = try await ProviderResolver.embedder(for: request.providers, index: live.settings)
        let settings = try newSettings(for: request, previous: live.settings, embedder: embedder)
        let root = (request.root ?? live.root).standardizedFileURL
        try requireFolder(root)
        let (liveSchema, stagingSchema) = (pool.location.schema, stagingLocation.schema)
        let promote: @Sendable () async throws(RAGError) -> Void = {
            try await PostgresSchema.swap(pool, live: liveSchema, with: stagingSchema)
        }
        let session = IndexingSession(lock: lock, promotesStaging: true, setsAside: false, promote: promote)

        try await PostgresSchema.migrate(staging)
        let staged = try readSettings(try await PostgresIndexStorage(pool: staging, dimensions: 0).settings(), location: stagingLocation)
        let storage: PostgresIndexStorage
        if let staged, staged.settings == settings, staged.root.path == root.path {
            storage = PostgresIndexStorage(pool: staging, dimensions: settings.dimensions)
        } else {
            try await staging.execute("clear the unfinished rebuild", "DROP SCHEMA IF EXISTS \(unescaped: stagingLocation.schema) CASCADE")
            try await PostgresSchema.migrate(staging)
            let sameModel = live.settings.embeddingModel == settings.embeddingModel && live.settings.dimensions == settings.dimensions
            storage = try await createPostgresIndex(staging, settings: settings, root: root,
                                                    reusingVectorsOf: sameModel ? pool.location.schema : nil)
        }
        return RAG(store: IndexStore(postgres: storage, root: root, settings: settings, vectorOptions: request.vectorOptions),
                   embedder: embedder, session: session)
    }

    /// Creates the vector table and writes the settings of a new index in `pool`'s (migrated) schema; with
    /// `reusingVectorsOf`, the vectors of that schema are copied first (the same model made them), journaled so that
    /// those no chunk needs are collected at the end of the first run.
    private static func createPostgresIndex(_ pool: PostgresConnectionPool, settings: IndexSettings, root: URL,
                                            reusingVectorsOf source: String? = nil) async throws(RAGError) -> PostgresIndexStorage {
        try await PostgresSchema.createVectorTable(pool, dimensions: settings.dimensions)
        let schema = pool.location.schema
        if let source {
            try await pool.execute("reuse the vectors of the live index",
                                   "INSERT INTO \(unescaped: schema).vectors SELECT id, embedding FROM \(unescaped: source).vectors ON CONFLICT DO NOTHING",
                                   "INSERT INTO \(unescaped: schema).vector_journal SELECT id FROM \(unescaped: schema).vectors ON CONFLICT DO NOTHING")
        }
        let storage = PostgresIndexStorage(pool: pool, dimensions: settings.dimensions)
        try await storage.recordIndex(settings: settings, root: root)
        return storage
    }

    /// ``open(at:providers:needsEmbedder:vectorOptions:)`` for an index kept in PostgreSQL.
    static func openPostgres(at url: URL, providers: ProviderRequest, needsEmbedder: Bool,
                             vectorOptions: VectorStoreOptions) async throws -> RAG {
        let location = try PostgresLocation(url)
        let pool = PostgresConnectionPool(location)
        try await pool.probe()
        let stored = try await PostgresIndexStorage(pool: pool, dimensions: 0).settings()
        guard let (settings, root) = try readSettings(stored, location: location) else {
            throw RAGError(.noIndex, "No index at \(location.displayURL.absoluteString): index a folder into it first.", remedy: .createIndex)
        }
        let embedder = try await readingEmbedder(for: settings, providers: providers, needsEmbedder: needsEmbedder)
        let storage = PostgresIndexStorage(pool: pool, dimensions: settings.dimensions)
        return RAG(store: IndexStore(postgres: storage, root: root, settings: settings, vectorOptions: vectorOptions), embedder: embedder)
    }

    /// The settings and folder of a PostgreSQL index, or `nil` when it has none yet.
    private static func readSettings(_ stored: [String: String],
                                     location: PostgresLocation) throws(RAGError) -> (settings: IndexSettings, root: URL)? {
        guard let text = stored[SettingKey.settings] else { return nil }
        let index = location.displayURL.absoluteString
        guard let settings = JSONColumn.decode(text, as: IndexSettings.self), let root = stored[SettingKey.rootAbsolute] else {
            throw RAGError(.indexDamaged, "The index at \(index) has unreadable settings: index into a new schema.", remedy: .reindex)
        }
        if let version = stored[SettingKey.formatVersion], version != RAG.formatVersion {
            throw RAGError(.storage, "The index at \(index) has format \(version), this version reads \(RAG.formatVersion): index into a new schema.",
                           remedy: .reindex)
        }
        return (settings, URL(filePath: root, directoryHint: .isDirectory))
    }
}
