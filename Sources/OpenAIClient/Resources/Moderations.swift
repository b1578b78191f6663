/// The moderations endpoint group: ``OpenAI/moderations``.
public struct Moderations: Sendable {
    let client: OpenAI

    /// Classifies text and images for harmful content.
    ///
    /// `POST /moderations`.
    ///
    /// ```swift
    /// let result = try await client.moderations.create(CreateModerationRequest(input: .string("some text")))
    /// print(result.results[0].flagged, result.results[0].flaggedCategories)
    /// ```
    ///
    /// - Parameters:
    ///   - request: The input and model.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One ``ModerationResult`` per input.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateModerationRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> CreateModerationResponse {
        try await client.send(.post("/moderations", json: request, options: options))
    }
}
