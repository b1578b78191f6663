/// The groups with access to a project: ``Projects/groups``.
public struct ProjectGroups: Sendable {
    let client: OpenAI

    /// A group's project roles: `/projects/{project_id}/groups/{group_id}/roles`.
    public var roles: ProjectGroupRoles { ProjectGroupRoles(client: client) }

    /// Gives a group access to a project with a role.
    ///
    /// `POST /organization/projects/{project_id}/groups`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - groupID: The group id.
    ///   - role: The project role's id or name.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The group's access.
    /// - Throws: ``OpenAIError``.
    public func add(projectID: String, groupID: String, role: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ProjectGroup {
        try await client.send(.post(Projects.path(projectID, "groups"), json: AddProjectGroupRequest(groupID: groupID, role: role), options: options))
    }

    /// Retrieves a group's access to a project.
    ///
    /// `GET /organization/projects/{project_id}/groups/{group_id}`.
    ///
    /// - Parameters:
    ///   - groupID: The group id.
    ///   - projectID: The project id.
    ///   - groupType: `group` or `tenant_group`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The group's access.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ groupID: String, projectID: String, groupType: GroupType? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ProjectGroup {
        try await client.send(.get(Projects.path(projectID, "groups", groupID), query: ListQuery.item("group_type", groupType?.rawValue), options: options))
    }

    /// Takes a group's access to a project away.
    ///
    /// `DELETE /organization/projects/{project_id}/groups/{group_id}`.
    ///
    /// - Parameters:
    ///   - groupID: The group id.
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The removal status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func remove(_ groupID: String, projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RemovalStatus {
        try await client.send(.delete(Projects.path(projectID, "groups", groupID), options: options))
    }

    /// Lists the groups with access to a project, one page.
    ///
    /// `GET /organization/projects/{project_id}/groups`.
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
    ) async throws(OpenAIError) -> Page<ProjectGroup> {
        try await client.send(.get(Projects.path(projectID, "groups"), query: AdminPath.listQuery(limit: limit, after: after, order: order), options: options))
    }

    /// Lists every group with access to a project, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The groups' access.
    public func listAll(projectID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<ProjectGroup> {
        PageSequence(cursor: \.groupID) { after throws(OpenAIError) in
            try await list(projectID: projectID, limit: limit, after: after, order: order, options: options)
        }
    }
}
