import Foundation
import OpenAIClient
import TestSupport
import Testing

/// A raw `text/event-stream` body of a streamed run that writes a message, calls a function, and ends.
private let runStream: String = {
    func event(_ name: String, _ data: String) -> String {
        "event: \(name)\ndata: \(data.replacingOccurrences(of: "\n", with: " "))\n\n"
    }
    let message = #"{"id": "msg_1", "object": "thread.message", "created_at": 1, "thread_id": "thread_1", "role": "assistant", "status": "in_progress", "content": []}"#
    let step = #"{"id": "step_1", "object": "thread.run.step", "type": "tool_calls", "status": "in_progress", "step_details": {"type": "tool_calls", "tool_calls": []}}"#
    return event("thread.created", AssistantFixtures.thread)
        + event("thread.run.created", AssistantFixtures.run(status: "queued"))
        + event("thread.run.in_progress", AssistantFixtures.run(status: "in_progress"))
        + event("thread.message.created", message)
        + event("thread.message.delta", #"{"id": "msg_1", "object": "thread.message.delta", "delta": {"role": "assistant", "content": [{"index": 0, "type": "text", "text": {"value": "Héllo, "}}]}}"#)
        + event("thread.message.delta", #"{"id": "msg_1", "object": "thread.message.delta", "delta": {"content": [{"index": 0, "type": "text", "text": {"value": "wörld【1†a】", "annotations": [{"index": 0, "type": "file_citation", "text": "【1†a】", "file_citation": {"file_id": "file-a"}, "start_index": 12, "end_index": 17}]}}]}}"#)
        + ": keep-alive comment\n\n"
        + event("thread.run.step.created", step)
        + event("thread.run.step.delta", #"{"id": "step_1", "object": "thread.run.step.delta", "delta": {"step_details": {"type": "tool_calls", "tool_calls": [{"index": 0, "id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"ci"}}]}}}"#)
        + event("thread.run.step.delta", #"{"id": "step_1", "object": "thread.run.step.delta", "delta": {"step_details": {"type": "tool_calls", "tool_calls": [{"index": 0, "type": "function", "function": {"arguments": "ty\":\"Paris\"}"}}]}}}"#)
        + event("thread.run.step.delta", #"{"id": "step_1", "object": "thread.run.step.delta", "delta": {"step_details": {"type": "tool_calls", "tool_calls": [{"index": 1, "id": "call_2", "type": "code_interpreter", "code_interpreter": {"input": "1+", "outputs": []}}]}}}"#)
        + event("thread.run.step.delta", #"{"id": "step_1", "object": "thread.run.step.delta", "delta": {"step_details": {"type": "tool_calls", "tool_calls": [{"index": 1, "type": "code_interpreter", "code_interpreter": {"input": "1", "outputs": [{"index": 0, "type": "logs", "logs": "2"}]}}]}}}"#)
        + event("thread.run.requires_action", AssistantFixtures.run(status: "requires_action", requiredAction: AssistantFixtures.requiresAction))
        + event("thread.run.future_event", #"{"anything": 1}"#)
        + "event: done\ndata: [DONE]\n\n"
}()

@Suite struct RunsTests {
    @Test("Creates a run with every setting and include[], and decodes it")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(AssistantFixtures.run(status: "queued"))]) { server in
            var request = CreateRunRequest(
                assistantID: "asst_1", additionalInstructions: "Be brief.",
                additionalMessages: [CreateMessageRequest(role: .user, content: "Hi")]
            )
            request.model = "gpt-4o"
            request.instructions = "i"
            request.tools = [.function(FunctionDefinition(name: "get_weather"))]
            request.metadata = ["k": "v"]
            request.temperature = 0.2
            request.topP = 0.9
            request.maxPromptTokens = 1000
            request.maxCompletionTokens = 500
            request.truncationStrategy = .lastMessages(5)
            request.toolChoice = .function("get_weather")
            request.parallelToolCalls = false
            request.responseFormat = .auto
            request.reasoningEffort = "low"
            request.stream = true

            let run = try await OpenAI.testing(server).threads.runs.create(threadID: "thread_1", request, include: [.fileSearchResultContent])

            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/threads/thread_1/runs")
            #expect(sent.query("include[]") == "step_details.tool_calls[*].file_search.results[*].content")
            #expect(sent.header("OpenAI-Beta") == "assistants=v2")
            #expect(sent.json == [
                "assistant_id": "asst_1", "additional_instructions": "Be brief.",
                "additional_messages": [["role": "user", "content": "Hi"]],
                "model": "gpt-4o", "instructions": "i", "tools": [["type": "function", "function": ["name": "get_weather"]]],
                "metadata": ["k": "v"], "temperature": 0.2, "top_p": 0.9, "max_prompt_tokens": 1000, "max_completion_tokens": 500,
                "truncation_strategy": ["type": "last_messages", "last_messages": 5],
                "tool_choice": ["type": "function", "function": ["name": "get_weather"]],
                "parallel_tool_calls": false, "response_format": "auto", "reasoning_effort": "low",
            ])
            #expect(run.status == .queued)
            #expect(run.toolChoice == .function("get_weather"))
            #expect(run.truncationStrategy == .lastMessages(5))
            #expect(run.responseFormat == .auto)
        }
    }

    static let toolChoices: [(AssistantToolChoice, JSONValue)] = [
        (.none, "none"), (.auto, "auto"), (.required, "required"),
        (.tool(.fileSearch), ["type": "file_search"]), (.function("f"), ["type": "function", "function": ["name": "f"]]),
    ]

    @Test("Encodes tool choice strings and named tools", arguments: toolChoices)
    func toolChoice(choice: AssistantToolChoice, json: JSONValue) throws {
        let encoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(choice))
        #expect(encoded == json)
        #expect(try JSONDecoder().decode(AssistantToolChoice.self, from: JSONEncoder().encode(json)) == choice)
    }

    @Test("Retrieves, modifies, cancels and lists runs")
    func crud() async throws {
        try await TestHTTPServer.withServer(responses: [
            .json(AssistantFixtures.run(status: "in_progress")), .json(AssistantFixtures.run(status: "in_progress")),
            .json(AssistantFixtures.run(status: "cancelling")), .json(AssistantFixtures.page([AssistantFixtures.run(status: "completed")])),
        ]) { server in
            let runs = OpenAI.testing(server).threads.runs
            _ = try await runs.retrieve("run_1", threadID: "thread_1")
            _ = try await runs.modify("run_1", threadID: "thread_1", ModifyRunRequest(metadata: ["a": "b"]))
            #expect(try await runs.cancel("run_1", threadID: "thread_1").status == .cancelling)
            #expect(try await runs.list(threadID: "thread_1", limit: 2, order: .descending).data.first?.status == .completed)
            let sent = await server.requests
            #expect(sent.map(\.method) == ["GET", "POST", "POST", "GET"])
            #expect(sent.map(\.uri) == [
                "/v1/threads/thread_1/runs/run_1", "/v1/threads/thread_1/runs/run_1",
                "/v1/threads/thread_1/runs/run_1/cancel", "/v1/threads/thread_1/runs?limit=2&order=desc",
            ])
            #expect(sent[1].json == ["metadata": ["a": "b"]])
        }
    }

    @Test("Creates a thread and run in one call, forcing stream off")
    func createAndRun() async throws {
        try await TestHTTPServer.withServer(responses: [.json(AssistantFixtures.run(status: "queued"))]) { server in
            var request = CreateThreadAndRunRequest(
                assistantID: "asst_1", thread: CreateThreadRequest(messages: [CreateMessageRequest(role: .user, content: "Hi")]),
                toolResources: ToolResources(codeInterpreter: .init(fileIDs: ["file-1"]))
            )
            request.temperature = 1
            request.stream = true
            _ = try await OpenAI.testing(server).threads.createAndRun(request)
            let sent = try #require(await server.requests.first)
            #expect(sent.uri == "/v1/threads/runs")
            #expect(sent.json == [
                "assistant_id": "asst_1", "thread": ["messages": [["role": "user", "content": "Hi"]]],
                "tool_resources": ["code_interpreter": ["file_ids": ["file-1"]]], "temperature": 1,
            ])
        }
    }

    @Test("Submits tool outputs")
    func submitToolOutputs() async throws {
        try await TestHTTPServer.withServer(responses: [.json(AssistantFixtures.run(status: "queued"))]) { server in
            _ = try await OpenAI.testing(server).threads.runs.submitToolOutputs("run_1", threadID: "thread_1", toolOutputs: [.init(toolCallID: "call_1", output: "22C")])
            let sent = try #require(await server.requests.first)
            #expect(sent.uri == "/v1/threads/thread_1/runs/run_1/submit_tool_outputs")
            #expect(sent.json == ["tool_outputs": [["tool_call_id": "call_1", "output": "22C"]]])
        }
    }

    @Test("Lists and retrieves run steps with include[] and decodes file search results and code outputs")
    func steps() async throws {
        try await TestHTTPServer.withServer(responses: [.json(AssistantFixtures.page([AssistantFixtures.step])), .json(AssistantFixtures.step)]) { server in
            let steps = OpenAI.testing(server).threads.runs.steps
            let page = try await steps.list(threadID: "thread_1", runID: "run_1", include: [.fileSearchResultContent], limit: 1)
            let step = try await steps.retrieve("step_1", threadID: "thread_1", runID: "run_1", include: [.fileSearchResultContent])
            let sent = await server.requests
            #expect(sent.map(\.path) == ["/v1/threads/thread_1/runs/run_1/steps", "/v1/threads/thread_1/runs/run_1/steps/step_1"])
            #expect(sent.allSatisfy { $0.query("include[]") == RunStepInclude.fileSearchResultContent.rawValue })
            #expect(sent[0].query("limit") == "1")
            #expect(page.data.count == 1)
            let calls = try #require(step.stepDetails.toolCalls)
            #expect(calls[0].fileSearch?.results?.first?.content?.first?.text == "Renewal…")
            #expect(calls[0].fileSearch?.results?.first?.score == 0.9)
            #expect(calls[1].codeInterpreter?.outputs?.map(\.type) == ["logs", "image"])
            #expect(calls[1].codeInterpreter?.outputs?[1].image?.fileID == "file-img")
            #expect(step.usage?.totalTokens == 579)
        }
    }
}

