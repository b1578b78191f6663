import Foundation

/// The vector stores endpoint group: ``OpenAI/vectorStores``.
///
/// ```swift
/// let store = try await client.vectorStores.create(CreateVectorStoreRequest(name: "handbook"))
/// let report = try await client.vectorStores.fileBatches.uploadAndPoll(vectorStoreID: store.id, fileURLs: urls)
/// let hits = try await client.vectorStores.search(vectorStoreID: store.id, VectorStoreSearchRequest(query: "refunds"))
/// ```
///
/// ## Topics
/// ### Stores
/// - ``create(_:options:)``
/// - ``list(limit:order:after:before:options:)``
/// - ``listAll(order:pageSize:options:)``
/// - ``retrieve(_:options:)``
/// - ``modify(_:_:options:)``
/// - ``delete(_:options:)``
/// ### Searching
/// - ``search(vectorStoreID:_:options:)``
/// ### Files
/// - ``files``
/// - ``fileBatches``
public struct VectorStores: Sendable {
    let client: OpenAI

    /// Files in a store: `/vector_stores/{vector_store_id}/files`.
    public var files: VectorStoreFiles { VectorStoreFiles(client: client) }
    /// File batches: `/vector_stores/{vector_store_id}/file_batches`.
    public var fileBatches: VectorStoreFileBatches { VectorStoreFileBatches(client: client) }

    /// Creates a vector store.
    ///
    /// `POST /vector_stores`.
    ///
    /// - Parameters:
    ///   - request: Name, initial files, chunking, expiry and metadata.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The new store (``VectorStoreStatus/inProgress`` while initial files are processed).
    /// - Throws: ``OpenAIError``; ``OpenAIError/Kind/invalidRequest`` before sending when the chunking strategy
    ///   is out of range.
    public func create(_ request: CreateVectorStoreRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VectorStore {
        try request.chunkingStrategy?.validate()
        return try await client.send(.post("/vector_stores", json: request, options: options))
    }

    /// Lists one page of vector stores.
    ///
    /// `GET /vector_stores`.
    ///
    /// - Parameters:
    ///   - limit: Page size, 1…100; the API's default (20) when `nil`.
    ///   - order: By creation time; the API's default (descending) when `nil`.
    ///   - after: Starts after this store id.
    ///   - before: Ends before this store id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        limit: Int? = nil,
        order: ListOrder? = nil,
        after: String? = nil,
        before: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<VectorStore> {
        let query = ListQuery(limit: limit, order: order, after: after, before: before).items
        return try await client.send(.get("/vector_stores", query: query, options: options))
    }

    /// Every vector store, fetched page by page as iteration reaches it.
    ///
    /// - Parameters:
    ///   - order: By creation time; the API's default (descending) when `nil`.
    ///   - pageSize: Stores per request; the API's default when `nil`.
    ///   - options: Per-call overrides for every page request; none by default.
    /// - Returns: A sequence that throws ``OpenAIError``.
    public func listAll(order: ListOrder? = nil, pageSize: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<VectorStore> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(limit: pageSize, order: order, after: after, options: options)
        }
    }

    /// Retrieves a vector store.
    ///
    /// `GET /vector_stores/{vector_store_id}`.
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The store.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown id).
    public func retrieve(_ vectorStoreID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VectorStore {
        try await client.send(.get(Self.path(vectorStoreID), options: options))
    }

    /// Changes a vector store's name, expiry or metadata.
    ///
    /// `POST /vector_stores/{vector_store_id}`.
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - request: The fields to change.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The changed store.
    /// - Throws: ``OpenAIError``.
    public func modify(_ vectorStoreID: String, _ request: ModifyVectorStoreRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VectorStore {
        try await client.send(.post(Self.path(vectorStoreID), json: request, options: options))
    }

    /// Deletes a vector store (its files stay in ``OpenAI/files``).
    ///
    /// `DELETE /vector_stores/{vector_store_id}`.
    ///
    /// > Warning: The store and its embeddings are gone for good.
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    public func delete(_ vectorStoreID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(vectorStoreID), options: options))
    }

    /// Searches a vector store for chunks relevant to a query, optionally filtered by file attributes.
    ///
    /// `POST /vector_stores/{vector_store_id}/search`.
    ///
    /// ```swift
    /// let page = try await client.vectorStores.search(
    ///     vectorStoreID: store.id,
    ///     VectorStoreSearchRequest(query: "refund policy", filters: .gte("year", 2024), maxNumResults: 5)
    /// )
    /// for hit in page.data { print(hit.score, hit.filename ?? hit.fileID, hit.text.prefix(80)) }
    /// ```
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - request: Query, filters, result count, ranking.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The results, best first.
    /// - Throws: ``OpenAIError``.
    public func search(vectorStoreID: String, _ request: VectorStoreSearchRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VectorStoreSearchResultsPage {
        try await client.send(.post(Self.path(vectorStoreID) + "/search", json: request, options: options))
    }

    static func path(_ vectorStoreID: String) -> String {
        "/vector_stores/\(APIRequest.segment(vectorStoreID))"
    }
}
