/// The calls shared by ``UserRoles`` and ``GroupRoles``: `/organization/{users|groups}/{id}/roles`.
struct RoleAssignmentCalls: Sendable {
    let client: OpenAI
    let collection: String

    func path(_ principalID: String, _ roleID: String? = nil) -> String {
        AdminPath.item(collection, principalID) + "/roles" + (roleID.map { "/" + APIRequest.segment($0) } ?? "")
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
