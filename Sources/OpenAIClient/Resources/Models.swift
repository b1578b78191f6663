/// The models endpoint group: ``OpenAI/models``.
public struct Models: Sendable {
    let client: OpenAI

    /// Lists the models available to the key.
    ///
    /// `GET /models`. The API returns every model on one page.
    ///
    /// ```swift
    /// let ids = try await client.models.list().data.map(\.id)
    /// ```
    ///
    /// - Parameter options: Per-call overrides; none by default.
    /// - Returns: A page holding every model.
    /// - Throws: ``OpenAIError``.
    public func list(options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<Model> {
        try await client.send(.get("/models", options: options))
    }

    /// Retrieves one model.
    ///
    /// `GET /models/{model}`.
    ///
    /// - Parameters:
    ///   - model: The model id, such as `gpt-4o-mini`.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The model.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown model).
    public func retrieve(_ model: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Model {
        try await client.send(.get("/models/\(APIRequest.segment(model))", options: options))
    }

    /// Deletes a fine-tuned model you own.
    ///
    /// `DELETE /models/{model}`.
    ///
    /// > Warning: The model is gone for good.
    ///
    /// - Parameters:
    ///   - model: The fine-tuned model id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    public func delete(_ model: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete("/models/\(APIRequest.segment(model))", options: options))
    }
}
