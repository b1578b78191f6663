import Foundation

/// The batch endpoint group: ``OpenAI/batches``.
///
/// ```swift
/// let file = try await uploadBatchInput(BatchJSONL.encode(lines))   // POST /files, purpose "batch"
/// let batch = try await client.batches.create(CreateBatchRequest(inputFileID: file.id, endpoint: .chatCompletions))
/// ```
public struct Batches: Sendable {
    let client: OpenAI

    /// Creates and starts a batch.
    ///
    /// `POST /batches`.
    ///
    /// - Parameters:
    ///   - request: The input file, endpoint and window.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The batch, usually `validating`.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateBatchRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Batch {
        try await client.send(.post("/batches", json: request, options: options))
    }

    /// Retrieves a batch.
    ///
    /// `GET /batches/{batch_id}`.
    ///
    /// - Parameters:
    ///   - batchID: The batch id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The batch.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ batchID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Batch {
        try await client.send(.get("/batches/\(APIRequest.segment(batchID))", options: options))
    }

    /// Cancels an in-progress batch; it is `cancelling` for up to 10 minutes, then `cancelled`.
    ///
    /// `POST /batches/{batch_id}/cancel`.
    ///
    /// - Parameters:
    ///   - batchID: The batch id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The batch.
    /// - Throws: ``OpenAIError``.
    public func cancel(_ batchID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Batch {
        try await client.send(.post("/batches/\(APIRequest.segment(batchID))/cancel", json: EmptyObjectBody(), options: options))
    }

    /// Lists batches, newest first, one page.
    ///
    /// `GET /batches`.
    ///
    /// - Parameters:
    ///   - after: The cursor (a batch id) to list after; the first page by default.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(after: String? = nil, limit: Int? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<Batch> {
        try await client.send(.get("/batches", query: ListQuery(limit: limit, after: after).items, options: options))
    }

    /// Lists every batch, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The batches.
    public func listAll(limit: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Batch> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(after: after, limit: limit, options: options) }
    }
}
