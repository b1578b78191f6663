/// Chat completions: ``Chat/completions``.
public struct ChatCompletions: Sendable {
    let client: OpenAI

    /// Creates a chat completion.
    ///
    /// `POST /chat/completions`.
    ///
    /// ```swift
    /// let response = try await client.chat.completions.create(
    ///     CreateChatCompletionRequest(model: "gpt-4o-mini", messages: [.system("Be brief."), .user("What is RAG?")])
    /// )
    /// print(response.choices.first?.message.content ?? "")
    /// ```
    ///
    /// - Parameters:
    ///   - request: The conversation and parameters (`stream` is forced off).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The completion.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateChatCompletionRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> CreateChatCompletionResponse {
        var request = request
        request.stream = nil
        return try await client.send(.post("/chat/completions", json: request, options: options))
    }

    /// Streams a chat completion as it is generated.
    ///
    /// `POST /chat/completions` with `stream: true`. Set ``CreateChatCompletionRequest/streamOptions`` to
    /// `StreamOptions(includeUsage: true)` for a final chunk with token counts; feed the chunks to
    /// ``ChatCompletionAccumulator`` for whole tool calls.
    ///
    /// ```swift
    /// for try await chunk in try await client.chat.completions.stream(request) {
    ///     print(chunk.choices.first?.delta.content ?? "", terminator: "")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - request: The conversation and parameters (`stream` is forced on).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The chunks, ending at `[DONE]`.
    /// - Throws: ``OpenAIError`` for failures before the stream starts; the stream throws for later ones.
    public func stream(_ request: CreateChatCompletionRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EventStream<CreateChatCompletionStreamResponse> {
        var request = request
        request.stream = true
        return try await client.stream(.post("/chat/completions", json: request, options: options))
    }
}
