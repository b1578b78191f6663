import Foundation

/// The ChatKit endpoint group (beta): ``OpenAI/chatKit``, with ``sessions`` and ``threads``.
///
/// Every call sends `OpenAI-Beta: chatkit_beta=v1`, as the API's examples do (unless ``RequestOptions/extraHeaders``
/// sets `OpenAI-Beta`).
///
/// ```swift
/// let session = try await client.chatKit.sessions.create(CreateChatKitSessionRequest(workflow: ChatKitWorkflow(id: "wf_123"), user: "user_42"))
/// // hand session.clientSecret to the ChatKit front end; later:
/// for try await thread in client.chatKit.threads.listAll(user: "user_42") { print(thread.title ?? thread.id) }
/// ```
public struct ChatKit: Sendable {
    let client: OpenAI

    /// Sessions: `/chatkit/sessions`.
    public var sessions: ChatKitSessions { ChatKitSessions(client: client) }
    /// Threads and their items: `/chatkit/threads`.
    public var threads: ChatKitThreads { ChatKitThreads(client: client) }

    /// The `OpenAI-Beta` value the ChatKit endpoints take.
    static let betaHeader = "chatkit_beta=v1"
}

/// ChatKit sessions: ``ChatKit/sessions``.
public struct ChatKitSessions: Sendable {
    let client: OpenAI

    /// Creates a session for one user of a workflow, with a client secret for the front end.
    ///
    /// `POST /chatkit/sessions`.
    ///
    /// - Parameters:
    ///   - request: The workflow, the user, and optional expiry, rate limits and features.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The session, with its ``ChatKitSession/clientSecret``.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateChatKitSessionRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ChatKitSession {
        try await client.send(.post("/chatkit/sessions", json: request, options: options.addingBetaHeader(ChatKit.betaHeader)))
    }

    /// Cancels a session, so that its client secret stops working.
    ///
    /// `POST /chatkit/sessions/{session_id}/cancel`.
    ///
    /// - Parameters:
    ///   - sessionID: The session id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The session, ``ChatKitSessionStatus/cancelled``.
    /// - Throws: ``OpenAIError``.
    public func cancel(_ sessionID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ChatKitSession {
        let path = "/chatkit/sessions/" + APIRequest.segment(sessionID) + "/cancel"
        return try await client.send(.post(path, json: EmptyObjectBody(), options: options.addingBetaHeader(ChatKit.betaHeader)))
    }
}

/// ChatKit threads and their items: ``ChatKit/threads``.
public struct ChatKitThreads: Sendable {
    let client: OpenAI

    static func path(_ threadID: String) -> String { "/chatkit/threads/" + APIRequest.segment(threadID) }

    /// Retrieves a thread.
    ///
    /// `GET /chatkit/threads/{thread_id}`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The thread.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ threadID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ChatKitThread {
        try await client.send(.get(Self.path(threadID), options: options.addingBetaHeader(ChatKit.betaHeader)))
    }

    /// Deletes a thread with its items and attachments.
    ///
    /// `DELETE /chatkit/threads/{thread_id}`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ threadID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(threadID), options: options.addingBetaHeader(ChatKit.betaHeader)))
    }

    /// Lists threads, one page.
    ///
    /// `GET /chatkit/threads`.
    ///
    /// - Parameters:
    ///   - user: Only this user's threads; everyone's by default.
    ///   - limit: Page size, up to 100; the API default (20) by default.
    ///   - order: `asc` or `desc` (the default), by creation time.
    ///   - after: The thread id to list after; the first page by default.
    ///   - before: The thread id to list before.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        user: String? = nil, limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, before: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<ChatKitThread> {
        let query = ListQuery(limit: limit, order: order, after: after, before: before).items + ListQuery.item("user", user)
        return try await client.send(.get("/chatkit/threads", query: query, options: options.addingBetaHeader(ChatKit.betaHeader)))
    }

    /// Lists every thread, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - user: Only this user's threads; everyone's by default.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc` (the default).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The threads.
    public func listAll(user: String? = nil, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<ChatKitThread> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(user: user, limit: limit, order: order, after: after, options: options) }
    }

    /// Lists a thread's items, one page.
    ///
    /// `GET /chatkit/threads/{thread_id}/items`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - limit: Page size, up to 100; the API default (20) by default.
    ///   - order: `asc` or `desc` (the default), by creation time.
    ///   - after: The item id to list after; the first page by default.
    ///   - before: The item id to list before.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func listItems(
        threadID: String, limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, before: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<ChatKitThreadItem> {
        let query = ListQuery(limit: limit, order: order, after: after, before: before).items
        return try await client.send(.get(Self.path(threadID) + "/items", query: query, options: options.addingBetaHeader(ChatKit.betaHeader)))
    }

    /// Lists every item of a thread, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc` (the default).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The items.
    public func listAllItems(threadID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<ChatKitThreadItem> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await listItems(threadID: threadID, limit: limit, order: order, after: after, options: options)
        }
    }
}
