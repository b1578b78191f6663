/// A project's per-model rate limits: ``Projects/rateLimits``.
public struct ProjectRateLimits: Sendable {
    let client: OpenAI

    /// Changes a project's limits for one model.
    ///
    /// `POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - rateLimitID: The rate limit id, such as `rl-ada`.
    ///   - limits: The new limits; `nil` ones are left unchanged.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The rate limit.
    /// - Throws: ``OpenAIError``.
    public func update(
        projectID: String, _ rateLimitID: String, _ limits: ProjectRateLimitValues, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> ProjectRateLimit {
        try await client.send(.post(Projects.path(projectID, "rate_limits", rateLimitID), json: limits, options: options))
    }

    /// Lists a project's rate limits, one page.
    ///
    /// `GET /organization/projects/{project_id}/rate_limits`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size; the API default (100) by default.
    ///   - after: The rate limit id to list after; the first page by default.
    ///   - before: The rate limit id to list before; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        projectID: String, limit: Int? = nil, after: String? = nil, before: String? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<ProjectRateLimit> {
        try await client.send(.get(Projects.path(projectID, "rate_limits"), query: AdminPath.listQuery(limit: limit, after: after, before: before), options: options))
    }

    /// Lists every rate limit of a project, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The rate limits.
    public func listAll(projectID: String, limit: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<ProjectRateLimit> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(projectID: projectID, limit: limit, after: after, options: options) }
    }
}