@Suite struct AssistantStreamTests {
    static func collect(_ stream: AssistantEventStream) async throws -> [AssistantStreamEvent] {
        var events: [AssistantStreamEvent] = []
        for try await event in stream { events.append(event) }
        return events
    }

    static func checkAccumulated(_ events: [AssistantStreamEvent], sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(events.map(\.name) == [
            "thread.created", "thread.run.created", "thread.run.in_progress", "thread.message.created",
            "thread.message.delta", "thread.message.delta", "thread.run.step.created",
            "thread.run.step.delta", "thread.run.step.delta", "thread.run.step.delta", "thread.run.step.delta",
            "thread.run.requires_action", "thread.run.future_event", "done",
        ], sourceLocation: sourceLocation)
        var accumulator = AssistantStreamAccumulator()
        for event in events { try accumulator.apply(event) }
        #expect(accumulator.thread?.id == "thread_1", sourceLocation: sourceLocation)
        #expect(accumulator.run?.status == .requiresAction, sourceLocation: sourceLocation)
        #expect(accumulator.run?.pendingToolCalls.map(\.id) == ["call_1", "call_2"], sourceLocation: sourceLocation)
        #expect(accumulator.messages.first?.text == "Héllo, wörld【1†a】", sourceLocation: sourceLocation)
        #expect(accumulator.messages.first?.content.first?.text?.annotations.first?.fileID == "file-a", sourceLocation: sourceLocation)
        let calls = accumulator.runSteps.first?.stepDetails.toolCalls ?? []
        #expect(calls.map(\.id) == ["call_1", "call_2"], sourceLocation: sourceLocation)
        #expect(calls.first?.function?.arguments == #"{"city":"Paris"}"#, sourceLocation: sourceLocation)
        #expect(calls.first?.function?.name == "get_weather", sourceLocation: sourceLocation)
        #expect(calls.last?.codeInterpreter?.input == "1+1", sourceLocation: sourceLocation)
        #expect(calls.last?.codeInterpreter?.outputs?.first?.logs == "2", sourceLocation: sourceLocation)
        #expect(accumulator.unknownEvents.map(\.name) == ["thread.run.future_event"], sourceLocation: sourceLocation)
        #expect(accumulator.isDone, sourceLocation: sourceLocation)
    }

