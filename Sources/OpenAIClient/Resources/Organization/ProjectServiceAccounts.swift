/// A project's service accounts: ``Projects/serviceAccounts``.
public struct ProjectServiceAccounts: Sendable {
    let client: OpenAI

    /// Creates a service account, with an API key unless asked not to.
    ///
    /// `POST /organization/projects/{project_id}/service_accounts`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - request: The name.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The account, with its key's full value in ``ProjectServiceAccount/apiKey`` (shown only this once).
    /// - Throws: ``OpenAIError``.
    public func create(
        projectID: String, _ request: ProjectServiceAccountCreateRequest, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> ProjectServiceAccount {
        try await client.send(.post(Projects.path(projectID, "service_accounts"), json: request, options: options))
    }

    /// Retrieves a service account.
    ///
    /// `GET /organization/projects/{project_id}/service_accounts/{service_account_id}`.
    ///
    /// - Parameters:
    ///   - serviceAccountID: The service account id.
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The account.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ serviceAccountID: String, projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ProjectServiceAccount {
        try await client.send(.get(Projects.path(projectID, "service_accounts", serviceAccountID), options: options))
    }

    /// Renames a service account or changes its role.
    ///
    /// `POST /organization/projects/{project_id}/service_accounts/{service_account_id}`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - serviceAccountID: The service account id.
    ///   - request: The changes.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The account.
    /// - Throws: ``OpenAIError``.
    public func update(
        projectID: String, _ serviceAccountID: String, _ request: UpdateProjectServiceAccountRequest, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> ProjectServiceAccount {
        try await client.send(.post(Projects.path(projectID, "service_accounts", serviceAccountID), json: request, options: options))
    }

    /// Deletes a service account and its keys.
    ///
    /// `DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}`.
    ///
    /// > Warning: Its API keys stop working at once.
    ///
    /// - Parameters:
    ///   - serviceAccountID: The service account id.
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ serviceAccountID: String, projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Projects.path(projectID, "service_accounts", serviceAccountID), options: options))
    }

    /// Creates another API key for a service account.
    ///
    /// `POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - serviceAccountID: The service account id.
    ///   - request: The name and scopes; the API's defaults by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The key with its full value (shown only this once).
    /// - Throws: ``OpenAIError``.
    public func createAPIKey(
        projectID: String, serviceAccountID: String, _ request: CreateServiceAccountAPIKeyRequest = CreateServiceAccountAPIKeyRequest(),
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> ServiceAccountAPIKey {
        try await client.send(.post(Projects.path(projectID, "service_accounts", serviceAccountID) + "/api_keys", json: request, options: options))
    }

    /// Lists a project's service accounts, one page.
    ///
    /// `GET /organization/projects/{project_id}/service_accounts`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - after: The account id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(projectID: String, limit: Int? = nil, after: String? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<ProjectServiceAccount> {
        try await client.send(.get(Projects.path(projectID, "service_accounts"), query: AdminPath.listQuery(limit: limit, after: after), options: options))
    }

    /// Lists every service account of a project, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The accounts.
    public func listAll(projectID: String, limit: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<ProjectServiceAccount> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(projectID: projectID, limit: limit, after: after, options: options) }
    }
}
