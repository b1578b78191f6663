/// The organization's roles: ``Organization/roles``.
public struct Roles: Sendable {
    let client: OpenAI

    /// Creates a custom role.
    ///
    /// `POST /organization/roles`.
    ///
    /// - Parameters:
    ///   - request: The name, permissions and description.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateRoleRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Role {
        try await client.send(.post(AdminPath.root + "/roles", json: request, options: options))
    }

    /// Retrieves a role.
    ///
    /// `GET /organization/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ roleID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Role {
        try await client.send(.get(AdminPath.item("roles", roleID), options: options))
    }

    /// Updates a custom role.
    ///
    /// `POST /organization/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - request: The changes.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role.
    /// - Throws: ``OpenAIError``.
    public func update(_ roleID: String, _ request: UpdateRoleRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Role {
        try await client.send(.post(AdminPath.item("roles", roleID), json: request, options: options))
    }

    /// Deletes a custom role.
    ///
    /// `DELETE /organization/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ roleID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(AdminPath.item("roles", roleID), options: options))
    }

    /// Lists roles, one page.
    ///
    /// `GET /organization/roles`.
    ///
    /// - Parameters:
    ///   - limit: Page size, up to 1000; the API default (100) by default.
    ///   - after: The cursor from the previous page's `next`; the first page by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(limit: Int? = nil, after: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<Role> {
        try await client.send(.get(AdminPath.root + "/roles", query: AdminPath.listQuery(limit: limit, after: after, order: order), options: options))
    }

    /// Lists every role, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The roles.
    public func listAll(limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Role> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(limit: limit, after: after, order: order, options: options) }
    }
}
