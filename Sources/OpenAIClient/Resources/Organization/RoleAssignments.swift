/// The calls shared by the role assignments of users and groups, in the organization or a project:
/// `{collection}/{principal_id}/roles`, where `collection` is such as `/organization/users` or `/projects/{project_id}/groups`.
struct RoleAssignmentCalls: Sendable {
    let client: OpenAI
    let collection: String

    func path(_ principalID: String, _ roleID: String? = nil) -> String {
        collection + "/" + APIRequest.segment(principalID) + "/roles" + (roleID.map { "/" + APIRequest.segment($0) } ?? "")
    }

    func assign<Assignment: Decodable>(_ principalID: String, roleID: String, options: RequestOptions) async throws(OpenAIError) -> Assignment {
        try await client.send(.post(path(principalID), json: AssignRoleRequest(roleID: roleID), options: options))
    }

    func retrieve(_ principalID: String, roleID: String, options: RequestOptions) async throws(OpenAIError) -> AssignedRole {
        try await client.send(.get(path(principalID, roleID), options: options))
    }

    func unassign(_ principalID: String, roleID: String, options: RequestOptions) async throws(OpenAIError) -> RemovalStatus {
        try await client.send(.delete(path(principalID, roleID), options: options))
    }

    func list(_ principalID: String, limit: Int?, after: String?, order: ListOrder?, options: RequestOptions) async throws(OpenAIError) -> Page<AssignedRole> {
        try await client.send(.get(path(principalID), query: AdminPath.listQuery(limit: limit, after: after, order: order), options: options))
    }

    func listAll(_ principalID: String, limit: Int?, order: ListOrder?, options: RequestOptions) -> PageSequence<AssignedRole> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(principalID, limit: limit, after: after, order: order, options: options)
        }
    }
}

/// The roles assigned to a member: ``OrganizationUsers/roles``.
public struct UserRoles: Sendable {
    let calls: RoleAssignmentCalls

    /// Assigns an organization role to a user.
    ///
    /// `POST /organization/users/{user_id}/roles`.
    ///
    /// - Parameters:
    ///   - userID: The user id.
    ///   - roleID: The role id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The user and the role.
    /// - Throws: ``OpenAIError``.
    public func assign(userID: String, roleID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> UserRoleAssignment {
        try await calls.assign(userID, roleID: roleID, options: options)
    }

    /// Retrieves a role assigned to a user.
    ///
    /// `GET /organization/users/{user_id}/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - userID: The user id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role and where the assignment comes from.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ roleID: String, userID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> AssignedRole {
        try await calls.retrieve(userID, roleID: roleID, options: options)
    }

    /// Removes a role from a user.
    ///
    /// `DELETE /organization/users/{user_id}/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - userID: The user id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The removal status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func unassign(_ roleID: String, userID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RemovalStatus {
        try await calls.unassign(userID, roleID: roleID, options: options)
    }

    /// Lists a user's roles, one page.
    ///
    /// `GET /organization/users/{user_id}/roles`.
    ///
    /// - Parameters:
    ///   - userID: The user id.
    ///   - limit: Page size; the API default by default.
    ///   - after: The cursor from the previous page's `next`; the first page by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        userID: String, limit: Int? = nil, after: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<AssignedRole> {
        try await calls.list(userID, limit: limit, after: after, order: order, options: options)
    }

    /// Lists every role of a user, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - userID: The user id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The roles.
    public func listAll(userID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<AssignedRole> {
        calls.listAll(userID, limit: limit, order: order, options: options)
    }
}

/// The roles assigned to a group: ``Groups/roles``.
public struct GroupRoles: Sendable {
    let calls: RoleAssignmentCalls

    /// Assigns an organization role to a group (and so to its members).
    ///
    /// `POST /organization/groups/{group_id}/roles`.
    ///
    /// - Parameters:
    ///   - groupID: The group id.
    ///   - roleID: The role id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The group and the role.
    /// - Throws: ``OpenAIError``.
    public func assign(groupID: String, roleID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> GroupRoleAssignment {
        try await calls.assign(groupID, roleID: roleID, options: options)
    }

    /// Retrieves a role assigned to a group.
    ///
    /// `GET /organization/groups/{group_id}/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - groupID: The group id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ roleID: String, groupID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> AssignedRole {
        try await calls.retrieve(groupID, roleID: roleID, options: options)
    }

