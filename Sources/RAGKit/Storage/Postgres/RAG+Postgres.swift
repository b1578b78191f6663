import Foundation

extension RAG {
    /// ``openForIndexing(_:)`` for an index kept in PostgreSQL: the schema's advisory lock first, then its
    /// migrations, then the stored settings checked against the request (or written, for a new index).
    static func openPostgresForIndexing(_ request: IndexingRequest) async throws -> RAG {
        let location = try PostgresLocation(request.directory)
        guard !request.rebuild else {
            throw RAGError(.invalidArgument,
                           "Rebuilding an index kept in PostgreSQL is not supported yet: index into a new schema (?schema=…) and point the URL at it.")
        }
        let pool = PostgresConnectionPool(location)
        try await pool.probe()
        let lock = try await PostgresAdvisoryLock.acquire(pool)
        do {
            try await PostgresSchema.migrate(pool)
            let stored = try await PostgresIndexStorage(pool: pool, dimensions: 0).settings()
            let session = IndexingSession(lock: lock, promotesStaging: false, setsAside: false)
            if let (settings, root) = try readSettings(stored, location: location) {
                try check(request, settings: settings, root: root, index: location.displayURL.absoluteString)
                let embedder = try await ProviderResolver.embedder(for: request.providers, index: settings)
                try requireMatch(embedder, settings)
                let storage = PostgresIndexStorage(pool: pool, dimensions: settings.dimensions)
                return RAG(store: IndexStore(postgres: storage, root: root, settings: settings, vectorOptions: request.vectorOptions),
                           embedder: embedder, session: session)
            }
            let embedder = try await ProviderResolver.embedder(for: request.providers, index: nil)
            let settings = try newSettings(for: request, previous: nil, embedder: embedder)
            guard let root = (request.root ?? request.defaultRoot)?.standardizedFileURL else {
                throw RAGError(.folderNotFound, "No folder was given for the new index at \(location.displayURL.absoluteString): name the folder to index.")
            }
            try requireFolder(root)
            try await PostgresSchema.createVectorTable(pool, dimensions: settings.dimensions)
            let storage = PostgresIndexStorage(pool: pool, dimensions: settings.dimensions)
            try await storage.setSettings([
                SettingKey.formatVersion: RAG.formatVersion,
                SettingKey.rootAbsolute: root.path,
                SettingKey.createdAt: ISO8601DateFormatter().string(from: Date()),
                SettingKey.settings: JSONColumn.encode(settings),
            ])
            return RAG(store: IndexStore(postgres: storage, root: root, settings: settings, vectorOptions: request.vectorOptions),
                       embedder: embedder, session: session)
        } catch {
            lock.release()
            throw error
        }
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
    private static func readSettings(_ stored: [String: String], location: PostgresLocation) throws(RAGError) -> (IndexSettings, URL)? {
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
