import Foundation

/// The organization's members: ``Organization/users``.
public struct OrganizationUsers: Sendable {
    let client: OpenAI

    /// A member's roles: `/organization/users/{user_id}/roles`.
    public var roles: UserRoles { UserRoles(calls: RoleAssignmentCalls(client: client, collection: AdminPath.root + "/users")) }

    /// Retrieves a member.
    ///
    /// `GET /organization/users/{user_id}`.
    ///
    /// - Parameters:
    ///   - userID: The user id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The member.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ userID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> OrganizationUser {
        try await client.send(.get(AdminPath.item("users", userID), options: options))
    }

    /// Changes a member's role or profile.
    ///
    /// `POST /organization/users/{user_id}`.
    ///
    /// - Parameters:
    ///   - userID: The user id.
    ///   - request: The changes.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The member.
    /// - Throws: ``OpenAIError``.
    public func modify(_ userID: String, _ request: UserRoleUpdateRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> OrganizationUser {
        try await client.send(.post(AdminPath.item("users", userID), json: request, options: options))
    }

    /// Removes a member from the organization.
    ///
    /// `DELETE /organization/users/{user_id}`.
    ///
    /// > Warning: The member loses access to every project of the organization.
    ///
    /// - Parameters:
    ///   - userID: The user id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ userID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(AdminPath.item("users", userID), options: options))
    }

    /// Lists members, one page.
    ///
    /// `GET /organization/users`.
    ///
    /// - Parameters:
    ///   - emails: Only members with these emails; all by default.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - after: The user id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(emails: [String] = [], limit: Int? = nil, after: String? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<OrganizationUser> {
        let query = AdminPath.listQuery(limit: limit, after: after) + QueryList.items("emails", emails)
        return try await client.send(.get(AdminPath.root + "/users", query: query, options: options))
    }

    /// Lists every member, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - emails: Only members with these emails; all by default.
    ///   - limit: Page size; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The members.
    public func listAll(emails: [String] = [], limit: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<OrganizationUser> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(emails: emails, limit: limit, after: after, options: options) }
    }
}
