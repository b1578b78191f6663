import Foundation

/// The files endpoint group: ``OpenAI/files``.
///
/// ## Topics
/// ### Uploading
/// - ``create(_:options:)``
/// ### Reading
/// - ``list(purpose:limit:order:after:options:)``
/// - ``listAll(purpose:order:pageSize:options:)``
/// - ``retrieve(_:options:)``
/// - ``content(_:options:)``
/// ### Deleting
/// - ``delete(_:options:)``
public struct Files: Sendable {
    let client: OpenAI

    /// Uploads a file (at most 512 MB; use ``Uploads/upload(fileURL:purpose:filename:mimeType:partSize:maxConcurrentParts:options:)`` above that).
    ///
    /// `POST /files`, `multipart/form-data`. A local file is reread for every retry attempt.
    ///
    /// ```swift
    /// let file = try await client.files.create(
    ///     CreateFileRequest(fileURL: URL(fileURLWithPath: "handbook.pdf"), purpose: .assistants)
    /// )
    /// ```
    ///
    /// - Parameters:
    ///   - request: The file, purpose and expiry.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The stored file.
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/invalidRequest`` when the local file cannot be read).
    public func create(_ request: CreateFileRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> OpenAIFile {
        try await client.send(.post("/files", multipart: request.form(), options: options))
    }

    /// Lists one page of files, newest first unless `order` says otherwise.
    ///
    /// `GET /files`.
    ///
    /// - Parameters:
    ///   - purpose: Only files with this purpose; all by default.
    ///   - limit: Page size, 1…10000; the API's default (10000) when `nil`.
    ///   - order: By creation time; the API's default (descending) when `nil`.
    ///   - after: The cursor: the id of the last file of the previous page.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page; ``Page/hasMore`` says whether another follows.
    /// - Throws: ``OpenAIError``.
    public func list(
        purpose: FilePurpose? = nil,
        limit: Int? = nil,
        order: ListOrder? = nil,
        after: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<OpenAIFile> {
        let query = ListQuery(limit: limit, order: order, after: after).items + ListQuery.item("purpose", purpose?.rawValue)
        return try await client.send(.get("/files", query: query, options: options))
    }

    /// Every file, fetched page by page as iteration reaches it.
    ///
    /// ```swift
    /// for try await file in client.files.listAll(purpose: .assistants) { print(file.id, file.filename ?? "") }
    /// ```
    ///
    /// - Parameters:
    ///   - purpose: Only files with this purpose; all by default.
    ///   - order: By creation time; the API's default (descending) when `nil`.
    ///   - pageSize: Files per request; the API's default when `nil`.
    ///   - options: Per-call overrides applied to every page request; none by default.
    /// - Returns: A sequence that throws ``OpenAIError``.
    public func listAll(
        purpose: FilePurpose? = nil,
        order: ListOrder? = nil,
        pageSize: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) -> PageSequence<OpenAIFile> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(purpose: purpose, limit: pageSize, order: order, after: after, options: options)
        }
    }

    /// Retrieves a file's description.
    ///
    /// `GET /files/{file_id}`.
    ///
    /// - Parameters:
    ///   - fileID: The file id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The file.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown id).
    public func retrieve(_ fileID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> OpenAIFile {
        try await client.send(.get("/files/\(APIRequest.segment(fileID))", options: options))
    }

    /// Deletes a file (and removes it from every vector store that holds it).
    ///
    /// `DELETE /files/{file_id}`.
    ///
    /// > Warning: The file is gone for good.
    ///
    /// - Parameters:
    ///   - fileID: The file id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    public func delete(_ fileID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete("/files/\(APIRequest.segment(fileID))", options: options))
    }

    /// Downloads a file's content.
    ///
    /// `GET /files/{file_id}/content`. The whole body is read into memory.
    ///
    /// - Parameters:
    ///   - fileID: The file id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The file's bytes, exactly as stored.
    /// - Throws: ``OpenAIError`` (the API refuses to return files with purpose `assistants`: status 400).
    public func content(_ fileID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Data {
        var request = APIRequest.get("/files/\(APIRequest.segment(fileID))/content", options: options)
        request.headers["Accept"] = "application/octet-stream"
        return Data(try await client.sendForBytes(request).0)
    }
}

/// The cursor query items list endpoints share.
struct ListQuery: Sendable {
    var limit: Int?
    var order: ListOrder?
    var after: String?
    var before: String?

    var items: [URLQueryItem] {
        Self.item("limit", limit.map(String.init)) + Self.item("order", order?.rawValue)
            + Self.item("after", after) + Self.item("before", before)
    }

    static func item(_ name: String, _ value: String?) -> [URLQueryItem] {
        value.map { [URLQueryItem(name: name, value: $0)] } ?? []
    }
}
