import Foundation

/// The containers endpoint group: ``OpenAI/containers``.
///
/// ```swift
/// let container = try await client.containers.create(CreateContainerRequest(name: "analysis", networkPolicy: .disabled))
/// _ = try await client.containers.files.upload(containerID: container.id, file: FormFile(fileURL: csvURL))
/// ```
public struct Containers: Sendable {
    let client: OpenAI

    /// A container's files: `/containers/{container_id}/files`.
    public var files: ContainerFiles { ContainerFiles(client: client) }

    static func path(_ containerID: String) -> String { "/containers/" + APIRequest.segment(containerID) }

    /// Creates a container.
    ///
    /// `POST /containers`.
    ///
    /// - Parameters:
    ///   - request: The name, files, expiry, skills, memory and network policy.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The container.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateContainerRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Container {
        try await client.send(.post("/containers", json: request, options: options))
    }

    /// Retrieves a container.
    ///
    /// `GET /containers/{container_id}`.
    ///
    /// - Parameters:
    ///   - containerID: The container id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The container.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ containerID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Container {
        try await client.send(.get(Self.path(containerID), options: options))
    }

    /// Deletes a container and its files.
    ///
    /// `DELETE /containers/{container_id}`.
    ///
    /// - Parameters:
    ///   - containerID: The container id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ containerID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(containerID), options: options))
    }

    /// Lists containers, one page.
    ///
    /// `GET /containers`.
    ///
    /// - Parameters:
    ///   - name: Only containers with this name; all by default.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - order: `asc` or `desc` (the default).
    ///   - after: The container id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        name: String? = nil, limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<Container> {
        let query = ListQuery(limit: limit, order: order, after: after).items + ListQuery.item("name", name)
        return try await client.send(.get("/containers", query: query, options: options))
    }

    /// Lists every container, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - name: Only containers with this name; all by default.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc` (the default).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The containers.
    public func listAll(name: String? = nil, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Container> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(name: name, limit: limit, order: order, after: after, options: options) }
    }
}

/// A container's files: ``Containers/files``.
public struct ContainerFiles: Sendable {
    let client: OpenAI

    static func path(_ containerID: String, _ fileID: String? = nil) -> String {
        Containers.path(containerID) + "/files" + (fileID.map { "/" + APIRequest.segment($0) } ?? "")
    }

    /// Copies a stored file (``OpenAI/files``) into a container.
    ///
    /// `POST /containers/{container_id}/files` (JSON).
    ///
    /// - Parameters:
    ///   - containerID: The container id.
    ///   - fileID: The stored file's id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The container file.
    /// - Throws: ``OpenAIError``.
    public func create(containerID: String, fileID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ContainerFile {
        try await client.send(.post(Self.path(containerID), json: CreateContainerFileRequest(fileID: fileID), options: options))
    }

    /// Uploads a file into a container.
    ///
    /// `POST /containers/{container_id}/files` (`multipart/form-data`). A local file is reread for every retry attempt.
    ///
    /// - Parameters:
    ///   - containerID: The container id.
    ///   - file: The file's bytes or local URL, and name.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The container file.
    /// - Throws: ``OpenAIError``.
    public func upload(containerID: String, file: FormFile, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ContainerFile {
        var form = MultipartBody()
        form.append(name: "file", file: file)
        return try await client.send(.post(Self.path(containerID), multipart: form, options: options))
    }

    /// Retrieves a container file.
    ///
    /// `GET /containers/{container_id}/files/{file_id}`.
    ///
    /// - Parameters:
    ///   - fileID: The file id.
    ///   - containerID: The container id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The container file.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ fileID: String, containerID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ContainerFile {
        try await client.send(.get(Self.path(containerID, fileID), options: options))
    }

    /// Downloads a container file's content.
    ///
    /// `GET /containers/{container_id}/files/{file_id}/content`.
    ///
    /// - Parameters:
    ///   - fileID: The file id.
    ///   - containerID: The container id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The bytes, read whole into memory.
    /// - Throws: ``OpenAIError``.
    public func content(_ fileID: String, containerID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Data {
        try await client.download(Self.path(containerID, fileID) + "/content", options: options)
    }

    /// Deletes a container file.
    ///
    /// `DELETE /containers/{container_id}/files/{file_id}`.
    ///
    /// - Parameters:
    ///   - fileID: The file id.
    ///   - containerID: The container id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ fileID: String, containerID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(containerID, fileID), options: options))
    }

    /// Lists a container's files, one page.
    ///
    /// `GET /containers/{container_id}/files`.
    ///
    /// - Parameters:
    ///   - containerID: The container id.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - order: `asc` or `desc` (the default).
    ///   - after: The file id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        containerID: String, limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<ContainerFile> {
        try await client.send(.get(Self.path(containerID), query: ListQuery(limit: limit, order: order, after: after).items, options: options))
    }

    /// Lists every file of a container, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - containerID: The container id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc` (the default).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The files.
    public func listAll(containerID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<ContainerFile> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(containerID: containerID, limit: limit, order: order, after: after, options: options)
        }
    }
}
