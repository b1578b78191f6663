/// Calls on a settings object that exists once for the organization and once per project, at `path`.
struct SettingsCalls: Sendable {
    let client: OpenAI
    let path: String

    func retrieve<Value: Decodable>(options: RequestOptions) async throws(OpenAIError) -> Value {
        try await client.send(.get(path, options: options))
    }

    func update<Value: Decodable>(_ body: some Encodable & Sendable, options: RequestOptions) async throws(OpenAIError) -> Value {
        try await client.send(.post(path, json: body, options: options))
    }

    func delete(options: RequestOptions) async throws(OpenAIError) -> RemovalStatus {
        try await client.send(.delete(path, options: options))
    }

    /// The organization's settings object `name`.
    static func organization(_ client: OpenAI, _ name: String) -> SettingsCalls {
        SettingsCalls(client: client, path: AdminPath.root + "/" + name)
    }

    /// A project's settings object `name`.
    static func project(_ client: OpenAI, _ projectID: String, _ name: String) -> SettingsCalls {
        SettingsCalls(client: client, path: Projects.path(projectID, name))
    }
}

/// The organization's data retention policy: ``Organization/dataRetention``.
public struct DataRetentionSettings: Sendable {
    let client: OpenAI

    /// Retrieves the organization's data retention policy.
    ///
    /// `GET /organization/data_retention`.
    ///
    /// - Parameter options: Per-call overrides; none by default.
    /// - Returns: The policy.
    /// - Throws: ``OpenAIError``.
    public func retrieve(options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DataRetention {
        try await SettingsCalls.organization(client, "data_retention").retrieve(options: options)
    }

    /// Sets the organization's data retention policy (the organization must be eligible for it).
    ///
    /// `POST /organization/data_retention`.
    ///
    /// - Parameters:
    ///   - type: The policy.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The policy.
    /// - Throws: ``OpenAIError``.
    public func update(_ type: DataRetentionType, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DataRetention {
        try await SettingsCalls.organization(client, "data_retention").update(UpdateDataRetentionRequest(retentionType: type), options: options)
    }
}

/// A project's data retention policy: ``Projects/dataRetention``.
public struct ProjectDataRetentionSettings: Sendable {
    let client: OpenAI

    /// Retrieves a project's data retention policy.
    ///
    /// `GET /organization/projects/{project_id}/data_retention`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The policy.
    /// - Throws: ``OpenAIError``.
    public func retrieve(projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DataRetention {
        try await SettingsCalls.project(client, projectID, "data_retention").retrieve(options: options)
    }

    /// Sets a project's data retention policy.
    ///
    /// `POST /organization/projects/{project_id}/data_retention`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - type: The policy; ``DataRetentionType/organizationDefault`` follows the organization's.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The policy.
    /// - Throws: ``OpenAIError``.
    public func update(projectID: String, _ type: DataRetentionType, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DataRetention {
        try await SettingsCalls.project(client, projectID, "data_retention").update(UpdateDataRetentionRequest(retentionType: type), options: options)
    }
}

/// The organization's monthly spend limit: ``Organization/spendLimit``.
public struct SpendLimitSettings: Sendable {
    let client: OpenAI

    /// Retrieves the organization's spend limit.
    ///
    /// `GET /organization/spend_limit`.
    ///
    /// - Parameter options: Per-call overrides; none by default.
    /// - Returns: The limit.
    /// - Throws: ``OpenAIError``.
    public func retrieve(options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> SpendLimit {
        try await SettingsCalls.organization(client, "spend_limit").retrieve(options: options)
    }

    /// Sets the organization's spend limit.
    ///
    /// `POST /organization/spend_limit`.
    ///
    /// > Warning: Requests fail once spend reaches the limit, until the period ends or the limit is raised.
    ///
    /// - Parameters:
    ///   - request: The amount, currency and period.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The limit.
    /// - Throws: ``OpenAIError``.
    public func update(_ request: UpdateSpendLimitRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> SpendLimit {
        try await SettingsCalls.organization(client, "spend_limit").update(request, options: options)
    }

    /// Removes the organization's spend limit.
    ///
    /// `DELETE /organization/spend_limit`.
    ///
    /// - Parameter options: Per-call overrides; none by default.
    /// - Returns: The removal status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RemovalStatus {
        try await SettingsCalls.organization(client, "spend_limit").delete(options: options)
    }
}

/// A project's monthly spend limit: ``Projects/spendLimit``.
public struct ProjectSpendLimitSettings: Sendable {
    let client: OpenAI

    /// Retrieves a project's spend limit.
    ///
    /// `GET /organization/projects/{project_id}/spend_limit`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The limit.
    /// - Throws: ``OpenAIError``.
    public func retrieve(projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> SpendLimit {
        try await SettingsCalls.project(client, projectID, "spend_limit").retrieve(options: options)
    }

    /// Sets a project's spend limit.
    ///
    /// `POST /organization/projects/{project_id}/spend_limit`.
    ///
    /// > Warning: The project's requests fail once its spend reaches the limit.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - request: The amount, currency and period.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The limit.
    /// - Throws: ``OpenAIError``.
    public func update(projectID: String, _ request: UpdateSpendLimitRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> SpendLimit {
        try await SettingsCalls.project(client, projectID, "spend_limit").update(request, options: options)
    }

    /// Removes a project's spend limit.
    ///
    /// `DELETE /organization/projects/{project_id}/spend_limit`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The removal status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RemovalStatus {
        try await SettingsCalls.project(client, projectID, "spend_limit").delete(options: options)
    }
}

/// The hosted tools a project may use: ``Projects/hostedToolPermissions``.
public struct ProjectHostedToolPermissions: Sendable {
    let client: OpenAI

    /// Retrieves which hosted tools a project may use.
    ///
    /// `GET /organization/projects/{project_id}/hosted_tool_permissions`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One permission per tool.
    /// - Throws: ``OpenAIError``.
    public func retrieve(projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> HostedToolPermissions {
        try await SettingsCalls.project(client, projectID, "hosted_tool_permissions").retrieve(options: options)
    }

    /// Enables or disables hosted tools for a project.
    ///
    /// `POST /organization/projects/{project_id}/hosted_tool_permissions`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - permissions: The tools to change; `nil` ones are left as they are.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One permission per tool.
    /// - Throws: ``OpenAIError``.
    public func update(projectID: String, _ permissions: HostedToolPermissions, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> HostedToolPermissions {
        try await SettingsCalls.project(client, projectID, "hosted_tool_permissions").update(permissions, options: options)
    }
}

/// The models a project may use: ``Projects/modelPermissions``.
public struct ProjectModelPermissions: Sendable {
    let client: OpenAI

    /// Retrieves a project's model allow or deny list.
    ///
    /// `GET /organization/projects/{project_id}/model_permissions`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The list and its mode.
    /// - Throws: ``OpenAIError``.
    public func retrieve(projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ModelPermissions {
        try await SettingsCalls.project(client, projectID, "model_permissions").retrieve(options: options)
    }

    /// Replaces a project's model allow or deny list.
    ///
    /// `POST /organization/projects/{project_id}/model_permissions`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - request: The mode and models.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The list and its mode.
    /// - Throws: ``OpenAIError``.
    public func update(projectID: String, _ request: ProjectModelPermissionsUpdateRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ModelPermissions {
        try await SettingsCalls.project(client, projectID, "model_permissions").update(request, options: options)
    }

    /// Removes a project's model list, so every model is allowed.
    ///
    /// `DELETE /organization/projects/{project_id}/model_permissions`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The removal status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(projectID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RemovalStatus {
        try await SettingsCalls.project(client, projectID, "model_permissions").delete(options: options)
    }
}
