/// The assistants endpoint group: ``OpenAI/assistants``.
///
/// ```swift
/// let assistant = try await client.assistants.create(CreateAssistantRequest(model: "gpt-4o-mini", instructions: "Be brief."))
/// ```
public struct Assistants: Sendable {
    let client: OpenAI

    /// Creates an assistant.
    ///
    /// `POST /assistants`.
    ///
    /// - Parameters:
    ///   - request: The model, instructions, tools and settings.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The assistant.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateAssistantRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Assistant {
        try await client.send(.post("/assistants", json: request, options: options.assistantsV2))
    }

    /// Retrieves an assistant.
    ///
    /// `GET /assistants/{assistant_id}`.
    ///
    /// - Parameters:
    ///   - assistantID: The assistant id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The assistant.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ assistantID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Assistant {
        try await client.send(.get("/assistants/\(APIRequest.segment(assistantID))", options: options.assistantsV2))
    }

    /// Modifies an assistant; only the fields set in `request` change.
    ///
    /// `POST /assistants/{assistant_id}`.
    ///
    /// - Parameters:
    ///   - assistantID: The assistant id.
    ///   - request: The fields to change.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The updated assistant.
    /// - Throws: ``OpenAIError``.
    public func modify(_ assistantID: String, _ request: ModifyAssistantRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Assistant {
        try await client.send(.post("/assistants/\(APIRequest.segment(assistantID))", json: request, options: options.assistantsV2))
    }

    /// Deletes an assistant.
    ///
    /// `DELETE /assistants/{assistant_id}`.
    ///
    /// - Parameters:
    ///   - assistantID: The assistant id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    public func delete(_ assistantID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete("/assistants/\(APIRequest.segment(assistantID))", options: options.assistantsV2))
    }

    /// Lists assistants, one page.
    ///
    /// `GET /assistants`.
    ///
    /// - Parameters:
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - order: By creation time; the API default (descending) by default.
    ///   - after: The cursor to list after; none by default.
    ///   - before: The cursor to list before; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, before: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<Assistant> {
        let query = ListQuery(limit: limit, order: order, after: after, before: before)
        return try await client.send(.get("/assistants", query: query.items, options: options.assistantsV2))
    }

    /// Lists every assistant, fetching pages as iteration reaches them.
    public func listAll(limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Assistant> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(limit: limit, order: order, after: after, options: options) }
    }
}

extension RequestOptions {
    /// These options plus `OpenAI-Beta: assistants=v2`, which the assistants, threads and runs endpoints require.
    var assistantsV2: RequestOptions { addingBetaHeader("assistants=v2") }
}
