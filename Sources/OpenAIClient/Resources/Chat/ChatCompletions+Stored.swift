import Foundation

/// Stored chat completions: those created with ``CreateChatCompletionRequest/store`` set to `true`.
extension ChatCompletions {
    /// Lists one page of stored chat completions.
    ///
    /// `GET /chat/completions`.
    ///
    /// - Parameters:
    ///   - model: Only completions of this model; all by default.
    ///   - metadata: Only completions whose metadata has all these pairs; none by default.
    ///   - limit: Page size; the API's default (20) when `nil`.
    ///   - order: By creation time; the API's default (ascending) when `nil`.
    ///   - after: The cursor: the id of the last completion of the previous page.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page; ``Page/hasMore`` says whether another follows.
    /// - Throws: ``OpenAIError``.
    public func list(
        model: String? = nil,
        metadata: [String: String] = [:],
        limit: Int? = nil,
        order: ListOrder? = nil,
        after: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<CreateChatCompletionResponse> {
        let filters = metadata.sorted { $0.key < $1.key }.map { URLQueryItem(name: "metadata[\($0.key)]", value: $0.value) }
        let query = ListQuery(limit: limit, order: order, after: after).items + ListQuery.item("model", model) + filters
        return try await client.send(.get("/chat/completions", query: query, options: options))
    }

    /// Every stored chat completion, fetched page by page as iteration reaches it.
    ///
    /// ```swift
    /// for try await completion in client.chat.completions.listAll(metadata: ["app": "docs"]) {
    ///     print(completion.id ?? "", completion.choices.first?.message.content ?? "")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - model: Only completions of this model; all by default.
    ///   - metadata: Only completions whose metadata has all these pairs; none by default.
    ///   - order: By creation time; the API's default (ascending) when `nil`.
    ///   - pageSize: Completions per request; the API's default when `nil`.
    ///   - options: Per-call overrides applied to every page request; none by default.
    /// - Returns: A sequence that throws ``OpenAIError``.
    public func listAll(
        model: String? = nil,
        metadata: [String: String] = [:],
        order: ListOrder? = nil,
        pageSize: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) -> PageSequence<CreateChatCompletionResponse> {
        PageSequence(cursor: { $0.id ?? "" }) { after throws(OpenAIError) in
            try await list(model: model, metadata: metadata, limit: pageSize, order: order, after: after, options: options)
        }
    }

    /// Retrieves a stored chat completion.
    ///
    /// `GET /chat/completions/{completion_id}`.
    ///
    /// - Parameters:
    ///   - completionID: The completion id (`chatcmpl-…`).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The completion.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown id or one that was not stored).
    public func retrieve(
        _ completionID: String, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> CreateChatCompletionResponse {
        try await client.send(.get(Self.path(completionID), options: options))
    }

    /// Replaces a stored chat completion's metadata, the only part that can change.
    ///
    /// `POST /chat/completions/{completion_id}`.
    ///
    /// - Parameters:
    ///   - completionID: The completion id.
    ///   - metadata: The new metadata (up to 16 pairs); an empty dictionary clears it.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The completion as stored now.
    /// - Throws: ``OpenAIError``.
    public func update(
        _ completionID: String, metadata: [String: String], options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> CreateChatCompletionResponse {
        try await client.send(.post(Self.path(completionID), json: MetadataUpdateRequest(metadata: metadata), options: options))
    }

    /// Deletes a stored chat completion.
    ///
    /// `DELETE /chat/completions/{completion_id}`.
    ///
    /// - Parameters:
    ///   - completionID: The completion id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    public func delete(
        _ completionID: String, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(completionID), options: options))
    }

    /// Lists one page of the messages a stored chat completion was created from.
    ///
    /// `GET /chat/completions/{completion_id}/messages`.
    ///
    /// - Parameters:
    ///   - completionID: The completion id.
    ///   - limit: Page size; the API's default (20) when `nil`.
    ///   - order: By position; the API's default (ascending) when `nil`.
    ///   - after: The cursor: the id of the last message of the previous page.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page; ``Page/hasMore`` says whether another follows.
    /// - Throws: ``OpenAIError``.
    public func messages(
        _ completionID: String,
        limit: Int? = nil,
        order: ListOrder? = nil,
        after: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<StoredChatMessage> {
        let query = ListQuery(limit: limit, order: order, after: after).items
        return try await client.send(.get(Self.path(completionID) + "/messages", query: query, options: options))
    }

    /// Every message of a stored chat completion, fetched page by page as iteration reaches it.
    ///
    /// - Parameters:
    ///   - completionID: The completion id.
    ///   - order: By position; the API's default (ascending) when `nil`.
    ///   - pageSize: Messages per request; the API's default when `nil`.
    ///   - options: Per-call overrides applied to every page request; none by default.
    /// - Returns: A sequence that throws ``OpenAIError``.
    public func allMessages(
        _ completionID: String,
        order: ListOrder? = nil,
        pageSize: Int? = nil,
        options: RequestOptions = RequestOptions()
    ) -> PageSequence<StoredChatMessage> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await messages(completionID, limit: pageSize, order: order, after: after, options: options)
        }
    }

    static func path(_ completionID: String) -> String {
        "/chat/completions/" + APIRequest.segment(completionID)
    }
}
