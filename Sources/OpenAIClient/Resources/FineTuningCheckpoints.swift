/// Fine-tuned model checkpoints: ``FineTuning/checkpoints``.
public struct FineTuningCheckpoints: Sendable {
    let client: OpenAI

    /// The projects a checkpoint is shared with: `/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`.
    public var permissions: FineTuningCheckpointPermissions { FineTuningCheckpointPermissions(client: client) }
}

/// The projects a fine-tuned checkpoint is shared with: ``FineTuningCheckpoints/permissions``.
///
/// These endpoints need an admin key (``OpenAIConfiguration/adminKey``) and an organization owner.
///
/// ```swift
/// _ = try await client.fineTuning.checkpoints.permissions.create(checkpoint: "ft:gpt-4o-mini:org:weather:B7R9VjQd", projectIDs: ["proj_abc"])
/// ```
public struct FineTuningCheckpointPermissions: Sendable {
    let client: OpenAI

    static func path(_ checkpoint: String, _ permissionID: String? = nil) -> String {
        "/fine_tuning/checkpoints/" + APIRequest.segment(checkpoint) + "/permissions" + (permissionID.map { "/" + APIRequest.segment($0) } ?? "")
    }

    /// Shares a checkpoint with projects.
    ///
    /// `POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`.
    ///
    /// - Parameters:
    ///   - checkpoint: The fine-tuned model checkpoint, such as `ft:gpt-4o-mini:org:weather:B7R9VjQd`.
    ///   - projectIDs: The projects to share it with.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The permissions created, one per project.
    /// - Throws: ``OpenAIError``.
    public func create(checkpoint: String, projectIDs: [String], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<CheckpointPermission> {
        try await client.send(.post(Self.path(checkpoint), json: CreateCheckpointPermissionRequest(projectIDs: projectIDs), options: options))
    }

    /// Stops sharing a checkpoint with a project.
    ///
    /// `DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}`.
    ///
    /// - Parameters:
    ///   - permissionID: The permission id.
    ///   - checkpoint: The fine-tuned model checkpoint.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ permissionID: String, checkpoint: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(checkpoint, permissionID), options: options))
    }

    /// Lists the projects a checkpoint is shared with, one page.
    ///
    /// `GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`.
    ///
    /// - Parameters:
    ///   - checkpoint: The fine-tuned model checkpoint.
    ///   - projectID: Only this project's permission; all by default.
    ///   - after: The permission id to list after; the first page by default.
    ///   - limit: Page size; the API default (10) by default.
    ///   - order: `ascending` or `descending` (the default).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        checkpoint: String, projectID: String? = nil, after: String? = nil, limit: Int? = nil, order: CheckpointPermissionOrder? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<CheckpointPermission> {
        let query = ListQuery.item("project_id", projectID) + ListQuery(limit: limit, after: after).items + ListQuery.item("order", order?.rawValue)
        return try await client.send(.get(Self.path(checkpoint), query: query, options: options))
    }

    /// Lists every permission of a checkpoint, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - checkpoint: The fine-tuned model checkpoint.
    ///   - projectID: Only this project's permission; all by default.
    ///   - limit: Page size; the API default by default.
    ///   - order: `ascending` or `descending` (the default).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The permissions.
    public func listAll(
        checkpoint: String, projectID: String? = nil, limit: Int? = nil, order: CheckpointPermissionOrder? = nil, options: RequestOptions = RequestOptions()
    ) -> PageSequence<CheckpointPermission> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(checkpoint: checkpoint, projectID: projectID, after: after, limit: limit, order: order, options: options)
        }
    }
}
