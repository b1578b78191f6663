import Foundation
import OpenAIClient

extension RAG {
    /// The mirror's records, kept beside the index: in its SQLite catalog for an index kept in files, in the tables
    /// `mirror_store` and `mirror_files` of its schema for an index kept in PostgreSQL.
    ///
    /// ```swift
    /// let records = try await rag.mirrorLedger().records()
    /// print(records.map { "\($0.relativePath) → \($0.fileID) (\($0.state))" })
    /// ```
    ///
    /// A rebuild (``IndexingRequest/rebuild``) keeps the records; ``copy(from:to:)`` does not copy them.
    ///
    /// - Returns: The ledger; before the first mirror run it has no store and no records.
    public func mirrorLedger() -> any MirrorLedger {
        store.storage.mirrorLedger()
    }

    /// The index's documents as the mirror describes them: relative path, content hash, size, kind, metadata.
    ///
    /// - Returns: The documents, sorted by path.
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``).
    public func mirrorLocalFiles() async throws(RAGError) -> [MirrorLocalFile] {
        try await store.storage.mirrorLocalFiles()
    }

    /// Makes an OpenAI vector store match the index: see ``VectorStoreMirror``.
    ///
    /// Files are chunked by the store with the index's chunk size and overlap (the `static` strategy), so local
    /// and remote retrieval compare.
    ///
    /// ```swift
    /// let summary = try await rag.mirror(client: OpenAI(configuration: .fromEnvironment()))
    /// print(summary.vectorStoreID ?? "-", summary.uploaded.count, "uploaded")
    /// ```
    ///
    /// > Warning: Files removed from the folder are deleted from the store and from the account's files.
    ///
    /// - Parameters:
    ///   - client: The OpenAI client.
    ///   - options: Store, dry run, concurrency, waiting; the defaults by default.
    ///   - onEvent: Receives progress; ignored by default.
    /// - Returns: What the run did.
    /// - Throws: ``RAGError``, as ``VectorStoreMirror/sync(local:options:onEvent:)`` does.
    public func mirror(
        client: OpenAI,
        options: MirrorOptions = MirrorOptions(),
        onEvent: @escaping @Sendable (MirrorEvent) -> Void = { _ in }
    ) async throws(RAGError) -> MirrorSummary {
        let mirror = VectorStoreMirror(
            client: client, ledger: mirrorLedger(), root: root,
            chunking: VectorStoreMirror.chunking(chunkSize: settings.chunkSize, chunkOverlap: settings.chunkOverlap)
        )
        return try await mirror.sync(local: mirrorLocalFiles(), options: options, onEvent: onEvent)
    }

    /// The mirror's state for `rag status`; `nil` when the index was never mirrored.
    ///
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``).
    public func mirrorStatus() async throws(RAGError) -> MirrorStatus? {
        try await mirrorLedger().status()
    }

    /// Searches the index's vector store instead of the local vectors, with the same options and result shape.
    ///
    /// `options.metadata` becomes attribute filters (`eq`, joined by `and`), applied by the store;
    /// `options.pathGlob` is applied to the results. `options.mode` is ignored: the store does its own ranking.
    /// The store chunks files its own way; each passage is located in the local index (by a few short excerpts of it)
    /// to give the hit the heading path, page and chunk position of the local chunk it starts in. A passage of a file
    /// that changed since it was mirrored may be found nowhere; its hit keeps an empty heading path and no page.
    ///
    /// - Parameters:
    ///   - query: The query.
    ///   - client: The OpenAI client.
    ///   - options: Result count and filters.
    /// - Returns: The hits, best first, with paths relative to the indexed folder.
    /// - Throws: ``RAGError``: ``RAGError/Kind/invalidArgument`` when the index was never mirrored.
    public func remoteSearch(_ query: String, client: OpenAI, options: SearchOptions = SearchOptions()) async throws(RAGError) -> [SearchHit] {
        let storeID = try await mirroredStoreID()
        let hits = try await VectorStoreMirror.search(query, vectorStoreID: storeID, paths: try await mirrorLedger().pathsByFileID(),
                                                      client: client, options: options)
        return try await RemotePassageLocator(storage: store.storage).locate(hits)
    }

    /// The id of the vector store the index is mirrored into.
    /// - Throws: ``RAGError/Kind/invalidArgument`` when the index was never mirrored.
    func mirroredStoreID() async throws(RAGError) -> String {
        guard let storeID = try await mirrorLedger().store()?.vectorStoreID else {
            throw RAGError(.invalidArgument, "This index has no vector store yet: mirror it first.")
        }
        return storeID
    }
}

extension VectorStoreMirror {
    /// Searches a mirrored store; see ``RAG/remoteSearch(_:client:options:)``. A hit's path is the one `paths`
    /// records for its file, else the one its attributes name.
    static func search(_ query: String, vectorStoreID: String, paths: [String: String], client: OpenAI,
                       options: SearchOptions) async throws(RAGError) -> [SearchHit] {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw RAGError(.invalidArgument, "The query is empty: search for something.") }
        let request = VectorStoreSearchRequest(
            query: trimmed,
            filters: filter(for: options.metadata),
            // A path glob is applied afterwards, so ask for more to keep k after filtering.
            maxNumResults: min(50, options.pathGlob == nil ? options.k : options.k * 4)
        )
        let page: VectorStoreSearchResultsPage
        do throws(OpenAIError) {
            page = try await client.vectorStores.search(vectorStoreID: vectorStoreID, request)
        } catch {
            throw RAGError(searching: error, vectorStoreID: vectorStoreID, while: "search the vector store \(vectorStoreID)",
                           configuration: client.configuration)
        }
        let glob = options.pathGlob.map(PathGlob.init)
        let hits = page.data.compactMap { result -> (path: String, result: VectorStoreSearchResult)? in
            let path = paths[result.fileID] ?? result.attributes?[MirrorAttributes.pathKey]?.stringValue ?? result.filename ?? result.fileID
            guard glob?.matches(path) ?? true else { return nil }
            return (path, result)
        }
        return hits.prefix(options.k).enumerated().map { index, hit in
            SearchHit(rank: index + 1, score: hit.result.score, path: hit.path, headingPath: [], page: nil, chunkIndex: 0, text: hit.result.text)
        }
    }

    /// The attribute filter for metadata: one `eq` per key (sorted), joined by `and`; `nil` for none.
    static func filter(for metadata: [String: String]) -> VectorStoreFilter? {
        let filters = metadata.keys.sorted().map { VectorStoreFilter.eq($0, .string(metadata[$0] ?? "")) }
        return filters.count > 1 ? VectorStoreFilter.and(filters) : filters.first
    }
}

extension RAGError {
    /// The error a request that searches the mirrored store `vectorStoreID` ends with: the store gone (a 404, or a 400
    /// naming the store) says to mirror again; a `model` the server does not know (when one was sent) says to name
    /// another; anything else as a mirror run would report it.
    init(searching error: OpenAIError, vectorStoreID: String, model: String? = nil, while action: String, configuration: OpenAIConfiguration) {
        let namesStore = error.message.contains(vectorStoreID)
        if model != nil, !namesStore, error.code == "model_not_found" || (error.status == 404 && error.message.localizedCaseInsensitiveContains("model")) {
            self.init(error, model: model, modelRemedy: .chooseChatModel, configuration: configuration)
        } else if error.status == 404 || (error.status == 400 && namesStore) {
            self.init(.vectorStoreNotFound, "The vector store \(vectorStoreID) no longer exists: mirror the index again to create a new one.", underlying: error)
        } else {
            self.init(mirroring: error, while: action, configuration: configuration)
        }
    }
}
