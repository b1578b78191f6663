/// Invitations to the organization: ``Organization/invites``.
public struct Invites: Sendable {
    let client: OpenAI

    /// Invites someone to the organization (and, optionally, to projects); they get an email.
    ///
    /// `POST /organization/invites`.
    ///
    /// - Parameters:
    ///   - request: The email, role and projects.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The invite, `pending`.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: InviteRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Invite {
        try await client.send(.post(AdminPath.root + "/invites", json: request, options: options))
    }

    /// Retrieves an invite.
    ///
    /// `GET /organization/invites/{invite_id}`.
    ///
    /// - Parameters:
    ///   - inviteID: The invite id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The invite.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ inviteID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Invite {
        try await client.send(.get(AdminPath.item("invites", inviteID), options: options))
    }

    /// Deletes a pending invite; an accepted one cannot be deleted.
    ///
    /// `DELETE /organization/invites/{invite_id}`.
    ///
    /// - Parameters:
    ///   - inviteID: The invite id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ inviteID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(AdminPath.item("invites", inviteID), options: options))
    }

    /// Lists invites, one page.
    ///
    /// `GET /organization/invites`.
    ///
    /// - Parameters:
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - after: The invite id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(limit: Int? = nil, after: String? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<Invite> {
        try await client.send(.get(AdminPath.root + "/invites", query: AdminPath.listQuery(limit: limit, after: after), options: options))
    }

    /// Lists every invite, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The invites.
    public func listAll(limit: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Invite> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(limit: limit, after: after, options: options) }
    }
}
