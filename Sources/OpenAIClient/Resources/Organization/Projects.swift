/// The organization's projects: ``Organization/projects``.
///
/// ```swift
/// let project = try await client.organization.projects.create(ProjectCreateRequest(name: "Search"))
/// _ = try await client.organization.projects.users.create(projectID: project.id, ProjectUserCreateRequest(userID: "user_abc", role: .member))
/// for try await limit in client.organization.projects.rateLimits.listAll(projectID: project.id) { print(limit.model) }
/// ```
///
/// ## Topics
/// ### In a project
/// - ``users``
/// - ``serviceAccounts``
/// - ``apiKeys``
/// - ``rateLimits``
/// - ``groups``
/// - ``certificates``
/// ### Project settings
/// - ``dataRetention``
/// - ``hostedToolPermissions``
/// - ``modelPermissions``
/// - ``spendAlerts``
/// - ``spendLimit``
public struct Projects: Sendable {
    let client: OpenAI

    /// A project's members: `/organization/projects/{project_id}/users`.
    public var users: ProjectUsers { ProjectUsers(client: client) }
    /// A project's service accounts: `/organization/projects/{project_id}/service_accounts`.
    public var serviceAccounts: ProjectServiceAccounts { ProjectServiceAccounts(client: client) }
    /// A project's API keys: `/organization/projects/{project_id}/api_keys`.
    public var apiKeys: ProjectAPIKeys { ProjectAPIKeys(client: client) }
    /// A project's per-model rate limits: `/organization/projects/{project_id}/rate_limits`.
    public var rateLimits: ProjectRateLimits { ProjectRateLimits(client: client) }
    /// The groups with access to a project: `/organization/projects/{project_id}/groups`.
    public var groups: ProjectGroups { ProjectGroups(client: client) }
    /// The certificates active for a project: `/organization/projects/{project_id}/certificates`.
    public var certificates: ProjectCertificates { ProjectCertificates(client: client) }
    /// A project's data retention policy: `/organization/projects/{project_id}/data_retention`.
    public var dataRetention: ProjectDataRetentionSettings { ProjectDataRetentionSettings(client: client) }
    /// A project's hosted tools: `/organization/projects/{project_id}/hosted_tool_permissions`.
    public var hostedToolPermissions: ProjectHostedToolPermissions { ProjectHostedToolPermissions(client: client) }
    /// A project's model list: `/organization/projects/{project_id}/model_permissions`.
    public var modelPermissions: ProjectModelPermissions { ProjectModelPermissions(client: client) }
    /// A project's spend alerts: `/organization/projects/{project_id}/spend_alerts`.
    public var spendAlerts: ProjectSpendAlerts { ProjectSpendAlerts(client: client) }
    /// A project's monthly spend limit: `/organization/projects/{project_id}/spend_limit`.
    public var spendLimit: ProjectSpendLimitSettings { ProjectSpendLimitSettings(client: client) }
    /// A project's custom and predefined roles: `/projects/{project_id}/roles`.
    public var roles: ProjectRoles { ProjectRoles(client: client) }

    /// `/organization/projects/{project_id}[/{collection}[/{id}]]`, the ids escaped.
    static func path(_ projectID: String, _ collection: String? = nil, _ id: String? = nil) -> String {
        var path = AdminPath.item("projects", projectID)
        if let collection { path += "/" + collection }
        if let id { path += "/" + APIRequest.segment(id) }
        return path
    }

    /// Creates a project.
    ///
    /// `POST /organization/projects`.
    ///
    /// - Parameters:
    ///   - request: The name, residency and encryption key.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The project.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: ProjectCreateRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Project {
        try await client.send(.post(AdminPath.root + "/projects", json: request, options: options))
    }

    /// Retrieves a project.
    ///
    /// `GET /organization/projects/{project_id}`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The project.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Project {
        try await client.send(.get(Self.path(projectID), options: options))
    }

    /// Renames a project or changes its encryption key.
    ///
    /// `POST /organization/projects/{project_id}`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - request: The changes.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The project.
    /// - Throws: ``OpenAIError``.
    public func modify(_ projectID: String, _ request: ProjectUpdateRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Project {
        try await client.send(.post(Self.path(projectID), json: request, options: options))
    }

    /// Archives a project.
    ///
    /// `POST /organization/projects/{project_id}/archive`.
    ///
    /// > Warning: An archived project cannot be used or restored; its API keys stop working.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The project, `archived`.
    /// - Throws: ``OpenAIError``.
    public func archive(_ projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Project {
        try await client.send(.post(Self.path(projectID, "archive"), json: EmptyObjectBody(), options: options))
    }

    /// Lists projects, one page.
    ///
    /// `GET /organization/projects`.
    ///
    /// - Parameters:
    ///   - includeArchived: Whether to list archived projects too; the API default (`false`) by default.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - after: The project id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        includeArchived: Bool? = nil, limit: Int? = nil, after: String? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<Project> {
        let query = AdminPath.listQuery(limit: limit, after: after) + ListQuery.item("include_archived", includeArchived.map { String($0) })
        return try await client.send(.get(AdminPath.root + "/projects", query: query, options: options))
    }

    /// Lists every project, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - includeArchived: Whether to list archived projects too; the API default by default.
    ///   - limit: Page size; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The projects.
    public func listAll(includeArchived: Bool? = nil, limit: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Project> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(includeArchived: includeArchived, limit: limit, after: after, options: options)
        }
    }
}
