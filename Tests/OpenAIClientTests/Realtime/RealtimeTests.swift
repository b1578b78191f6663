import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct RealtimeTests {
    static let clientSecretJSON = """
    {"value": "ek_123", "expires_at": 1756310470, "session": {"type": "realtime", "object": "realtime.session", "id": "sess_1",
     "model": "gpt-realtime", "output_modalities": ["audio"], "instructions": "Be brief.", "tools": [], "tool_choice": "auto",
     "max_output_tokens": "inf", "tracing": null, "truncation": "auto", "prompt": null, "expires_at": 0,
     "audio": {"input": {"format": {"type": "audio/pcm", "rate": 24000}, "transcription": null, "noise_reduction": null,
                         "turn_detection": {"type": "server_vad", "threshold": 0.5}},
               "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin", "speed": 1.0}}, "include": null}}
    """

    @Test("Creates a client secret, sending the session with its type, and decodes the effective session")
    func clientSecret() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.clientSecretJSON)]) { server in
            let secret = try await OpenAI.testing(server).realtime.clientSecrets.create(CreateRealtimeClientSecretRequest(
                session: .realtime(RealtimeSessionConfiguration(
                    model: .gptRealtime, instructions: "Be brief.",
                    audio: RealtimeAudioConfiguration(input: RealtimeAudioInput(turnDetection: .disabled), output: RealtimeAudioOutput(voice: .custom("voice_1"))))),
                expiresAfter: RealtimeClientSecretExpiration(seconds: 600)))
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/realtime/client_secrets")
            #expect(sent.header("Authorization") == "Bearer sk-test")
            #expect(sent.json == [
                "expires_after": ["anchor": "created_at", "seconds": 600],
                "session": ["type": "realtime", "model": "gpt-realtime", "instructions": "Be brief.",
                            "audio": ["input": ["turn_detection": nil], "output": ["voice": ["id": "voice_1"]]]],
            ])
            #expect(secret.value == "ek_123")
            guard case .realtime(let session) = secret.session else { Issue.record("not a realtime session"); return }
            #expect(session.id == "sess_1")
            #expect(session.configuration.maxOutputTokens == .infinite)
            #expect(session.configuration.truncation == .auto)
            #expect(session.configuration.audio?.output?.voice == .marin)
            #expect(session.configuration.audio?.input?.format == .pcm)
            #expect(session.configuration.audio?.input?.turnDetection?.type == .serverVAD)
        }
    }

    @Test("Starts a WebRTC call with a multipart offer and session, reading the SDP answer and the call id")
    func createCall() async throws {
        let answer = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n"
        let created = ScriptedResponse.text(answer, status: 201, contentType: "application/sdp", headers: ["Location": "/v1/realtime/calls/rtc_123"])
        try await TestHTTPServer.withServer(responses: [created, created]) { server in
            let calls = OpenAI.testing(server).realtime.calls
            let call = try await calls.create(sdp: "v=0\r\noffer", session: RealtimeSessionConfiguration(model: .gptRealtime))
            let bare = try await calls.create(sdp: "v=0\r\noffer")
            let sent = await server.requests
            #expect(sent.map(\.path) == ["/v1/realtime/calls", "/v1/realtime/calls"])
            #expect(sent[0].formParts.map(\.name) == ["sdp", "session"])
            #expect(sent[0].formParts.map(\.contentType) == ["application/sdp", "application/json"])
            #expect(sent[0].formField("sdp") == "v=0\r\noffer")
            #expect(try JSONDecoder().decode(JSONValue.self, from: Data((sent[0].formField("session") ?? "").utf8)) == ["type": "realtime", "model": "gpt-realtime"])
            #expect(sent[1].header("Content-Type") == "application/sdp")
            #expect(sent[1].bodyText == "v=0\r\noffer")
            #expect(sent.allSatisfy { $0.header("Accept") == "application/sdp" })
            #expect(call == RealtimeCall(sdp: answer, callID: "rtc_123", location: "/v1/realtime/calls/rtc_123"))
            #expect(bare.callID == "rtc_123")
        }
    }

    @Test("Accepts, refers, rejects and hangs up a call, reading the empty answers")
    func controlCall() async throws {
        try await TestHTTPServer.withServer(responses: [.text(""), .text(""), .text(""), .text(""), .text("")]) { server in
            let calls = OpenAI.testing(server).realtime.calls
            try await calls.accept("rtc_1", session: RealtimeSessionConfiguration(model: .gptRealtime, instructions: "Greet."))
            try await calls.refer("rtc_1", targetURI: "tel:+14155550123")
            try await calls.reject("rtc_1", statusCode: 486)
            try await calls.reject("rtc_1")
            try await calls.hangup("rtc_1")
            let sent = await server.requests
            #expect(sent.map(\.path) == ["accept", "refer", "reject", "reject", "hangup"].map { "/v1/realtime/calls/rtc_1/" + $0 })
            #expect(sent.allSatisfy { $0.method == "POST" })
            #expect(sent[0].json == ["type": "realtime", "model": "gpt-realtime", "instructions": "Greet."])
            #expect(sent[1].json == ["target_uri": "tel:+14155550123"])
            #expect(sent[2].json == ["status_code": 486])
            #expect(sent[3].json == [:])
            #expect(sent[4].body.isEmpty)
            #expect(sent[4].header("Content-Type") == nil)
        }
    }

    @Test("Creates a translation client secret and the beta sessions, decoding their answers")
    func translationAndBetaSessions() async throws {
        let translation = """
        {"value": "ek_2", "expires_at": 1756310470, "session": {"id": "sess_2", "type": "translation", "expires_at": 1756310470,
         "model": "gpt-realtime-translate", "audio": {"input": {"transcription": {"model": "gpt-realtime-whisper"}, "noise_reduction": null},
         "output": {"language": "es"}}}}
        """
        let beta = """
        {"id": "sess_3", "object": "realtime.session", "model": "gpt-realtime", "modalities": ["audio", "text"], "voice": "alloy",
         "input_audio_format": "pcm16", "output_audio_format": "pcm16", "turn_detection": null, "tools": [], "tool_choice": "none",
         "max_response_output_tokens": 200, "tracing": "auto", "client_secret": {"value": "ek_3", "expires_at": 1234567890}}
        """
        let betaTranscription = """
        {"id": "sess_4", "object": "realtime.transcription_session", "input_audio_format": "pcm16",
         "input_audio_transcription": {"model": "gpt-4o-transcribe", "language": null, "prompt": ""}, "client_secret": null}
        """
        try await TestHTTPServer.withServer(responses: [.json(translation), .json(beta), .json(betaTranscription)]) { server in
            let realtime = OpenAI.testing(server).realtime
            let secret = try await realtime.clientSecrets.createForTranslation(CreateRealtimeTranslationClientSecretRequest(
                session: RealtimeTranslationSessionConfiguration(model: .gptRealtimeTranslate, audio: RealtimeTranslationAudio(output: .init(language: "es")))))
            let session = try await realtime.sessions.create(CreateRealtimeSessionRequest(model: .gptRealtime, modalities: [.audio, .text]))
            let transcription = try await realtime.sessions.createTranscription(CreateRealtimeTranscriptionSessionRequest(inputAudioFormat: .pcm16))
            let sent = await server.requests
            #expect(sent.map(\.path) == ["/v1/realtime/translations/client_secrets", "/v1/realtime/sessions", "/v1/realtime/transcription_sessions"])
            #expect(sent[0].json == ["session": ["model": "gpt-realtime-translate", "audio": ["output": ["language": "es"]]]])
            #expect(sent[1].json == ["model": "gpt-realtime", "modalities": ["audio", "text"]])
            #expect(sent[2].json == ["input_audio_format": "pcm16"])
            #expect(secret.session.configuration.audio?.input?.transcription?.model == .gptRealtimeWhisper)
            #expect(secret.session.id == "sess_2")
            #expect(session.clientSecret?.value == "ek_3")
            #expect(session.configuration.maxResponseOutputTokens == 200)
            #expect(session.configuration.toolChoice == RealtimeToolChoice.none)
            #expect(session.configuration.tracing == .auto)
            #expect(transcription.clientSecret == nil)
            #expect(transcription.configuration.inputAudioTranscription?.model == .gpt4oTranscribe)
        }
    }

    @Test("Unknown shapes decode without failing: an unknown session type, tool and voice; an MCP tool choice")
    func unknownShapes() throws {
        let secret = try JSONDecoder().decode(RealtimeClientSecret.self, from: Data(#"{"value": "ek", "expires_at": 1, "session": {"type": "future", "id": "s"}}"#.utf8))
        #expect(secret.session == .other(["type": "future", "id": "s"]))
        #expect(secret.session.id == "s")
        let configuration = try JSONDecoder().decode(RealtimeSessionConfiguration.self, from: Data("""
        {"tools": [{"type": "file_search"}], "tool_choice": {"type": "mcp", "server_label": "docs"}, "audio": {"output": {"voice": "new-voice"}},
         "truncation": {"type": "retention_ratio", "retention_ratio": 0.5, "token_limits": {"post_instructions": 100}}}
        """.utf8))
        #expect(configuration.tools == [.other(["type": "file_search"])])
        #expect(configuration.toolChoice == .mcp(serverLabel: "docs"))
        #expect(configuration.audio?.output?.voice == "new-voice")
        #expect(configuration.truncation == .retentionRatio(0.5, postInstructionsTokenLimit: 100))
    }

    @Test("Server events: an unknown type is kept whole, audio deltas decode to bytes, a malformed field does not fail the event")
    func serverEvents() throws {
        func decode(_ json: String) throws -> RealtimeServerEvent { try JSONDecoder().decode(RealtimeServerEvent.self, from: Data(json.utf8)) }
        let unknown = try decode(#"{"type": "response.future.delta", "event_id": "e1", "payload": [1, 2]}"#)
        #expect(unknown.type == "response.future.delta")
        #expect(!unknown.type.isKnown)
        #expect(unknown.eventID == "e1")
        #expect(unknown.raw["payload"] == [1, 2])
        let audio = try decode(#"{"type": "response.output_audio.delta", "event_id": "e2", "response_id": "r", "item_id": "i", "output_index": 0, "content_index": 0, "delta": "AAEC"}"#)
        #expect(audio.audio == Data([0, 1, 2]))
        #expect(audio.delta == "AAEC")
        let malformed = try decode(#"{"type": "response.done", "response": "not an object", "rate_limits": 3}"#)
        #expect(malformed.type == .responseDone)
        #expect(malformed.response == nil)
        #expect(malformed.rateLimits == nil)
        #expect(malformed.raw["response"] == "not an object")
        let untyped = try decode(#"{"event_id": "e3"}"#)
        #expect(untyped.type == "")
        #expect(throws: DecodingError.self) { try decode("[1]") }
    }

    @Test("Client events encode their type, event id and fields; audio as base64")
    func clientEvents() throws {
        func json(_ event: RealtimeClientEvent) throws -> JSONValue { try JSONValue(encoding: event) }
        #expect(try json(.inputAudioBufferAppend(Data([0, 1, 2]), eventID: "e1")) == ["type": "input_audio_buffer.append", "event_id": "e1", "audio": "AAEC"])
        #expect(try json(.inputAudioBufferCommit()) == ["type": "input_audio_buffer.commit"])
        #expect(try json(.conversationItemTruncate(itemID: "i", contentIndex: 0, audioEndMs: 120)) == [
            "type": "conversation.item.truncate", "item_id": "i", "content_index": 0, "audio_end_ms": 120,
        ])
        #expect(try json(.conversationItemCreate(.functionCallOutput(callID: "c", output: "{}"), previousItemID: "root")) == [
            "type": "conversation.item.create", "previous_item_id": "root",
            "item": ["type": "function_call_output", "call_id": "c", "output": "{}"],
        ])
        #expect(try json(.responseCreate(RealtimeResponseParameters(outputModalities: [.text], conversation: RealtimeResponseConversation.none))) == [
            "type": "response.create", "response": ["output_modalities": ["text"], "conversation": "none"],
        ])
        #expect(try json(.custom(["type": "future.event", "x": 1])) == ["type": "future.event", "x": 1])
        #expect(RealtimeClientEvent.responseCancel(eventID: "e9").eventID == "e9")
        #expect(RealtimeClientEvent.custom(["type": "t", "event_id": "e"]).eventID == "e")
        let item = try JSONDecoder().decode(RealtimeConversationItem.self, from: Data(#"{"type": "message", "role": "user", "content": [{"type": "input_audio", "audio": "not base64!"}]}"#.utf8))
        #expect(item.content?.first?.audio == nil)
    }

    @Test("A refused secret surfaces as an API error")
    func refused() async throws {
        try await TestHTTPServer.withServer(responses: [.error(status: 401, message: "Incorrect API key")]) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server, maxRetries: 0).realtime.clientSecrets.create(CreateRealtimeClientSecretRequest())
            }
            #expect(error?.status == 401)
        }
    }
}
