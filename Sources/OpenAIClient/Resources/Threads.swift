/// The threads endpoint group: ``OpenAI/threads``, with ``messages`` and ``runs`` beneath it.
///
/// ```swift
/// let thread = try await client.threads.create(CreateThreadRequest(messages: [CreateMessageRequest(role: .user, content: "Hi")]))
/// let run = try await client.threads.runs.createAndPoll(threadID: thread.id, CreateRunRequest(assistantID: assistant.id))
/// ```
public struct Threads: Sendable {
    let client: OpenAI

    /// Messages: `/threads/{thread_id}/messages`.
    public var messages: Messages { Messages(client: client) }
    /// Runs: `/threads/{thread_id}/runs`.
    public var runs: Runs { Runs(client: client) }

    /// Creates a thread, optionally with messages.
    ///
    /// `POST /threads`.
    ///
    /// - Parameters:
    ///   - request: Messages, tool resources and metadata; an empty thread by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The thread.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateThreadRequest = CreateThreadRequest(), options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> AssistantThread {
        try await client.send(.post("/threads", json: request, options: options.assistantsV2))
    }

    /// Retrieves a thread.
    ///
    /// `GET /threads/{thread_id}`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The thread.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ threadID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> AssistantThread {
        try await client.send(.get(Self.path(threadID), options: options.assistantsV2))
    }

    /// Modifies a thread's tool resources or metadata.
    ///
    /// `POST /threads/{thread_id}`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - request: The fields to change.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The updated thread.
    /// - Throws: ``OpenAIError``.
    public func modify(_ threadID: String, _ request: ModifyThreadRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> AssistantThread {
        try await client.send(.post(Self.path(threadID), json: request, options: options.assistantsV2))
    }

    /// Deletes a thread.
    ///
    /// `DELETE /threads/{thread_id}`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    public func delete(_ threadID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(threadID), options: options.assistantsV2))
    }

    /// Creates a thread and starts a run on it.
    ///
    /// `POST /threads/runs`.
    ///
    /// - Parameters:
    ///   - request: The assistant, the thread and run settings (`stream` is forced off).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The run, usually `queued`.
    /// - Throws: ``OpenAIError``.
    public func createAndRun(_ request: CreateThreadAndRunRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Run {
        var request = request
        request.stream = nil
        return try await client.send(.post("/threads/runs", json: request, options: options.assistantsV2))
    }

    /// Creates a thread and streams a run on it.
    ///
    /// `POST /threads/runs` with `stream: true`. The first events are `thread.created` and `thread.run.created`.
    ///
    /// - Parameters:
    ///   - request: The assistant, the thread and run settings (`stream` is forced on).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The events.
    /// - Throws: ``OpenAIError`` for failures before the stream starts; the stream throws for later ones.
    public func createAndRunStream(_ request: CreateThreadAndRunRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> AssistantEventStream {
        var request = request
        request.stream = true
        return try await client.assistantStream(.post("/threads/runs", json: request, options: options.assistantsV2))
    }

    static func path(_ threadID: String) -> String { "/threads/\(APIRequest.segment(threadID))" }
}
