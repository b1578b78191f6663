import Foundation

/// The files of a vector store: ``VectorStores/files``.
///
/// ## Topics
/// ### Attaching
/// - ``create(vectorStoreID:_:options:)``
/// - ``createAndPoll(vectorStoreID:_:polling:options:)``
/// ### Reading
/// - ``list(vectorStoreID:limit:order:after:before:filter:options:)``
/// - ``listAll(vectorStoreID:filter:order:pageSize:options:)``
/// - ``retrieve(_:vectorStoreID:options:)``
/// - ``content(_:vectorStoreID:options:)``
/// - ``poll(_:vectorStoreID:polling:options:)``
/// ### Changing
/// - ``update(_:vectorStoreID:attributes:options:)``
/// - ``delete(_:vectorStoreID:options:)``
public struct VectorStoreFiles: Sendable {
    let client: OpenAI

    /// Attaches an uploaded file to a vector store; processing (chunking, embedding) starts in the background.
    ///
    /// `POST /vector_stores/{vector_store_id}/files`.
    ///
    /// ```swift
    /// let file = try await client.vectorStores.files.create(
    ///     vectorStoreID: store.id,
    ///     CreateVectorStoreFileRequest(fileID: uploaded.id, attributes: ["path": "docs/intro.md"])
    /// )
    /// ```
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - request: The file id, attributes and chunking.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The attached file, usually ``VectorStoreFileStatus/inProgress``.
    /// - Throws: ``OpenAIError``; ``OpenAIError/Kind/invalidRequest`` before sending when the chunking strategy
    ///   is out of range.
    public func create(vectorStoreID: String, _ request: CreateVectorStoreFileRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VectorStoreFile {
        try request.chunkingStrategy?.validate()
        return try await client.send(.post(Self.path(vectorStoreID), json: request, options: options))
    }

    /// Attaches a file and waits until its processing ends.
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - request: The file id, attributes and chunking.
    ///   - polling: Pause between checks and longest wait; by default what the server asks for (else 1 s) and 10 min.
    ///   - options: Per-call overrides for every request; none by default.
    /// - Returns: The file in its final state; check ``VectorStoreFile/status`` and ``VectorStoreFile/lastError``.
    /// - Throws: ``OpenAIError``; ``OpenAIError/Kind/timeout`` when processing outlasts `polling.timeout`.
    public func createAndPoll(
        vectorStoreID: String,
        _ request: CreateVectorStoreFileRequest,
        polling: PollingOptions = PollingOptions(),
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> VectorStoreFile {
        let file = try await create(vectorStoreID: vectorStoreID, request, options: options)
        if file.status.isTerminal { return file }
        return try await poll(file.id, vectorStoreID: vectorStoreID, polling: polling, options: options)
    }

    /// Lists one page of a store's files.
    ///
    /// `GET /vector_stores/{vector_store_id}/files`.
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - limit: Page size, 1…100; the API's default (20) when `nil`.
    ///   - order: By creation time; the API's default (descending) when `nil`.
    ///   - after: Starts after this file id.
    ///   - before: Ends before this file id.
    ///   - filter: Only files with this status; all by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        vectorStoreID: String,
        limit: Int? = nil,
        order: ListOrder? = nil,
        after: String? = nil,
        before: String? = nil,
        filter: VectorStoreFileStatus? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<VectorStoreFile> {
        let query = ListQuery(limit: limit, order: order, after: after, before: before).items + ListQuery.item("filter", filter?.rawValue)
        return try await client.send(.get(Self.path(vectorStoreID), query: query, options: options))
    }

    /// Every file of a store, fetched page by page as iteration reaches it.
    ///
    /// ```swift
    /// for try await file in client.vectorStores.files.listAll(vectorStoreID: store.id, filter: .failed) {
    ///     print(file.id, file.lastError?.message ?? "")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - filter: Only files with this status; all by default.
    ///   - order: By creation time; the API's default (descending) when `nil`.
    ///   - pageSize: Files per request; the API's default when `nil`.
    ///   - options: Per-call overrides for every page request; none by default.
    /// - Returns: A sequence that throws ``OpenAIError``.
    public func listAll(
        vectorStoreID: String,
        filter: VectorStoreFileStatus? = nil,
        order: ListOrder? = nil,
        pageSize: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) -> PageSequence<VectorStoreFile> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(vectorStoreID: vectorStoreID, limit: pageSize, order: order, after: after, filter: filter, options: options)
        }
    }