    @Test("Streams a run, split at every byte boundary, into typed events that accumulate into whole objects", arguments: [1, 2, 3, 7, 64, 100_000])
    func stream(pieceSize: Int) async throws {
        try await TestHTTPServer.withServer(responses: [.sse(raw: runStream, pieceSize: pieceSize)]) { server in
            let stream = try await OpenAI.testing(server).threads.runs.stream(threadID: "thread_1", CreateRunRequest(assistantID: "asst_1"))
            let sent = try #require(await server.requests.first)
            #expect(sent.json == ["assistant_id": "asst_1", "stream": true])
            #expect(sent.header("Accept") == "text/event-stream")
            try Self.checkAccumulated(try await Self.collect(stream))
        }
    }

    @Test("Streams create-thread-and-run and streamed tool output submission")
    func otherStreams() async throws {
        try await TestHTTPServer.withServer(responses: [.sse(raw: runStream, pieceSize: 5), .sse(raw: runStream, pieceSize: 11)]) { server in
            let client = OpenAI.testing(server)
            try Self.checkAccumulated(try await Self.collect(client.threads.createAndRunStream(CreateThreadAndRunRequest(assistantID: "asst_1"))))
            try Self.checkAccumulated(try await Self.collect(client.threads.runs.submitToolOutputsStream("run_1", threadID: "thread_1", toolOutputs: [.init(toolCallID: "call_1", output: "x")])))
            let sent = await server.requests
            #expect(sent.map(\.uri) == ["/v1/threads/runs", "/v1/threads/thread_1/runs/run_1/submit_tool_outputs"])
            #expect(sent[0].json == ["assistant_id": "asst_1", "stream": true])
            #expect(sent[1].json == ["tool_outputs": [["tool_call_id": "call_1", "output": "x"]], "stream": true])
        }
    }

