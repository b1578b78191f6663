import Foundation

/// The runs endpoint group: ``Threads/runs``, with ``steps`` beneath it.
public struct Runs: Sendable {
    let client: OpenAI

    /// Run steps: `/threads/{thread_id}/runs/{run_id}/steps`.
    public var steps: RunSteps { RunSteps(client: client) }

    /// Starts a run.
    ///
    /// `POST /threads/{thread_id}/runs`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - request: The assistant and overrides (`stream` is forced off).
    ///   - include: Extra step data, such as ``RunStepInclude/fileSearchResultContent``; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The run, usually `queued`.
    /// - Throws: ``OpenAIError``.
    public func create(threadID: String, _ request: CreateRunRequest, include: [RunStepInclude] = [], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Run {
        var request = request
        request.stream = nil
        return try await client.send(.post(Self.path(threadID), json: request, query: Self.includeItems(include), options: options.assistantsV2))
    }

    /// Starts a run and streams its events.
    ///
    /// `POST /threads/{thread_id}/runs` with `stream: true`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - request: The assistant and overrides (`stream` is forced on).
    ///   - include: Extra step data; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The events, through `done`.
    /// - Throws: ``OpenAIError`` for failures before the stream starts; the stream throws for later ones.
    public func stream(threadID: String, _ request: CreateRunRequest, include: [RunStepInclude] = [], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> AssistantEventStream {
        var request = request
        request.stream = true
        return try await client.assistantStream(.post(Self.path(threadID), json: request, query: Self.includeItems(include), options: options.assistantsV2))
    }

    /// Retrieves a run.
    ///
    /// `GET /threads/{thread_id}/runs/{run_id}`.
    ///
    /// - Parameters:
    ///   - runID: The run id.
    ///   - threadID: The thread id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The run.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ runID: String, threadID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Run {
        try await client.send(.get(Self.path(threadID, runID), options: options.assistantsV2))
    }

    /// Modifies a run's metadata.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}`.
    ///
    /// - Parameters:
    ///   - runID: The run id.
    ///   - threadID: The thread id.
    ///   - request: The new metadata.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The run.
    /// - Throws: ``OpenAIError``.
    public func modify(_ runID: String, threadID: String, _ request: ModifyRunRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Run {
        try await client.send(.post(Self.path(threadID, runID), json: request, options: options.assistantsV2))
    }

    /// Cancels an in-progress run; it becomes `cancelling`, then `cancelled`.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/cancel`.
    ///
    /// - Parameters:
    ///   - runID: The run id.
    ///   - threadID: The thread id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The run.
    /// - Throws: ``OpenAIError``.
    public func cancel(_ runID: String, threadID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Run {
        try await client.send(.post(Self.path(threadID, runID) + "/cancel", json: EmptyObjectBody(), options: options.assistantsV2))
    }

    /// Lists a thread's runs, one page.
    ///
    /// `GET /threads/{thread_id}/runs`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - order: By creation time; the API default (descending) by default.
    ///   - after: The cursor to list after; none by default.
    ///   - before: The cursor to list before; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        threadID: String, limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, before: String? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<Run> {
        let query = ListQuery(limit: limit, order: order, after: after, before: before)
        return try await client.send(.get(Self.path(threadID), query: query.items, options: options.assistantsV2))
    }

    /// Answers a `requires_action` run's function calls.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`.
    ///
    /// - Parameters:
    ///   - runID: The run id.
    ///   - threadID: The thread id.
    ///   - toolOutputs: One output per pending call.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The run, running again.
    /// - Throws: ``OpenAIError``.
    public func submitToolOutputs(
        _ runID: String, threadID: String, toolOutputs: [SubmitToolOutputsRequest.ToolOutput], options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Run {
        let request = SubmitToolOutputsRequest(toolOutputs: toolOutputs)
        return try await client.send(.post(Self.path(threadID, runID) + "/submit_tool_outputs", json: request, options: options.assistantsV2))
    }

    /// Answers a `requires_action` run's function calls and streams the rest of the run.
    ///
    /// `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs` with `stream: true`.
    ///
    /// - Parameters:
    ///   - runID: The run id.
    ///   - threadID: The thread id.
    ///   - toolOutputs: One output per pending call.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The events, through `done`.
    /// - Throws: ``OpenAIError`` for failures before the stream starts; the stream throws for later ones.
    public func submitToolOutputsStream(
        _ runID: String, threadID: String, toolOutputs: [SubmitToolOutputsRequest.ToolOutput], options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> AssistantEventStream {
        var request = SubmitToolOutputsRequest(toolOutputs: toolOutputs)
        request.stream = true
        return try await client.assistantStream(.post(Self.path(threadID, runID) + "/submit_tool_outputs", json: request, options: options.assistantsV2))
    }

    static func path(_ threadID: String, _ runID: String? = nil) -> String {
        Threads.path(threadID) + "/runs" + (runID.map { "/" + APIRequest.segment($0) } ?? "")
    }

    static func includeItems(_ include: [RunStepInclude]) -> [URLQueryItem] {
        include.map { URLQueryItem(name: "include[]", value: $0.rawValue) }
    }
}

/// The run steps endpoint group: ``Runs/steps``.
public struct RunSteps: Sendable {
    let client: OpenAI

    /// Retrieves a run step.
    ///
    /// `GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}`.
    ///
    /// - Parameters:
    ///   - stepID: The step id.
    ///   - threadID: The thread id.
    ///   - runID: The run id.
    ///   - include: Extra data, such as ``RunStepInclude/fileSearchResultContent``; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The step.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ stepID: String, threadID: String, runID: String, include: [RunStepInclude] = [], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RunStep {
        let path = Runs.path(threadID, runID) + "/steps/" + APIRequest.segment(stepID)
        return try await client.send(.get(path, query: Runs.includeItems(include), options: options.assistantsV2))
    }

    /// Lists a run's steps, one page.
    ///
    /// `GET /threads/{thread_id}/runs/{run_id}/steps`.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - runID: The run id.
    ///   - include: Extra data; none by default.
    ///   - limit: Page size, 1 to 100; the API default (20) by default.
    ///   - order: By creation time; the API default (descending) by default.
    ///   - after: The cursor to list after; none by default.
    ///   - before: The cursor to list before; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        threadID: String, runID: String, include: [RunStepInclude] = [], limit: Int? = nil, order: ListOrder? = nil,
        after: String? = nil, before: String? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<RunStep> {
        let query = ListQuery(limit: limit, order: order, after: after, before: before).items + Runs.includeItems(include)
        return try await client.send(.get(Runs.path(threadID, runID) + "/steps", query: query, options: options.assistantsV2))
    }
}
