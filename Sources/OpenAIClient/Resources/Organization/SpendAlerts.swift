/// The calls of the spend alerts of the organization or of one project.
typealias SpendAlertCalls = CollectionCalls<SpendAlert, CreateSpendAlertRequest, CreateSpendAlertRequest>

/// The organization's spend alerts: ``Organization/spendAlerts``.
public struct SpendAlerts: Sendable {
    let client: OpenAI

    var calls: SpendAlertCalls { SpendAlertCalls(client: client, path: AdminPath.root + "/spend_alerts") }

    /// Creates a spend alert.
    ///
    /// `POST /organization/spend_alerts`.
    ///
    /// - Parameters:
    ///   - request: The threshold and recipients.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The alert.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateSpendAlertRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> SpendAlert {
        try await calls.create(request, options: options)
    }

    /// Retrieves a spend alert.
    ///
    /// `GET /organization/spend_alerts/{alert_id}`.
    ///
    /// - Parameters:
    ///   - alertID: The alert id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The alert.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ alertID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> SpendAlert {
        try await calls.retrieve(alertID, options: options)
    }

    /// Replaces a spend alert's settings.
    ///
    /// `POST /organization/spend_alerts/{alert_id}`.
    ///
    /// - Parameters:
    ///   - alertID: The alert id.
    ///   - request: The new threshold and recipients.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The alert.
    /// - Throws: ``OpenAIError``.
    public func update(_ alertID: String, _ request: CreateSpendAlertRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> SpendAlert {
        try await calls.update(alertID, request, options: options)
    }

    /// Deletes a spend alert.
    ///
    /// `DELETE /organization/spend_alerts/{alert_id}`.
    ///
    /// - Parameters:
    ///   - alertID: The alert id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ alertID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await calls.delete(alertID, options: options)
    }

    /// Lists spend alerts, one page.
    ///
    /// `GET /organization/spend_alerts`.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - after: The alert id to list after; the first page by default.
    ///   - before: The alert id to list before; none by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        limit: Int? = nil, after: String? = nil, before: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<SpendAlert> {
        try await calls.list(limit: limit, after: after, before: before, order: order, options: options)
    }

    /// Lists every spend alert, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The alerts.
    public func listAll(limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<SpendAlert> {
        calls.listAll(limit: limit, order: order, options: options)
    }
}

/// A project's spend alerts: ``Projects/spendAlerts``.
public struct ProjectSpendAlerts: Sendable {
    let client: OpenAI

    func calls(_ projectID: String) -> SpendAlertCalls {
        SpendAlertCalls(client: client, path: Projects.path(projectID, "spend_alerts"))
    }

    /// Creates a spend alert for a project.
    ///
    /// `POST /organization/projects/{project_id}/spend_alerts`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - request: The threshold and recipients.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The alert.
    /// - Throws: ``OpenAIError``.
    public func create(projectID: String, _ request: CreateSpendAlertRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> SpendAlert {
        try await calls(projectID).create(request, options: options)
    }

    /// Retrieves a project's spend alert.
    ///
    /// `GET /organization/projects/{project_id}/spend_alerts/{alert_id}`.
    ///
    /// - Parameters:
    ///   - alertID: The alert id.
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The alert.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ alertID: String, projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> SpendAlert {
        try await calls(projectID).retrieve(alertID, options: options)
    }

    /// Replaces a project spend alert's settings.
    ///
    /// `POST /organization/projects/{project_id}/spend_alerts/{alert_id}`.
    ///
    /// - Parameters:
    ///   - alertID: The alert id.
    ///   - projectID: The project id.
    ///   - request: The new threshold and recipients.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The alert.
    /// - Throws: ``OpenAIError``.
    public func update(
        _ alertID: String, projectID: String, _ request: CreateSpendAlertRequest, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> SpendAlert {
        try await calls(projectID).update(alertID, request, options: options)
    }

    /// Deletes a project's spend alert.
    ///
    /// `DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}`.
    ///
    /// - Parameters:
    ///   - alertID: The alert id.
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ alertID: String, projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await calls(projectID).delete(alertID, options: options)
    }

    /// Lists a project's spend alerts, one page.
    ///
    /// `GET /organization/projects/{project_id}/spend_alerts`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size; the API default by default.
    ///   - after: The alert id to list after; the first page by default.
    ///   - before: The alert id to list before; none by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        projectID: String, limit: Int? = nil, after: String? = nil, before: String? = nil, order: ListOrder? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<SpendAlert> {
        try await calls(projectID).list(limit: limit, after: after, before: before, order: order, options: options)
    }

    /// Lists every spend alert of a project, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The alerts.
    public func listAll(projectID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<SpendAlert> {
        calls(projectID).listAll(limit: limit, order: order, options: options)
    }
}
