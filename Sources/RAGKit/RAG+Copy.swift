import Foundation

extension RAG {
    /// Copies the index at `source` to `destination`, which must hold no index: documents, chunks, keyword index and
    /// vectors, with the same settings and folder — nothing is embedded again.
    ///
    /// Either location may be a directory or a PostgreSQL URL, so this moves an index from files to PostgreSQL and
    /// back. The copy becomes an index only once complete: a copy that fails or is killed leaves no index at
    /// `destination`, and running it again starts over. Afterwards, ``openForIndexing(_:)`` on `destination` brings it
    /// up to date with the folder as usual.
    ///
    /// ```swift
    /// _ = try await RAG.copy(from: folder.appending(path: ".rag"), to: URL(string: "postgres://rag@db/knowledge?schema=docs")!)
    /// ```
    /// - Parameters:
    ///   - source: The index to copy (opened read-only).
    ///   - destination: Where to copy it.
    /// - Returns: The copy, opened to read.
    /// - Throws: ``RAGError`` `.noIndex` (no source), `.indexExists` (the destination holds one), `.indexBusy`, `.storage`
    ///   and the connection errors of a PostgreSQL location.
    public static func copy(from source: URL, to destination: URL) async throws -> RAG {
        let reader = try await open(at: source, providers: ProviderRequest(environment: [:]), needsEmbedder: false)
        let settings = reader.settings
        let occupied = RAGError(.indexExists, "An index already exists at \(Self.describe(destination)): copy into an empty location.",
                                remedy: .chooseIndexLocation)
        if PostgresLocation.isPostgres(destination) {
            let location = try PostgresLocation(destination)
            let pool = PostgresConnectionPool(location)
            try await pool.probe()
            let lock = try await PostgresAdvisoryLock.acquire(pool)
            defer { lock.release() }
            try await PostgresSchema.migrate(pool)
            let empty = PostgresIndexStorage(pool: pool, dimensions: settings.dimensions)
            guard try await empty.settings()[SettingKey.settings] == nil else { throw occupied }
            try await PostgresSchema.createVectorTable(pool, dimensions: settings.dimensions)
            try await copyContents(of: reader.store.storage, into: empty)
            // Settings last: until they are written the schema holds no index.
            try await empty.recordIndex(settings: settings, root: reader.root)
        } else {
            let layout = IndexDirectory(destination)
            guard layout.liveData == nil else { throw occupied }
            do {
                try FileManager.default.createDirectory(at: layout.url, withIntermediateDirectories: true)
            } catch {
                throw RAGError.storage("create the index directory \(layout.url.path)", error)
            }
            let lock = try IndexLock(directory: layout.url)
            defer { lock.release() }
            // Built as a staging generation: it becomes the live index only once complete.
            let data = try layout.beginStaging()
            let store = try StoredIndex.create(data: data, layout: layout, root: reader.root, settings: settings,
                                               vectorOptions: reader.vectorOptions, reusingVectorsFrom: nil)
            try await copyContents(of: reader.store.storage, into: store.storage)
            _ = try layout.promoteStaging(settingAside: false)
        }
        return try await open(at: destination, providers: ProviderRequest(environment: [:]), needsEmbedder: false)
    }

    /// Copies documents (a hundred at a time), each group after the vectors its chunks need.
    private static func copyContents(of source: any IndexStorage, into destination: any IndexStorage) async throws(RAGError) {
        let paths = try await source.documentStates().keys.sorted()
        var start = paths.startIndex
        while start < paths.endIndex {
            let end = min(start + 100, paths.endIndex)
            let documents = try await source.exportDocuments(paths: Array(paths[start..<end]))
            start = end
            let hashes = Set(documents.flatMap { $0.chunks.map(\.textHash) })
            let missing = try await destination.idsMissingVectors(hashes.sorted())
            let vectors = try await source.vectors(ids: missing.sorted())
            try await destination.journal(textHashes: vectors.map(\.id))
            try await destination.storeVectors(vectors)
            try await destination.commit(documents: documents, removing: [])
        }
    }

    /// A location for messages: a path, or a URL without its password.
    private static func describe(_ location: URL) -> String {
        location.isFileURL ? location.path : PostgresLocation.redacted(location)
    }
}