    /// Retrieves a store's file, with its processing state.
    ///
    /// `GET /vector_stores/{vector_store_id}/files/{file_id}`.
    ///
    /// - Parameters:
    ///   - fileID: The file id.
    ///   - vectorStoreID: The store id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The file.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ fileID: String, vectorStoreID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VectorStoreFile {
        try await client.send(.get(Self.path(vectorStoreID, fileID), options: options))
    }

    /// Replaces a store file's attributes.
    ///
    /// `POST /vector_stores/{vector_store_id}/files/{file_id}`.
    ///
    /// - Parameters:
    ///   - fileID: The file id.
    ///   - vectorStoreID: The store id.
    ///   - attributes: The new attributes (at most 16), replacing all the old ones.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The updated file.
    /// - Throws: ``OpenAIError``.
    public func update(
        _ fileID: String,
        vectorStoreID: String,
        attributes: [String: AttributeValue],
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> VectorStoreFile {
        try await client.send(.post(Self.path(vectorStoreID, fileID), json: UpdateAttributesBody(attributes: attributes), options: options))
    }

    /// Detaches a file from a store (the file itself stays in ``OpenAI/files``).
    ///
    /// `DELETE /vector_stores/{vector_store_id}/files/{file_id}`.
    ///
    /// - Parameters:
    ///   - fileID: The file id.
    ///   - vectorStoreID: The store id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    public func delete(_ fileID: String, vectorStoreID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(vectorStoreID, fileID), options: options))
    }

    /// Retrieves the text the store parsed from a file.
    ///
    /// `GET /vector_stores/{vector_store_id}/files/{file_id}/content`.
    ///
    /// - Parameters:
    ///   - fileID: The file id.
    ///   - vectorStoreID: The store id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The parsed content.
    /// - Throws: ``OpenAIError``.
    public func content(_ fileID: String, vectorStoreID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VectorStoreFileContent {
        try await client.send(.get(Self.path(vectorStoreID, fileID) + "/content", options: options))
    }

    /// Waits until a store file's processing ends.
    ///
    /// Fetches the file every `polling.interval`, or as often as the server asks (`openai-poll-after-ms`), through
    /// the client's injectable sleeper, until its status is no longer ``VectorStoreFileStatus/inProgress``.
    ///
    /// - Parameters:
    ///   - fileID: The file id.
    ///   - vectorStoreID: The store id.
    ///   - polling: Pause between checks and longest wait; by default what the server asks for (else 1 s) and 10 min.
    ///   - options: Per-call overrides for every check; none by default.
    /// - Returns: The file in its final state (completed, failed with ``VectorStoreFile/lastError``, or cancelled).
    /// - Throws: ``OpenAIError``; ``OpenAIError/Kind/timeout`` when processing outlasts `polling.timeout`.
    public func poll(
        _ fileID: String,
        vectorStoreID: String,
        polling: PollingOptions = PollingOptions(),
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> VectorStoreFile {
        try await client.poll("vector store file \(fileID)", polling: polling, isDone: { (file: VectorStoreFile) in file.status.isTerminal }) { () throws(OpenAIError) in
            try await client.sendWithMetadata(.get(Self.path(vectorStoreID, fileID), options: options))
        }
    }

    static func path(_ vectorStoreID: String, _ fileID: String? = nil) -> String {
        VectorStores.path(vectorStoreID) + "/files" + (fileID.map { "/" + APIRequest.segment($0) } ?? "")
    }
}

/// The body of `POST /vector_stores/{vector_store_id}/files/{file_id}` (`UpdateVectorStoreFileAttributesRequest`).
struct UpdateAttributesBody: Encodable, Sendable {
    var attributes: [String: AttributeValue]
}
