import Foundation

/// The messages endpoint group: ``Threads/messages``.
public struct Messages: Sendable {
    let client: OpenAI

    /// Adds a message to a thread.
    ///
    /// `POST /threads/{thread_id}/messages`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - request: The role, content, attachments and metadata.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The message.
    /// - Throws: ``OpenAIError``.
    public func create(threadID: String, _ request: CreateMessageRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Message {
        try await client.send(.post(Self.path(threadID), json: request, options: options.assistantsV2))
    }

    /// Retrieves a message.
    ///
    /// `GET /threads/{thread_id}/messages/{message_id}`.
    ///
    /// - Parameters:
    ///   - messageID: The message id.
    ///   - threadID: The thread id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The message.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ messageID: String, threadID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Message {
        try await client.send(.get(Self.path(threadID, messageID), options: options.assistantsV2))
    }

    /// Modifies a message's metadata.
    ///
    /// `POST /threads/{thread_id}/messages/{message_id}`.
    ///
    /// - Parameters:
    ///   - messageID: The message id.
    ///   - threadID: The thread id.
    ///   - request: The new metadata.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The message.
    /// - Throws: ``OpenAIError``.
    public func modify(_ messageID: String, threadID: String, _ request: ModifyMessageRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Message {
        try await client.send(.post(Self.path(threadID, messageID), json: request, options: options.assistantsV2))
    }

    /// Deletes a message.
    ///
    /// `DELETE /threads/{thread_id}/messages/{message_id}`.
    ///
    /// - Parameters:
    ///   - messageID: The message id.
    ///   - threadID: The thread id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    public func delete(_ messageID: String, threadID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(threadID, messageID), options: options.assistantsV2))
    }

    /// Lists a thread's messages, one page.
    ///
    /// `GET /threads/{thread_id}/messages`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - runID: Only messages created by this run; all by default.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - order: By creation time; the API default (descending) by default.
    ///   - after: The cursor to list after; none by default.
    ///   - before: The cursor to list before; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        threadID: String, runID: String? = nil, limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, before: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<Message> {
        let query = ListQuery(limit: limit, order: order, after: after, before: before).items + ListQuery.item("run_id", runID)
        return try await client.send(.get(Self.path(threadID), query: query, options: options.assistantsV2))
    }

    /// Lists every message of a thread, fetching pages as iteration reaches them.
    public func listAll(threadID: String, runID: String? = nil, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Message> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(threadID: threadID, runID: runID, limit: limit, order: order, after: after, options: options)
        }
    }

    static func path(_ threadID: String, _ messageID: String? = nil) -> String {
        Threads.path(threadID) + "/messages" + (messageID.map { "/" + APIRequest.segment($0) } ?? "")
    }
}