    /// Removes a role from a group.
    ///
    /// `DELETE /organization/groups/{group_id}/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - groupID: The group id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The removal status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func unassign(_ roleID: String, groupID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RemovalStatus {
        try await calls.unassign(groupID, roleID: roleID, options: options)
    }

    /// Lists a group's roles, one page.
    ///
    /// `GET /organization/groups/{group_id}/roles`.
    ///
    /// - Parameters:
    ///   - groupID: The group id.
    ///   - limit: Page size; the API default by default.
    ///   - after: The cursor from the previous page's `next`; the first page by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        groupID: String, limit: Int? = nil, after: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<AssignedRole> {
        try await calls.list(groupID, limit: limit, after: after, order: order, options: options)
    }

    /// Lists every role of a group, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - groupID: The group id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The roles.
    public func listAll(groupID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<AssignedRole> {
        calls.listAll(groupID, limit: limit, order: order, options: options)
    }
}

/// The project roles assigned to a project's members: ``ProjectUsers/roles``.
public struct ProjectUserRoles: Sendable {
    let client: OpenAI

    func calls(_ projectID: String) -> RoleAssignmentCalls {
        RoleAssignmentCalls(client: client, collection: "/projects/" + APIRequest.segment(projectID) + "/users")
    }

    /// Assigns a project role to a member.
    ///
    /// `POST /projects/{project_id}/users/{user_id}/roles`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - userID: The user id.
    ///   - roleID: The role id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The user and the role.
    /// - Throws: ``OpenAIError``.
    public func assign(projectID: String, userID: String, roleID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> UserRoleAssignment {
        try await calls(projectID).assign(userID, roleID: roleID, options: options)
    }

    /// Retrieves a project role assigned to a member.
    ///
    /// `GET /projects/{project_id}/users/{user_id}/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - projectID: The project id.
    ///   - userID: The user id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role and where the assignment comes from.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ roleID: String, projectID: String, userID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> AssignedRole {
        try await calls(projectID).retrieve(userID, roleID: roleID, options: options)
    }

    /// Removes a project role from a member.
    ///
    /// `DELETE /projects/{project_id}/users/{user_id}/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - projectID: The project id.
    ///   - userID: The user id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The removal status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func unassign(_ roleID: String, projectID: String, userID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RemovalStatus {
        try await calls(projectID).unassign(userID, roleID: roleID, options: options)
    }

    /// Lists a member's project roles, one page.
    ///
    /// `GET /projects/{project_id}/users/{user_id}/roles`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - userID: The user id.
    ///   - limit: Page size; the API default by default.
    ///   - after: The cursor from the previous page's `next`; the first page by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        projectID: String, userID: String, limit: Int? = nil, after: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<AssignedRole> {
        try await calls(projectID).list(userID, limit: limit, after: after, order: order, options: options)
    }

    /// Lists every project role of a member, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - userID: The user id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The roles.
    public func listAll(
        projectID: String, userID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()
    ) -> PageSequence<AssignedRole> {
        calls(projectID).listAll(userID, limit: limit, order: order, options: options)
    }
}

/// The project roles assigned to groups with access to a project: ``ProjectGroups/roles``.
public struct ProjectGroupRoles: Sendable {
    let client: OpenAI

    func calls(_ projectID: String) -> RoleAssignmentCalls {
        RoleAssignmentCalls(client: client, collection: "/projects/" + APIRequest.segment(projectID) + "/groups")
    }

    /// Assigns a project role to a group.
    ///
    /// `POST /projects/{project_id}/groups/{group_id}/roles`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - groupID: The group id.
    ///   - roleID: The role id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The group and the role.
    /// - Throws: ``OpenAIError``.
    public func assign(projectID: String, groupID: String, roleID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> GroupRoleAssignment {
        try await calls(projectID).assign(groupID, roleID: roleID, options: options)
    }

    /// Retrieves a project role assigned to a group.
    ///
    /// `GET /projects/{project_id}/groups/{group_id}/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - projectID: The project id.
    ///   - groupID: The group id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The role.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ roleID: String, projectID: String, groupID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> AssignedRole {
        try await calls(projectID).retrieve(groupID, roleID: roleID, options: options)
    }

    /// Removes a project role from a group.
    ///
    /// `DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}`.
    ///
    /// - Parameters:
    ///   - roleID: The role id.
    ///   - projectID: The project id.
    ///   - groupID: The group id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The removal status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func unassign(_ roleID: String, projectID: String, groupID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RemovalStatus {
        try await calls(projectID).unassign(groupID, roleID: roleID, options: options)
    }

    /// Lists a group's project roles, one page.
    ///
    /// `GET /projects/{project_id}/groups/{group_id}/roles`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - groupID: The group id.
    ///   - limit: Page size; the API default by default.
    ///   - after: The cursor from the previous page's `next`; the first page by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        projectID: String, groupID: String, limit: Int? = nil, after: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<AssignedRole> {
        try await calls(projectID).list(groupID, limit: limit, after: after, order: order, options: options)
    }

    /// Lists every project role of a group, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - groupID: The group id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The roles.
    public func listAll(
        projectID: String, groupID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()
    ) -> PageSequence<AssignedRole> {
        calls(projectID).listAll(groupID, limit: limit, order: order, options: options)
    }
}