    @Test("An error event becomes a typed event that ends the stream, and the accumulator throws it")
    func errorEvent() async throws {
        let raw = "event: thread.run.created\ndata: \(AssistantFixtures.run(status: "queued").replacingOccurrences(of: "\n", with: " "))\n\n"
            + "event: error\ndata: {\"code\": \"server_error\", \"message\": \"boom\"}\n\n"
            + "event: thread.run.completed\ndata: {}\n\n"
        try await TestHTTPServer.withServer(responses: [.sse(raw: raw, pieceSize: 4)]) { server in
            let events = try await Self.collect(OpenAI.testing(server).threads.runs.stream(threadID: "t", CreateRunRequest(assistantID: "a")))
            #expect(events.map(\.name) == ["thread.run.created", "error"])
            guard case .error(let error) = events.last else { Issue.record("no error event"); return }
            #expect(error.kind == .stream)
            #expect(error.message == "boom")
            #expect(error.code == "server_error")
            var accumulator = AssistantStreamAccumulator()
            try accumulator.apply(events[0])
            let thrown = #expect(throws: OpenAIError.self) { try accumulator.apply(events[1]) }
            #expect(thrown?.message == "boom")
        }
    }

    @Test("A known event with malformed data throws a decoding error")
    func malformed() async throws {
        try await TestHTTPServer.withServer(responses: [.sse(raw: "event: thread.run.created\ndata: {\"id\": 5}\n\n")]) { server in
            let stream = try await OpenAI.testing(server).threads.runs.stream(threadID: "t", CreateRunRequest(assistantID: "a"))
            let error = await #expect(throws: OpenAIError.self) { _ = try await Self.collect(stream) }
            #expect(error?.kind == .decoding)
        }
    }

    @Test("A connection dropped mid-stream throws a connection error")
    func dropped() async throws {
        let raw = "event: thread.run.created\ndata: \(AssistantFixtures.run(status: "queued").replacingOccurrences(of: "\n", with: " "))\n\nevent: thread.message.del"
        try await TestHTTPServer.withServer(responses: [ScriptedResponse.sse(raw: raw).droppingConnection()]) { server in
            let stream = try await OpenAI.testing(server, maxRetries: 0).threads.runs.stream(threadID: "t", CreateRunRequest(assistantID: "a"))
            let error = await #expect(throws: OpenAIError.self) { _ = try await Self.collect(stream) }
            #expect(error?.kind == .connection)
        }
    }

