/// The organization's admin API keys: ``Organization/adminAPIKeys``.
public struct AdminAPIKeys: Sendable {
    let client: OpenAI

    /// Creates an admin API key.
    ///
    /// `POST /organization/admin_api_keys`.
    ///
    /// - Parameters:
    ///   - request: The name and lifetime.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The key, with its full ``AdminAPIKey/value`` (shown only this once).
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateAdminAPIKeyRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> AdminAPIKey {
        try await client.send(.post(AdminPath.root + "/admin_api_keys", json: request, options: options))
    }

    /// Retrieves an admin API key.
    ///
    /// `GET /organization/admin_api_keys/{key_id}`.
    ///
    /// - Parameters:
    ///   - keyID: The key id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The key, its value redacted.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ keyID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> AdminAPIKey {
        try await client.send(.get(AdminPath.item("admin_api_keys", keyID), options: options))
    }

    /// Deletes an admin API key.
    ///
    /// `DELETE /organization/admin_api_keys/{key_id}`.
    ///
    /// > Warning: Anything using the key loses access at once.
    ///
    /// - Parameters:
    ///   - keyID: The key id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ keyID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(AdminPath.item("admin_api_keys", keyID), options: options))
    }

    /// Lists admin API keys, one page.
    ///
    /// `GET /organization/admin_api_keys`.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default (20) by default.
    ///   - after: The key id to list after; the first page by default.
    ///   - order: `asc` (the default) or `desc`.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(limit: Int? = nil, after: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<AdminAPIKey> {
        try await client.send(.get(AdminPath.root + "/admin_api_keys", query: AdminPath.listQuery(limit: limit, after: after, order: order), options: options))
    }

    /// Lists every admin API key, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` (the default) or `desc`.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The keys.
    public func listAll(limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<AdminAPIKey> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(limit: limit, after: after, order: order, options: options) }
    }
}
