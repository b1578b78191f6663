/// The organization's audit log: ``Organization/auditLogs``.
///
/// Audit logging must be turned on in the organization's data controls; entries are newest first.
public struct AuditLogs: Sendable {
    let client: OpenAI

    /// Lists audit log entries, newest first, one page.
    ///
    /// `GET /organization/audit_logs`.
    ///
    /// - Parameters:
    ///   - query: Filters by time, project, event type, actor and resource; none by default.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - after: The entry id to list after; the first page by default.
    ///   - before: The entry id to list before; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        _ query: AuditLogQuery = AuditLogQuery(), limit: Int? = nil, after: String? = nil, before: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<AuditLog> {
        let items = query.items + AdminPath.listQuery(limit: limit, after: after, before: before)
        return try await client.send(.get(AdminPath.root + "/audit_logs", query: items, options: options))
    }

    /// Lists every matching entry, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - query: Filters; none by default.
    ///   - limit: Page size; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The entries, newest first.
    public func listAll(_ query: AuditLogQuery = AuditLogQuery(), limit: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<AuditLog> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(query, limit: limit, after: after, options: options) }
    }
}