    @Test("A delta for a message the accumulator never saw is a stream error")
    func orphanDelta() throws {
        var accumulator = AssistantStreamAccumulator()
        let delta = try JSONDecoder().decode(MessageDelta.self, from: Data(#"{"id": "msg_x", "delta": {"content": []}}"#.utf8))
        let error = #expect(throws: OpenAIError.self) { try accumulator.apply(.messageDelta(delta)) }
        #expect(error?.kind == .stream)
    }
}

/// Records tool calls handed to a handler.
private actor CallLog {
    private(set) var names: [String] = []
    func append(_ name: String) { names.append(name) }
}

private struct WeatherDown: Error {}

@Suite struct RunPollingTests {
    @Test("Polls to completion, answering requires_action through the tool handler")
    func pollWithTools() async throws {
        try await TestHTTPServer.withServer(responses: [
            .json(AssistantFixtures.run(status: "queued")),
            .json(AssistantFixtures.run(status: "in_progress")),
            .json(AssistantFixtures.run(status: "requires_action", requiredAction: AssistantFixtures.requiresAction)),
            .json(AssistantFixtures.run(status: "queued")),
            .json(AssistantFixtures.run(status: "completed")),
        ]) { server in
            let sleeps = SleepRecorder()
            let log = CallLog()
            struct Query: Decodable { var city: String }
            let run = try await OpenAI.testing(server, sleeps: sleeps).threads.runs.createAndPoll(
                threadID: "thread_1", CreateRunRequest(assistantID: "asst_1"), polling: PollingOptions(interval: .milliseconds(250))
            ) { call in
                let city = try call.decodeArguments(as: Query.self).city
                await log.append(city)
                return "sunny in \(city)"
            }
            #expect(run.status == .completed)
            #expect(await log.names == ["Paris", "Oslo"])
            let sent = await server.requests
            #expect(sent.map { "\($0.method) \($0.path)" } == [
                "POST /v1/threads/thread_1/runs", "GET /v1/threads/thread_1/runs/run_1", "GET /v1/threads/thread_1/runs/run_1",
                "POST /v1/threads/thread_1/runs/run_1/submit_tool_outputs", "GET /v1/threads/thread_1/runs/run_1",
            ])
            #expect(sent[3].json == ["tool_outputs": [["tool_call_id": "call_1", "output": "sunny in Paris"], ["tool_call_id": "call_2", "output": "sunny in Oslo"]]])
            #expect(await sleeps.durations == [.milliseconds(250), .milliseconds(250)])
        }
    }

    @Test("Without a handler, polling stops at requires_action")
    func noHandler() async throws {
        try await TestHTTPServer.withServer(responses: [.json(AssistantFixtures.run(status: "requires_action", requiredAction: AssistantFixtures.requiresAction))]) { server in
            let run = try await OpenAI.testing(server).threads.runs.poll("run_1", threadID: "thread_1")
            #expect(run.status == .requiresAction)
            #expect(run.pendingToolCalls.count == 2)
        }
    }

    @Test("Gives up with a timeout error once the wait budget is spent")
    func timeout() async throws {
        try await TestHTTPServer.withServer(handler: { _ in .json(AssistantFixtures.run(status: "in_progress")) }) { server in
            let sleeps = SleepRecorder()
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server, sleeps: sleeps).threads.runs.poll("run_1", threadID: "thread_1", polling: PollingOptions(interval: .seconds(2), timeout: .seconds(5)))
            }
            #expect(error?.kind == .timeout)
            // The last pause is cut to what is left of the budget, as in the vector store helpers.
            #expect(await sleeps.durations == [.seconds(2), .seconds(2), .seconds(1)])
            #expect(await server.requests.count == 4)
        }
    }

    @Test("A throwing tool handler surfaces as a toolHandler error and nothing is submitted")
    func handlerFailure() async throws {
        try await TestHTTPServer.withServer(responses: [.json(AssistantFixtures.run(status: "requires_action", requiredAction: AssistantFixtures.requiresAction))]) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).threads.runs.poll("run_1", threadID: "thread_1") { _ in throw WeatherDown() }
            }
            #expect(error?.kind == .toolHandler)
            #expect(error?.underlying is WeatherDown)
            #expect(await server.requests.count == 1)
        }
    }

    @Test("Terminal statuses are terminal", arguments: [
        (RunStatus.completed, true), (.failed, true), (.cancelled, true), (.incomplete, true), (.expired, true),
        (.queued, false), (.inProgress, false), (.requiresAction, false), (.cancelling, false), ("paused", false),
    ])
    func terminal(status: RunStatus, expected: Bool) {
        #expect(status.isTerminal == expected)
    }
}
