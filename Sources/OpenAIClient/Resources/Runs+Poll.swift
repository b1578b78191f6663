/// Answers one function call of a `requires_action` run; the returned text is submitted as its output.
public typealias RunToolHandler = @Sendable (ChatToolCall) async throws -> String

extension OpenAIError.Kind {
    /// A caller-supplied tool handler threw (``OpenAIError/underlying`` holds its error).
    public static let toolHandler = OpenAIError.Kind(rawValue: "tool_handler")
}

extension Runs {
    /// Polls a run until it stops, answering `requires_action` through `toolHandler`.
    ///
    /// Retrieves the run every `interval`; when it requires action, calls `toolHandler` once per pending function
    /// call (in order), submits the outputs, and keeps polling. Returns at a terminal status (`completed`,
    /// `failed`, `cancelled`, `incomplete`, `expired`), or at `requires_action` when there is no handler.
    ///
    /// ```swift
    /// let run = try await client.threads.runs.poll(run.id, threadID: thread.id) { call in
    ///     let city = try call.function.decodeArguments(as: WeatherQuery.self).city
    ///     return try await weather(city)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - runID: The run id.
    ///   - threadID: The thread id.
    ///   - interval: The wait between polls; 1 second by default.
    ///   - maxWait: The most total waiting between polls before giving up; 10 minutes by default.
    ///   - options: Per-call overrides for every request; none by default.
    ///   - toolHandler: Answers function calls; `nil` (return at `requires_action`) by default.
    /// - Returns: The run in a terminal state (or `requires_action` without a handler).
    /// - Throws: ``OpenAIError``: ``OpenAIError/Kind/timeout`` when `maxWait` is spent,
    ///   ``OpenAIError/Kind/toolHandler`` when the handler throws (the run is left waiting; cancel it if needed).
    public func poll(
        _ runID: String,
        threadID: String,
        interval: Duration = .seconds(1),
        maxWait: Duration = .seconds(600),
        options: RequestOptions = RequestOptions(),
        toolHandler: RunToolHandler? = nil
    ) async throws(OpenAIError) -> Run {
        var waited = Duration.zero
        var run = try await retrieve(runID, threadID: threadID, options: options)
        while true {
            if run.status.isTerminal { return run }
            if run.status == .requiresAction {
                guard let toolHandler else { return run }
                var outputs: [SubmitToolOutputsRequest.ToolOutput] = []
                for call in run.pendingToolCalls {
                    do {
                        outputs.append(.init(toolCallID: call.id, output: try await toolHandler(call)))
                    } catch {
                        throw OpenAIError(kind: .toolHandler, message: "the tool handler failed for \(call.function.name) (\(call.id)): \(error)", underlying: error)
                    }
                }
                run = try await submitToolOutputs(runID, threadID: threadID, toolOutputs: outputs, options: options)
                continue
            }
            guard waited + interval <= maxWait else {
                throw OpenAIError(kind: .timeout, message: "run \(runID) was still \(run.status) after waiting \(waited)")
            }
            do {
                try await client.sleep(interval)
            } catch {
                throw OpenAIError(kind: .cancelled, message: "cancelled while polling run \(runID)", underlying: error)
            }
            waited += interval
            run = try await retrieve(runID, threadID: threadID, options: options)
        }
    }

    /// Starts a run and polls it until it stops, answering function calls through `toolHandler`.
    ///
    /// `POST /threads/{thread_id}/runs`, then ``poll(_:threadID:interval:maxWait:options:toolHandler:)``.
    ///
    /// - Parameters:
    ///   - threadID: The thread id.
    ///   - request: The assistant and overrides.
    ///   - interval: The wait between polls; 1 second by default.
    ///   - maxWait: The most total waiting between polls; 10 minutes by default.
    ///   - options: Per-call overrides; none by default.
    ///   - toolHandler: Answers function calls; `nil` by default.
    /// - Returns: The run in a terminal state (or `requires_action` without a handler).
    /// - Throws: ``OpenAIError``, as ``poll(_:threadID:interval:maxWait:options:toolHandler:)``.
    public func createAndPoll(
        threadID: String,
        _ request: CreateRunRequest,
        interval: Duration = .seconds(1),
        maxWait: Duration = .seconds(600),
        options: RequestOptions = RequestOptions(),
        toolHandler: RunToolHandler? = nil
    ) async throws(OpenAIError) -> Run {
        let run = try await create(threadID: threadID, request, options: options)
        return try await poll(run.id, threadID: threadID, interval: interval, maxWait: maxWait, options: options, toolHandler: toolHandler)
    }
}
