/// The legacy completions endpoint group: ``OpenAI/completions``.
///
/// Prefer ``Chat/completions`` for new work; this endpoint serves instruct models and many local servers.
public struct Completions: Sendable {
    let client: OpenAI

    /// Creates a completion.
    ///
    /// `POST /completions`.
    ///
    /// ```swift
    /// let response = try await client.completions.create(
    ///     CreateCompletionRequest(model: "gpt-3.5-turbo-instruct", prompt: .string("Say hi"), maxTokens: 8)
    /// )
    /// print(response.choices.first?.text ?? "")
    /// ```
    ///
    /// - Parameters:
    ///   - request: The prompt and sampling parameters (`stream` is forced off).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The completion.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateCompletionRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> CreateCompletionResponse {
        var request = request
        request.stream = nil
        return try await client.send(.post("/completions", json: request, options: options))
    }

    /// Streams a completion as it is generated.
    ///
    /// `POST /completions` with `stream: true`; each element is a chunk whose choices carry text fragments.
    ///
    /// - Parameters:
    ///   - request: The prompt and sampling parameters (`stream` is forced on).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The chunks, ending at `[DONE]`.
    /// - Throws: ``OpenAIError`` for failures before the stream starts; the stream throws for later ones.
    public func stream(_ request: CreateCompletionRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EventStream<CreateCompletionResponse> {
        var request = request
        request.stream = true
        return try await client.stream(.post("/completions", json: request, options: options))
    }
}
