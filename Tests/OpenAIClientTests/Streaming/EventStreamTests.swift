import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct EventStreamTests {
    static func chunk(_ text: String, finish: String? = nil) -> String {
        let reason = finish.map { "\"\($0)\"" } ?? "null"
        let escaped = String(decoding: (try? JSONEncoder().encode(text)) ?? Data(), as: UTF8.self)
        return #"{"id": "cmpl-1", "object": "text_completion", "model": "m", "choices": [{"index": 0, "text": \#(escaped), "finish_reason": \#(reason), "logprobs": null}]}"#
    }

    static let request = CreateCompletionRequest(model: "m", prompt: .string("p"))

    static func collect(_ stream: EventStream<CreateCompletionResponse>) async throws -> String {
        var text = ""
        for try await chunk in stream { text += chunk.choices.first?.text ?? "" }
        return text
    }

    @Test("Decodes a stream cut into pieces of every size", arguments: [1, 2, 3, 7, 64, 4096])
    func pieces(size: Int) async throws {
        let payloads = [Self.chunk("Bonjour, "), Self.chunk("monde 🌍 "), Self.chunk("世界", finish: "stop")]
        try await TestHTTPServer.withServer(responses: [.sse(payloads, pieceSize: size, headers: ["x-request-id": "req_s"])]) { server in
            let stream = try await OpenAI.testing(server).completions.stream(Self.request)
            #expect(stream.metadata.requestID == "req_s")
            #expect(try await Self.collect(stream) == "Bonjour, monde 🌍 世界")
            let sent = try #require(await server.requests.first)
            #expect(sent.json?["stream"] == true)
            #expect(sent.header("Accept") == "text/event-stream")
        }
    }

    @Test("Stops at [DONE] and ignores anything after it")
    func stopsAtDone() async throws {
        let raw = "data: \(Self.chunk("a"))\n\ndata: [DONE]\n\ndata: {not json\n\n"
        try await TestHTTPServer.withServer(responses: [.sse(raw: raw)]) { server in
            let text = try await Self.collect(OpenAI.testing(server).completions.stream(Self.request))
            #expect(text == "a")
        }
    }

    @Test("Ends cleanly when a server closes the stream without [DONE]")
    func noDone() async throws {
        try await TestHTTPServer.withServer(responses: [.sse([Self.chunk("x"), Self.chunk("y")], done: false)]) { server in
            let text = try await Self.collect(OpenAI.testing(server).completions.stream(Self.request))
            #expect(text == "xy")
        }
    }

    @Test("Throws a stream error with the server's details on an error event", arguments: [
        "event: error\ndata: {\"error\": {\"message\": \"overloaded\", \"type\": \"server_error\", \"code\": \"busy\"}}\n\n",
        "data: {\"error\": {\"message\": \"overloaded\", \"type\": \"server_error\", \"code\": \"busy\"}}\n\n",
        "event: error\ndata: {\"message\": \"overloaded\", \"type\": \"server_error\", \"code\": \"busy\"}\n\n",
    ])
    func errorEvent(event: String) async throws {
        let raw = "data: \(Self.chunk("partial"))\n\n" + event
        try await TestHTTPServer.withServer(responses: [.sse(raw: raw, pieceSize: 5, headers: ["x-request-id": "req_e"])]) { server in
            let stream = try await OpenAI.testing(server).completions.stream(Self.request)
            var received: [String] = []
            let error = await #expect(throws: OpenAIError.self) {
                for try await chunk in stream { received.append(chunk.choices.first?.text ?? "") }
            }
            #expect(received == ["partial"])
            #expect(error?.kind == .stream)
            #expect(error?.message == "overloaded")
            #expect(error?.type == "server_error")
            #expect(error?.code == "busy")
            #expect(error?.requestID == "req_e")
        }
    }

    @Test("Reports a connection dropped mid-stream as a connection error after the chunks received")
    func droppedMidStream() async throws {
        let consumed = TestGate()
        let response = ScriptedResponse(
            status: 200,
            headers: [("Content-Type", "text/event-stream")],
            steps: [.bytes(Array("data: \(Self.chunk("one"))\n\n".utf8)), .wait(consumed)],
            dropsAfterBody: true
        )
        try await TestHTTPServer.withServer(responses: [response]) { server in
            let stream = try await OpenAI.testing(server).completions.stream(Self.request)
            var received: [String] = []
            let error = await #expect(throws: OpenAIError.self) {
                for try await chunk in stream {
                    received.append(chunk.choices.first?.text ?? "")
                    consumed.open()
                }
            }
            #expect(received == ["one"])
            #expect(error?.kind == .connection)
            #expect(error?.message.contains("the stream broke") == true)
        }
    }

    @Test("Fails a stream that stalls mid-body with a timeout, after the chunks received")
    func stalledMidStream() async throws {
        let response = ScriptedResponse(
            status: 200,
            headers: [("Content-Type", "text/event-stream")],
            steps: [.bytes(Array("data: \(Self.chunk("one"))\n\n".utf8)), .delay(.seconds(60))]
        )
        try await TestHTTPServer.withServer(responses: [response]) { server in
            var received: [String] = []
            let error = await #expect(throws: OpenAIError.self) {
                let stream = try await OpenAI.testing(server, maxRetries: 0, timeout: .seconds(1)).completions.stream(Self.request)
                for try await chunk in stream { received.append(chunk.choices.first?.text ?? "") }
            }
            // On a starved test machine the first chunk itself may miss the second; either way nothing hangs.
            #expect(received == ["one"] || received.isEmpty)
            #expect(error?.kind == .timeout)
        }
    }

    @Test("Reports an undecodable chunk as a decoding error with its data")
    func badChunk() async throws {
        try await TestHTTPServer.withServer(responses: [.sse(["{\"choices\": 5}"])]) { server in
            let stream = try await OpenAI.testing(server).completions.stream(Self.request)
            let error = await #expect(throws: OpenAIError.self) { _ = try await Self.collect(stream) }
            #expect(error?.kind == .decoding)
            #expect(error?.rawBody == "{\"choices\": 5}")
        }
    }

    @Test("Throws an HTTP error before the stream starts")
    func errorBeforeStream() async throws {
        try await TestHTTPServer.withServer(responses: [.error(status: 401, message: "no key")]) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).completions.stream(Self.request) }
            #expect(error?.status == 401)
        }
    }

    @Test("Cancelling the consuming task ends the stream with a cancellation")
    func cancellation() async throws {
        let slow = ScriptedResponse(
            status: 200,
            headers: [("Content-Type", "text/event-stream")],
            steps: [.bytes(Array("data: \(Self.chunk("first"))\n\n".utf8)), .delay(.seconds(600))]
        )
        try await TestHTTPServer.withServer(responses: [slow]) { server in
            let stream = try await OpenAI.testing(server).completions.stream(Self.request)
            let (firstReceived, signal) = AsyncStream.makeStream(of: Void.self)
            let consumer = Task {
                var iterator = stream.makeAsyncIterator()
                _ = try await iterator.next()
                signal.yield()
                return try await iterator.next()
            }
            for await _ in firstReceived { break }
            consumer.cancel()
            let error = await #expect(throws: OpenAIError.self) { try await consumer.value }
            #expect(error?.kind == .cancelled)
        }
    }

    @Test("Retries a stream request that failed before the stream started")
    func retriesBeforeStream() async throws {
        let responses: [ScriptedResponse] = [.error(status: 429, message: "later", headers: ["retry-after-ms": "5"]), .sse([Self.chunk("ok")])]
        let sleeps = SleepRecorder()
        try await TestHTTPServer.withServer(responses: responses) { server in
            let stream = try await OpenAI.testing(server, sleeps: sleeps).completions.stream(Self.request)
            let text = try await Self.collect(stream)
            #expect(text == "ok")
            #expect(stream.metadata.attempts == 2)
            #expect(await sleeps.durations == [.milliseconds(5)])
            #expect(await server.requests.count == 2)
        }
    }

    @Test("Reports a JSON body answering a stream request as a stream error", arguments: [
        (#"{"error": {"message": "model not loaded", "type": "server_error"}}"#, "model not loaded"),
        (#"{"error": {"message": "bare message"}}"#, "bare message"),
        (#"{"id": "cmpl-1", "choices": []}"#, "expected an event stream, got a JSON body"),
    ])
    func jsonInsteadOfStream(body: String, message: String) async throws {
        try await TestHTTPServer.withServer(responses: [.json(body)]) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).completions.stream(Self.request) }
            #expect(error?.kind == .stream)
            #expect(error?.status == 200)
            #expect(error?.message == message)
        }
    }
}
