/// The organization's groups: ``Organization/groups``.
public struct Groups: Sendable {
    let client: OpenAI

    /// A group's members: `/organization/groups/{group_id}/users`.
    public var users: GroupUsers { GroupUsers(client: client) }
    /// A group's roles: `/organization/groups/{group_id}/roles`.
    public var roles: GroupRoles { GroupRoles(calls: RoleAssignmentCalls(client: client, collection: AdminPath.root + "/groups")) }

    /// Creates a group.
    ///
    /// `POST /organization/groups`.
    ///
    /// - Parameters:
    ///   - name: The group name.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The group.
    /// - Throws: ``OpenAIError``.
    public func create(name: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> OrganizationGroup {
        try await client.send(.post(AdminPath.root + "/groups", json: NameRequest(name: name), options: options))
    }

    /// Retrieves a group.
    ///
    /// `GET /organization/groups/{group_id}`.
    ///
    /// - Parameters:
    ///   - groupID: The group id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The group.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ groupID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> OrganizationGroup {
        try await client.send(.get(AdminPath.item("groups", groupID), options: options))
    }

    /// Renames a group.
    ///
    /// `POST /organization/groups/{group_id}`.
    ///
    /// - Parameters:
    ///   - groupID: The group id.
    ///   - name: The new name.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The group (without ``OrganizationGroup/groupType``).
    /// - Throws: ``OpenAIError``.
    public func update(_ groupID: String, name: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> OrganizationGroup {
        try await client.send(.post(AdminPath.item("groups", groupID), json: NameRequest(name: name), options: options))
    }

    /// Deletes a group; its members stay in the organization.
    ///
    /// `DELETE /organization/groups/{group_id}`.
    ///
    /// - Parameters:
    ///   - groupID: The group id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ groupID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(AdminPath.item("groups", groupID), options: options))
    }

    /// Lists groups, one page.
    ///
    /// `GET /organization/groups`.
    ///
    /// - Parameters:
    ///   - limit: Page size, up to 1000; the API default (100) by default.
    ///   - after: The group id to list after; the first page by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(limit: Int? = nil, after: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<OrganizationGroup> {
        try await client.send(.get(AdminPath.root + "/groups", query: AdminPath.listQuery(limit: limit, after: after, order: order), options: options))
    }

    /// Lists every group, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The groups.
    public func listAll(limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<OrganizationGroup> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(limit: limit, after: after, order: order, options: options) }
    }
}

/// A group's members: ``Groups/users``.
public struct GroupUsers: Sendable {
    let client: OpenAI

    func path(_ groupID: String, _ userID: String? = nil) -> String {
        AdminPath.item("groups", groupID) + "/users" + (userID.map { "/" + APIRequest.segment($0) } ?? "")
    }

    /// Adds a member to a group.
    ///
    /// `POST /organization/groups/{group_id}/users`.
    ///
    /// - Parameters:
    ///   - groupID: The group id.
    ///   - userID: The user id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The membership.
    /// - Throws: ``OpenAIError``.
    public func add(groupID: String, userID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> GroupUserAssignment {
        try await client.send(.post(path(groupID), json: AddGroupUserRequest(userID: userID), options: options))
    }

    /// Retrieves a member of a group.
    ///
    /// `GET /organization/groups/{group_id}/users/{user_id}`.
    ///
    /// - Parameters:
    ///   - userID: The user id.
    ///   - groupID: The group id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The member.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ userID: String, groupID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> GroupUser {
        try await client.send(.get(path(groupID, userID), options: options))
    }

    /// Removes a member from a group.
    ///
    /// `DELETE /organization/groups/{group_id}/users/{user_id}`.
    ///
    /// - Parameters:
    ///   - userID: The user id.
    ///   - groupID: The group id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The removal status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func remove(_ userID: String, groupID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RemovalStatus {
        try await client.send(.delete(path(groupID, userID), options: options))
    }

    /// Lists a group's members, one page.
    ///
    /// `GET /organization/groups/{group_id}/users`.
    ///
    /// - Parameters:
    ///   - groupID: The group id.
    ///   - limit: Page size; the API default by default.
    ///   - after: The user id to list after; the first page by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        groupID: String, limit: Int? = nil, after: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<GroupUser> {
        try await client.send(.get(path(groupID), query: AdminPath.listQuery(limit: limit, after: after, order: order), options: options))
    }

    /// Lists every member of a group, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - groupID: The group id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The members.
    public func listAll(groupID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<GroupUser> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(groupID: groupID, limit: limit, after: after, order: order, options: options)
        }
    }
}
