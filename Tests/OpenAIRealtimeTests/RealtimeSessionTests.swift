import Foundation
import NIOWebSocket
import OpenAIClient
import OpenAIRealtime
import Testing

/// A `RealtimeSession` against a real loopback WebSocket stand-in (``RealtimeStandIn``): the handshake, client events
/// on the wire, server events decoded, and every way a session ends. Waits have deadlines; nothing sleeps.
@Suite(.timeLimit(.minutes(1)))
struct RealtimeSessionTests {
    @Test("The handshake carries the path, the model and the key; client events arrive as JSON; server events decode")
    func conversation() async throws {
        try await RealtimeStandIn.withServer { server in
            let session = try await RealtimeSession.connect(
                configuration: server.configuration(organization: "org_1", project: "proj_1"), model: .gptRealtime)
            let peer = try await server.nextPeer()
            #expect(session.url.absoluteString == "ws://127.0.0.1:\(server.port)/v1/realtime?model=gpt-realtime")
            #expect(peer.path == "/v1/realtime")
            #expect(peer.query == ["model": "gpt-realtime"])
            #expect(peer.headers["authorization"] == "Bearer sk-test")
            #expect(peer.headers["openai-organization"] == "org_1")
            #expect(peer.headers["openai-project"] == "proj_1")
            #expect(peer.headers["openai-beta"] == nil)

            // Client events: an event id is generated when missing, kept when given; audio goes as base64.
            let generated = try await session.send(.sessionUpdate(.realtime(RealtimeSessionConfiguration(
                instructions: "Be brief.", outputModalities: [.text],
                audio: RealtimeAudioConfiguration(input: RealtimeAudioInput(format: .pcm, turnDetection: .disabled))))))
            #expect(generated.hasPrefix("evt_"))
            #expect(try await peer.nextMessage() == [
                "type": "session.update", "event_id": .string(generated),
                "session": ["type": "realtime", "instructions": "Be brief.", "output_modalities": ["text"],
                            "audio": ["input": ["format": ["type": "audio/pcm", "rate": 24000], "turn_detection": nil]]],
            ])
            #expect(try await session.send(.inputAudioBufferAppend(Data([0, 1, 2, 255]), eventID: "evt_audio")) == "evt_audio")
            #expect(try await peer.nextMessage() == ["type": "input_audio_buffer.append", "event_id": "evt_audio", "audio": "AAEC/w=="])
            try await session.send(.inputAudioBufferCommit(eventID: "evt_commit"))
            #expect(try await peer.nextMessage() == ["type": "input_audio_buffer.commit", "event_id": "evt_commit"])
            try await session.send(.conversationItemCreate(.userMessage("Hello"), eventID: "evt_item"))
            #expect(try await peer.nextMessage() == [
                "type": "conversation.item.create", "event_id": "evt_item",
                "item": ["type": "message", "role": "user", "content": [["type": "input_text", "text": "Hello"]]],
            ])
            try await session.send(.responseCreate(eventID: "evt_response"))
            #expect(try await peer.nextMessage() == ["type": "response.create", "event_id": "evt_response"])

            // Server events, an unknown one and an audio delta among them.
            peer.send(#"{"type": "session.created", "event_id": "e1", "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1", "model": "gpt-realtime", "output_modalities": ["text"]}}"#)
            peer.send(#"{"type": "response.future_thing", "event_id": "e2", "detail": {"x": [1, 2]}}"#)
            peer.send(#"{"type": "response.output_audio.delta", "event_id": "e3", "response_id": "resp_1", "item_id": "item_2", "output_index": 0, "content_index": 0, "delta": "AAEC/w=="}"#)
            peer.send(#"{"type": "response.output_text.delta", "event_id": "e4", "response_id": "resp_1", "item_id": "item_2", "output_index": 0, "content_index": 0, "delta": "Hi"}"#)
            peer.send(#"{"type": "error", "event_id": "e5", "error": {"type": "invalid_request_error", "code": "invalid_value", "message": "Bad", "param": null, "event_id": "evt_item"}}"#)
            var events = session.events.makeAsyncIterator()
            let created = try #require(try await events.next())
            #expect(created.type == .sessionCreated)
            #expect(created.session?.id == "sess_1")
            guard case .realtime(let details) = created.session else { Issue.record("not a realtime session"); return }
            #expect(details.configuration.outputModalities == [.text])
            let unknown = try #require(try await events.next())
            #expect(unknown.type == "response.future_thing")
            #expect(!unknown.type.isKnown)
            #expect(unknown.raw["detail"] == ["x": [1, 2]])
            let audio = try #require(try await events.next())
            #expect(audio.type == .responseOutputAudioDelta)
            #expect(audio.audio == Data([0, 1, 2, 255]))
            #expect(audio.responseID == "resp_1")
            let text = try #require(try await events.next())
            #expect(text.type == .responseOutputTextDelta)
            #expect(text.delta == "Hi")
            let error = try #require(try await events.next())
            #expect(error.type == .error)
            #expect(error.error?.eventID == "evt_item")
            #expect(error.error?.message == "Bad")

            // close(): the peer sees the connection end, the events finish without an error, sends fail.
            await session.close()
            #expect(try await peer.waitForEnd().isEmpty)
            #expect(try await events.next() == nil)
            let closed = await #expect(throws: RealtimeError.self) { try await session.send(.inputAudioBufferClear()) }
            #expect(closed?.kind == .closed)
            await session.close()
        }
    }

    @Test("A call session sends call_id, and a client secret replaces the configuration's key")
    func callWithClientSecret() async throws {
        try await RealtimeStandIn.withServer(acceptedKeys: ["ek_123"]) { server in
            let session = try await RealtimeSession.connect(configuration: server.configuration(apiKey: "sk-other"), callID: "rtc_1", clientSecret: "ek_123")
            let peer = try await server.nextPeer()
            #expect(peer.query == ["call_id": "rtc_1"])
            #expect(peer.headers["authorization"] == "Bearer ek_123")
            await session.close()
        }
    }

    @Test("A refused upgrade fails the connect with handshakeFailed")
    func refused() async throws {
        try await RealtimeStandIn.withServer { server in
            let error = await #expect(throws: RealtimeError.self) {
                try await RealtimeSession.connect(configuration: server.configuration(apiKey: "sk-wrong"), model: .gptRealtime)
            }
            #expect(error?.kind == .handshakeFailed)
        }
    }

    @Test("A normal close by the server ends the events without an error")
    func serverClosesNormally() async throws {
        try await RealtimeStandIn.withServer { server in
            let (session, peer) = try await server.connect()
            peer.send(#"{"type": "rate_limits.updated", "event_id": "e1", "rate_limits": [{"name": "requests", "limit": 1000, "remaining": 999, "reset_seconds": 0.06}]}"#)
            peer.close(.normalClosure)
            var events = session.events.makeAsyncIterator()
            let limits = try #require(try await events.next())
            #expect(limits.rateLimits?.first?.remaining == 999)
            #expect(try await events.next() == nil)
            #expect(try await peer.waitForEnd().isEmpty)
            let error = await #expect(throws: RealtimeError.self) { try await session.send(.inputAudioBufferClear()) }
            #expect(error?.kind == .closed)
        }
    }

    /// Connects, lets the peer act, and returns the error the events end with once the connection has ended.
    static func ending(after act: @escaping @Sendable (StandInPeer) -> Void) async throws -> RealtimeError? {
        try await RealtimeStandIn.withServer { server in
            let (session, peer) = try await server.connect()
            act(peer)
            var events = session.events.makeAsyncIterator()
            let error = await #expect(throws: RealtimeError.self) { _ = try await events.next() }
            #expect(try await peer.waitForEnd().isEmpty)
            return error
        }
    }

    @Test("An abnormal close code ends the events with the code and reason")
    func serverClosesAbnormally() async throws {
        let error = try await Self.ending { $0.close(.unexpectedServerError, reason: "overloaded") }
        #expect(error?.kind == .abnormalClosure)
        #expect(error?.closeCode == 1011)
        #expect(error?.closeReason == "overloaded")
    }

    @Test("A dropped connection ends the events with an error")
    func connectionDropped() async throws {
        let error = try await Self.ending { $0.drop() }
        #expect(error?.kind == .abnormalClosure)
        #expect(error?.closeCode == 1006)
    }

    @Test("A message that is not JSON ends the session with invalidMessage")
    func invalidMessage() async throws {
        let error = try await Self.ending { $0.send("not json") }
        #expect(error?.kind == .invalidMessage)
    }

    @Test("Ending the iteration of the events closes the socket")
    func breakCloses() async throws {
        try await RealtimeStandIn.withServer { server in
            let (session, peer) = try await server.connect()
            peer.send(#"{"type": "session.created", "event_id": "e1", "session": {"type": "realtime", "id": "sess_1"}}"#)
            for try await event in session.events where event.type == .sessionCreated {
                break
            }
            #expect(try await peer.waitForEnd().isEmpty)
            let error = await #expect(throws: RealtimeError.self) { try await session.send(.inputAudioBufferClear()) }
            #expect(error?.kind == .closed)
        }
    }

    @Test("Cancelling the task that iterates the events closes the socket")
    func cancellationCloses() async throws {
        try await RealtimeStandIn.withServer { server in
            let (session, peer) = try await server.connect()
            let consumer = Task {
                var count = 0
                for try await _ in session.events { count += 1 }
                return count
            }
            peer.send(#"{"type": "input_audio_buffer.speech_started", "event_id": "e1", "audio_start_ms": 100, "item_id": "item_1"}"#)
            consumer.cancel()
            #expect(try await peer.waitForEnd().isEmpty)
            _ = try? await consumer.value
        }
    }

    @Test("A closed port fails the connect with a connection error")
    func nothingListening() async throws {
        let configuration = OpenAIConfiguration(apiKey: "sk-test", baseURL: URL(string: "http://127.0.0.1:1/v1") ?? URL(fileURLWithPath: "/"))
        let error = await #expect(throws: RealtimeError.self) { try await RealtimeSession.connect(configuration: configuration, model: .gptRealtime) }
        #expect(error?.kind == .connection)
    }
}
