/// A project's API keys: ``Projects/apiKeys``.
public struct ProjectAPIKeys: Sendable {
    let client: OpenAI

    /// Retrieves a project API key.
    ///
    /// `GET /organization/projects/{project_id}/api_keys/{api_key_id}`.
    ///
    /// - Parameters:
    ///   - apiKeyID: The key id.
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The key, its value redacted.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ apiKeyID: String, projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ProjectAPIKey {
        try await client.send(.get(Projects.path(projectID, "api_keys", apiKeyID), options: options))
    }

    /// Deletes a project API key.
    ///
    /// `DELETE /organization/projects/{project_id}/api_keys/{api_key_id}`.
    ///
    /// > Warning: Anything using the key loses access at once.
    ///
    /// - Parameters:
    ///   - apiKeyID: The key id.
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ apiKeyID: String, projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Projects.path(projectID, "api_keys", apiKeyID), options: options))
    }

    /// Lists a project's API keys, one page.
    ///
    /// `GET /organization/projects/{project_id}/api_keys`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - ownerProjectAccess: Which keys by their owner's project access; the API default (`active`) by default.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - after: The key id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        projectID: String, ownerProjectAccess: OwnerProjectAccess? = nil, limit: Int? = nil, after: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<ProjectAPIKey> {
        let query = AdminPath.listQuery(limit: limit, after: after) + ListQuery.item("owner_project_access", ownerProjectAccess?.rawValue)
        return try await client.send(.get(Projects.path(projectID, "api_keys"), query: query, options: options))
    }

    /// Lists every API key of a project, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - ownerProjectAccess: Which keys by their owner's project access; the API default by default.
    ///   - limit: Page size; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The keys.
    public func listAll(
        projectID: String, ownerProjectAccess: OwnerProjectAccess? = nil, limit: Int? = nil, options: RequestOptions = RequestOptions()
    ) -> PageSequence<ProjectAPIKey> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(projectID: projectID, ownerProjectAccess: ownerProjectAccess, limit: limit, after: after, options: options)
        }
    }
}
