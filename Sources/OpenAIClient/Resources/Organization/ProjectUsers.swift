/// A project's members: ``Projects/users``.
public struct ProjectUsers: Sendable {
    let client: OpenAI

    /// A member's project roles: `/projects/{project_id}/users/{user_id}/roles`.
    public var roles: ProjectUserRoles { ProjectUserRoles(client: client) }

    /// Adds an organization member to a project.
    ///
    /// `POST /organization/projects/{project_id}/users`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - request: The user and role.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The project member.
    /// - Throws: ``OpenAIError``.
    public func create(projectID: String, _ request: ProjectUserCreateRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ProjectUser {
        try await client.send(.post(Projects.path(projectID, "users"), json: request, options: options))
    }

    /// Retrieves a project member.
    ///
    /// `GET /organization/projects/{project_id}/users/{user_id}`.
    ///
    /// - Parameters:
    ///   - userID: The user id.
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The project member.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ userID: String, projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ProjectUser {
        try await client.send(.get(Projects.path(projectID, "users", userID), options: options))
    }

    /// Changes a member's project role.
    ///
    /// `POST /organization/projects/{project_id}/users/{user_id}`.
    ///
    /// - Parameters:
    ///   - userID: The user id.
    ///   - projectID: The project id.
    ///   - role: The new role.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The project member.
    /// - Throws: ``OpenAIError``.
    public func modify(_ userID: String, projectID: String, role: ProjectRole, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ProjectUser {
        try await client.send(.post(Projects.path(projectID, "users", userID), json: ProjectRoleUpdateRequest(role: role), options: options))
    }

    /// Removes a member from a project.
    ///
    /// `DELETE /organization/projects/{project_id}/users/{user_id}`.
    ///
    /// - Parameters:
    ///   - userID: The user id.
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ userID: String, projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Projects.path(projectID, "users", userID), options: options))
    }

    /// Lists a project's members, one page.
    ///
    /// `GET /organization/projects/{project_id}/users`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - after: The user id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(projectID: String, limit: Int? = nil, after: String? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<ProjectUser> {
        try await client.send(.get(Projects.path(projectID, "users"), query: AdminPath.listQuery(limit: limit, after: after), options: options))
    }

    /// Lists every member of a project, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The members.
    public func listAll(projectID: String, limit: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<ProjectUser> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(projectID: projectID, limit: limit, after: after, options: options) }
    }
}
