import Foundation

/// File batches: many files attached to a vector store in one call, ``VectorStores/fileBatches``.
///
/// ## Topics
/// ### Batches
/// - ``create(vectorStoreID:_:options:)``
/// - ``retrieve(_:vectorStoreID:options:)``
/// - ``cancel(_:vectorStoreID:options:)``
/// - ``listFiles(_:vectorStoreID:limit:order:after:before:filter:options:)``
/// - ``listAllFiles(_:vectorStoreID:filter:order:pageSize:options:)``
/// ### Helpers
/// - ``poll(_:vectorStoreID:polling:options:)``
/// - ``createAndPoll(vectorStoreID:_:polling:options:)``
/// - ``uploadAndPoll(vectorStoreID:files:purpose:maxConcurrentUploads:polling:options:)``
public struct VectorStoreFileBatches: Sendable {
    let client: OpenAI

    /// Attaches up to 2000 uploaded files to a vector store in one batch.
    ///
    /// `POST /vector_stores/{vector_store_id}/file_batches`.
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - request: File ids with shared settings, or files with their own.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The batch, usually ``VectorStoreFileStatus/inProgress``.
    /// - Throws: ``OpenAIError``; ``OpenAIError/Kind/invalidRequest`` before sending when a chunking strategy
    ///   is out of range.
    public func create(vectorStoreID: String, _ request: CreateVectorStoreFileBatchRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VectorStoreFileBatch {
        try request.validate()
        return try await client.send(.post(Self.path(vectorStoreID), json: request, options: options))
    }

    /// Creates a batch and waits until its processing ends.
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - request: File ids with shared settings, or files with their own.
    ///   - polling: Pause between checks and longest wait; by default what the server asks for (else 1 s) and 10 min.
    ///   - options: Per-call overrides for every request; none by default.
    /// - Returns: The batch in its final state; ``VectorStoreFileBatch/fileCounts`` tells how many files failed.
    /// - Throws: ``OpenAIError``; ``OpenAIError/Kind/timeout`` when processing outlasts `polling.timeout`.
    public func createAndPoll(
        vectorStoreID: String,
        _ request: CreateVectorStoreFileBatchRequest,
        polling: PollingOptions = PollingOptions(),
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> VectorStoreFileBatch {
        let batch = try await create(vectorStoreID: vectorStoreID, request, options: options)
        if batch.status.isTerminal { return batch }
        return try await poll(batch.id, vectorStoreID: vectorStoreID, polling: polling, options: options)
    }

    /// Retrieves a batch.
    ///
    /// `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}`.
    ///
    /// - Parameters:
    ///   - batchID: The batch id.
    ///   - vectorStoreID: The store id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The batch.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ batchID: String, vectorStoreID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VectorStoreFileBatch {
        try await client.send(.get(Self.path(vectorStoreID, batchID), options: options))
    }

    /// Cancels a batch: files not yet processed are not attached.
    ///
    /// `POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel`.
    ///
    /// - Parameters:
    ///   - batchID: The batch id.
    ///   - vectorStoreID: The store id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The batch, `cancelling` or ``VectorStoreFileStatus/cancelled``.
    /// - Throws: ``OpenAIError``.
    public func cancel(_ batchID: String, vectorStoreID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VectorStoreFileBatch {
        try await client.send(APIRequest(method: .post, path: Self.path(vectorStoreID, batchID) + "/cancel", options: options))
    }

    /// Lists one page of a batch's files.
    ///
    /// `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`.
    ///
    /// - Parameters:
    ///   - batchID: The batch id.
    ///   - vectorStoreID: The store id.
    ///   - limit: Page size, 1…100; the API's default (20) when `nil`.
    ///   - order: By creation time; the API's default (descending) when `nil`.
    ///   - after: Starts after this file id.
    ///   - before: Ends before this file id.
    ///   - filter: Only files with this status; all by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func listFiles(
        _ batchID: String,
        vectorStoreID: String,
        limit: Int? = nil,
        order: ListOrder? = nil,
        after: String? = nil,
        before: String? = nil,
        filter: VectorStoreFileStatus? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<VectorStoreFile> {
        let query = ListQuery(limit: limit, order: order, after: after, before: before).items + ListQuery.item("filter", filter?.rawValue)
        return try await client.send(.get(Self.path(vectorStoreID, batchID) + "/files", query: query, options: options))
    }

    /// Every file of a batch, fetched page by page as iteration reaches it.
    ///
    /// - Parameters:
    ///   - batchID: The batch id.
    ///   - vectorStoreID: The store id.
    ///   - filter: Only files with this status; all by default.
    ///   - order: By creation time; the API's default (descending) when `nil`.
    ///   - pageSize: Files per request; the API's default when `nil`.
    ///   - options: Per-call overrides for every page request; none by default.
    /// - Returns: A sequence that throws ``OpenAIError``.
    public func listAllFiles(
        _ batchID: String,
        vectorStoreID: String,
        filter: VectorStoreFileStatus? = nil,
        order: ListOrder? = nil,
        pageSize: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) -> PageSequence<VectorStoreFile> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await listFiles(batchID, vectorStoreID: vectorStoreID, limit: pageSize, order: order, after: after, filter: filter, options: options)
        }
    }

    /// Waits until a batch's processing ends.
    ///
    /// - Parameters:
    ///   - batchID: The batch id.
    ///   - vectorStoreID: The store id.
    ///   - polling: Pause between checks and longest wait; by default what the server asks for (else 1 s) and 10 min.
    ///   - options: Per-call overrides for every check; none by default.
    /// - Returns: The batch in its final state.
    /// - Throws: ``OpenAIError``; ``OpenAIError/Kind/timeout`` when processing outlasts `polling.timeout`.
    public func poll(
        _ batchID: String,
        vectorStoreID: String,
        polling: PollingOptions = PollingOptions(),
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> VectorStoreFileBatch {
        try await client.poll("file batch \(batchID)", polling: polling, isDone: { (batch: VectorStoreFileBatch) in batch.status.isTerminal }) { () throws(OpenAIError) in
            try await client.sendWithMetadata(.get(Self.path(vectorStoreID, batchID), options: options))
        }
    }

    static func path(_ vectorStoreID: String, _ batchID: String? = nil) -> String {
        VectorStores.path(vectorStoreID) + "/file_batches" + (batchID.map { "/" + APIRequest.segment($0) } ?? "")
    }
}
