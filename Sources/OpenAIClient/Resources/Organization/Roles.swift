/// The calls of organization and project roles, at `/organization/roles` or `/projects/{project_id}/roles`.
typealias RoleCalls = CollectionCalls<Role, CreateRoleRequest, UpdateRoleRequest>

/// The organization's roles: ``Organization/roles``.
public struct Roles: Sendable {
    let client: OpenAI

    var calls: RoleCalls { RoleCalls(client: client, path: AdminPath.root + "/roles") }

    /// Creates a custom organization role.
    ///
    /// `POST /organization/roles`.
    ///
    /// - Parameters:
    ///   - request: The name, permissions and description.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateRoleRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Role {
        try await calls.create(request, options: options)
    }

    /// Retrieves an organization role.
    ///
    /// `GET /organization/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ roleID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Role {
        try await calls.retrieve(roleID, options: options)
    }

    /// Updates a custom organization role.
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
        try await calls.update(roleID, request, options: options)
    }

    /// Deletes a custom organization role.
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
        try await calls.delete(roleID, options: options)
    }

    /// Lists organization roles, one page.
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
        try await calls.list(limit: limit, after: after, order: order, options: options)
    }

    /// Lists every organization role, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The roles.
    public func listAll(limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Role> {
        calls.listAll(limit: limit, order: order, options: options)
    }
}

/// A project's roles: ``Projects/roles``.
public struct ProjectRoles: Sendable {
    let client: OpenAI

    func calls(_ projectID: String) -> RoleCalls {
        RoleCalls(client: client, path: "/projects/" + APIRequest.segment(projectID) + "/roles")
    }

    /// Creates a custom project role.
    ///
    /// `POST /projects/{project_id}/roles`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - request: The name, permissions and description.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role.
    /// - Throws: ``OpenAIError``.
    public func create(projectID: String, _ request: CreateRoleRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Role {
        try await calls(projectID).create(request, options: options)
    }

    /// Retrieves a project role.
    ///
    /// `GET /projects/{project_id}/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ roleID: String, projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Role {
        try await calls(projectID).retrieve(roleID, options: options)
    }

    /// Updates a custom project role.
    ///
    /// `POST /projects/{project_id}/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - projectID: The project id.
    ///   - request: The changes.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role.
    /// - Throws: ``OpenAIError``.
    public func update(_ roleID: String, projectID: String, _ request: UpdateRoleRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Role {
        try await calls(projectID).update(roleID, request, options: options)
    }

    /// Deletes a custom project role.
    ///
    /// `DELETE /projects/{project_id}/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ roleID: String, projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await calls(projectID).delete(roleID, options: options)
    }

    /// Lists a project's roles, one page.
    ///
    /// `GET /projects/{project_id}/roles`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size; the API default by default.
    ///   - after: The cursor from the previous page's `next`; the first page by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        projectID: String, limit: Int? = nil, after: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<Role> {
        try await calls(projectID).list(limit: limit, after: after, order: order, options: options)
    }

    /// Lists every role of a project, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The roles.
    public func listAll(projectID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Role> {
        calls(projectID).listAll(limit: limit, order: order, options: options)
    }
}
