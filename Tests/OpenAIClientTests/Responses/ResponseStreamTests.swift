import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct ResponseStreamTests {
    /// Checks the response the fixture stream folds into.
    static func expectFixtureResponse(_ response: Response?, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let response else {
            Issue.record("no response", sourceLocation: sourceLocation)
            return
        }
        #expect(response.id == "resp_s", sourceLocation: sourceLocation)
        #expect(response.status == .completed, sourceLocation: sourceLocation)
        #expect(response.usage?.totalTokens == 12, sourceLocation: sourceLocation)
        #expect(response.outputText == "Bonjour, monde 🌍", sourceLocation: sourceLocation)
        #expect(response.functionCalls.first?.arguments == #"{"q":"x"}"#, sourceLocation: sourceLocation)
        guard response.output.count == 3, case .reasoning(let reasoning) = response.output[0], case .message(let message) = response.output[1],
              case .outputText(let text) = message.content.first
        else {
            Issue.record("unexpected output \(response.output)", sourceLocation: sourceLocation)
            return
        }
        #expect(reasoning.summary.first?.text == "Thinking…", sourceLocation: sourceLocation)
        #expect(text.annotations.first?.fileID == "file-1", sourceLocation: sourceLocation)
    }

    /// The SSE events of a body cut into `pieces`.
    static func events(_ pieces: [ArraySlice<UInt8>]) -> [ServerSentEvent] {
        var decoder = ServerSentEventDecoder()
        var events: [ServerSentEvent] = []
        for piece in pieces { events += decoder.decode(piece) }
        return events + decoder.finish()
    }

    /// Decodes SSE events as response stream events and folds them.
    static func fold(_ events: [ServerSentEvent]) throws -> (ResponseStreamAccumulator, [ResponseStreamEvent]) {
        var accumulator = ResponseStreamAccumulator()
        var decoded: [ResponseStreamEvent] = []
        for event in events {
            let streamEvent = try JSONDecoder().decode(ResponseStreamEvent.self, from: Data(event.data.utf8))
            decoded.append(streamEvent)
            accumulator.apply(streamEvent)
        }
        return (accumulator, decoded)
    }

    @Test("Splitting the fixture stream at any byte offset yields the same events, which fold into the response")
    func everySplit() throws {
        let bytes = Array(ResponseFixtures.streamBody.utf8)
        let whole = Self.events([bytes[...]])
        #expect(whole.count == ResponseFixtures.streamEvents.count)
        #expect(whole.map(\.data) == ResponseFixtures.streamEvents)
        for offset in 0...bytes.count {
            // Event framing is all that depends on where the bytes were cut; equal events fold alike.
            #expect(Self.events([bytes[..<offset], bytes[offset...]]) == whole, "split at \(offset)")
        }
        let (accumulator, _) = try Self.fold(whole)
        Self.expectFixtureResponse(accumulator.response)
        #expect(accumulator.lastSequenceNumber == 15)
    }

    @Test("Folds the fixture stream drip-fed one byte at a time")
    func dripFed() throws {
        let bytes = Array(ResponseFixtures.streamBody.utf8)
        let (accumulator, events) = try Self.fold(Self.events(bytes.indices.map { bytes[$0...$0] }))
        Self.expectFixtureResponse(accumulator.response)
        #expect(events[9].raw["obfuscation"] == "xyz")
        #expect(events[14].type.rawValue == "response.future_event.added")
        #expect(events[14].raw["something"] == ["new": true])
    }

    @Test("Streams a response from the server in pieces of every size", arguments: [1, 3, 7, 64, 4096])
    func streamed(pieceSize: Int) async throws {
        try await TestHTTPServer.withServer(responses: [.sse(raw: ResponseFixtures.streamBody, pieceSize: pieceSize, headers: ["x-request-id": "req_r"])]) { server in
            let stream = try await OpenAI.testing(server).responses.stream(CreateResponseRequest(model: "gpt-5", input: "hi"))
            #expect(stream.metadata.requestID == "req_r")
            Self.expectFixtureResponse(try await stream.collectResponse())
            let sent = try #require(await server.requests.first)
            #expect(sent.json?["stream"] == true)
            #expect(sent.header("Accept") == "text/event-stream")
        }
    }

    @Test("Knows every stream event type the spec defines")
    func eventTypes() throws {
        let types: [ResponseStreamEventType] = [.created, .inProgress, .queued, .completed, .failed, .incomplete, .error, .outputItemAdded,
                                                .outputTextDelta, .customToolCallInputDone, .mcpListToolsFailed, .imageGenerationCallPartialImage,
                                                .shellCallOutputContentDone, .audioTranscriptDone, .reasoningTextDelta]
        #expect(types.map(\.rawValue) == ["response.created", "response.in_progress", "response.queued", "response.completed", "response.failed",
                                          "response.incomplete", "error", "response.output_item.added", "response.output_text.delta",
                                          "response.custom_tool_call_input.done", "response.mcp_list_tools.failed",
                                          "response.image_generation_call.partial_image", "response.shell_call_output_content.done",
                                          "response.audio.transcript.done", "response.reasoning_text.delta"])
        #expect(ResponseStreamEventType.completed.isTerminal)
        #expect(!ResponseStreamEventType.outputTextDelta.isTerminal)
    }

    @Test("Throws a stream error with the server's details on an error event")
    func errorEvent() async throws {
        let raw = "event: response.created\ndata: \(ResponseFixtures.streamEvents[0])\n\n"
            + "event: error\ndata: {\"type\": \"error\", \"code\": \"server_error\", \"message\": \"overloaded\", \"param\": null, \"sequence_number\": 1}\n\n"
        try await TestHTTPServer.withServer(responses: [.sse(raw: raw, pieceSize: 5)]) { server in
            let stream = try await OpenAI.testing(server).responses.stream(CreateResponseRequest(model: "gpt-5", input: "hi"))
            var types: [ResponseStreamEventType] = []
            let error = await #expect(throws: OpenAIError.self) {
                for try await event in stream { types.append(event.type) }
            }
            #expect(types == [.created])
            #expect(error?.kind == .stream)
            #expect(error?.message == "overloaded")
            #expect(error?.code == "server_error")
        }
    }

    @Test("Resumes a background response's stream after a sequence number")
    func resume() async throws {
        let tail = ResponseFixtures.streamEvents[12...].map { "data: \($0)\n\n" }.joined()
        try await TestHTTPServer.withServer(responses: [.sse(raw: tail)]) { server in
            let stream = try await OpenAI.testing(server).responses.retrieveStream("resp_s", startingAfter: 11, includeObfuscation: false)
            var numbers: [Int] = []
            for try await event in stream { numbers.append(event.sequenceNumber ?? -1) }
            #expect(numbers == [12, 13, 14, 15])
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "GET")
            #expect(sent.path == "/v1/responses/resp_s")
            #expect(sent.query("stream") == "true")
            #expect(sent.query("starting_after") == "11")
            #expect(sent.query("include_obfuscation") == "false")
        }
    }

    @Test("A JSON body answering a response stream request is a stream error")
    func jsonInsteadOfStream() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"error": {"message": "no streaming here"}}"#)]) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).responses.stream(CreateResponseRequest(model: "gpt-5", input: "hi"))
            }
            #expect(error?.kind == .stream)
        }
    }
}
