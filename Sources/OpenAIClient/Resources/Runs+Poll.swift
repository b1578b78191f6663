/// Answers one function call of a `requires_action` run; the returned text is submitted as its output.
public typealias RunToolHandler = @Sendable (ChatToolCall) async throws -> String

extension OpenAIError.Kind {
    /// A caller-supplied tool handler threw (``OpenAIError/underlying`` holds its error).
    public static let toolHandler = OpenAIError.Kind(rawValue: "tool_handler")
}

extension Runs {
    /// Polls a run until it stops, answering `requires_action` through `toolHandler`.
    ///
    /// Retrieves the run every ``PollingOptions/interval`` (by default as often as the server's
    /// `openai-poll-after-ms` asks, else every second, as the vector store helpers do); when it requires action,
    /// calls `toolHandler` once per pending tool call (in order), submits the outputs, and keeps polling. Returns at a terminal status (`completed`,
    /// `failed`, `cancelled`, `incomplete`, `expired`), or at `requires_action` when there is no handler.
    ///
    /// ```swift
    /// let run = try await client.threads.runs.poll(run.id, threadID: thread.id) { call in
    ///     let city = try call.decodeArguments(as: WeatherQuery.self).city
    ///     return try await weather(city)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - runID: The run id.
    ///   - threadID: The thread id.
    ///   - polling: The pause between polls and the longest total pause; the server's hint (or 1 second) and
    ///     10 minutes by default.
    ///   - options: Per-call overrides for every request; none by default.
    ///   - toolHandler: Answers function calls; `nil` (return at `requires_action`) by default.
    /// - Returns: The run in a terminal state (or `requires_action` without a handler).
    /// - Throws: ``OpenAIError``: ``OpenAIError/Kind/timeout`` when ``PollingOptions/timeout`` is spent,
    ///   ``OpenAIError/Kind/toolHandler`` when the handler throws (the run is left waiting; cancel it if needed).
    public func poll(
        _ runID: String,
        threadID: String,
        polling: PollingOptions = PollingOptions(),
        options: RequestOptions = RequestOptions(),
        toolHandler: RunToolHandler? = nil
    ) async throws(OpenAIError) -> Run {
        var waited = Duration.zero
        var (run, metadata) = try await client.sendWithMetadata(.get(Self.path(threadID, runID), options: options.assistantsV2), as: Run.self)
        while true {
            if run.status.isTerminal { return run }
            if run.status == .requiresAction {
                guard let toolHandler else { return run }
                var outputs: [SubmitToolOutputsRequest.ToolOutput] = []
                for call in run.pendingToolCalls {
                    do {
                        outputs.append(.init(toolCallID: call.id, output: try await toolHandler(call)))
                    } catch {
                        throw OpenAIError(kind: .toolHandler, message: "the tool handler failed for \(call.function?.name ?? call.type.rawValue) (\(call.id)): \(error)", underlying: error)
                    }
                }
                (run, metadata) = try await client.sendWithMetadata(
                    .post(Self.path(threadID, runID) + "/submit_tool_outputs", json: SubmitToolOutputsRequest(toolOutputs: outputs), options: options.assistantsV2),
                    as: Run.self)
                continue
            }
            let interval = max(polling.interval ?? metadata.pollAfter ?? PollingOptions.defaultInterval, .milliseconds(1))
            guard waited < polling.timeout else {
                throw OpenAIError(kind: .timeout, message: "run \(runID) was still \(run.status) after waiting \(waited)")
            }
            let pause = min(interval, polling.timeout - waited)
            do {
                try await client.sleep(pause)
            } catch {
                throw OpenAIError(kind: .cancelled, message: "cancelled while polling run \(runID)", underlying: error)
            }
            waited += pause
            (run, metadata) = try await client.sendWithMetadata(.get(Self.path(threadID, runID), options: options.assistantsV2), as: Run.self)
        }
    }

    /// Starts a run and polls it until it stops, answering function calls through `toolHandler`.
    ///
    /// `POST /threads/{thread_id}/runs`, then ``poll(_:threadID:polling:options:toolHandler:)``.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - request: The assistant and overrides.
    ///   - polling: The pause between polls and the longest total pause; the server's hint (or 1 second) and
    ///     10 minutes by default.
    ///   - options: Per-call overrides; none by default.
    ///   - toolHandler: Answers function calls; `nil` by default.
    /// - Returns: The run in a terminal state (or `requires_action` without a handler).
    /// - Throws: ``OpenAIError``, as ``poll(_:threadID:polling:options:toolHandler:)``.
    public func createAndPoll(
        threadID: String,
        _ request: CreateRunRequest,
        polling: PollingOptions = PollingOptions(),
        options: RequestOptions = RequestOptions(),
        toolHandler: RunToolHandler? = nil
    ) async throws(OpenAIError) -> Run {
        let run = try await create(threadID: threadID, request, options: options)
        return try await poll(run.id, threadID: threadID, polling: polling, options: options, toolHandler: toolHandler)
    }
}
