import Foundation
import OpenAIClient
import Testing

/// Client events with every field set, one per event type (and both session kinds).
enum RealtimeEventFixtures {
    static let responseParameters: RealtimeResponseParameters = {
        var parameters = RealtimeResponseParameters(outputModalities: [.text], instructions: "Summarise.", conversation: RealtimeResponseConversation.none)
        parameters.audio = RealtimeAudioConfiguration(output: RealtimeAudioOutput(format: .pcm, voice: .custom("voice_1")))
        parameters.tools = [.function(name: "f", parameters: ["type": "object"])]
        parameters.toolChoice = .function("f")
        parameters.parallelToolCalls = false
        parameters.reasoning = RealtimeReasoning(effort: .minimal)
        parameters.maxOutputTokens = .infinite
        parameters.metadata = ["topic": "summary"]
        parameters.prompt = RealtimePrompt(id: "pmpt_1")
        parameters.input = [.userMessage("Hello"), .assistantMessage("Hi")]
        return parameters
    }()

    static let clientEvents: [RealtimeClientEvent] = [
        .sessionUpdate(.realtime(RealtimeFixtures.session), eventID: "evt_1"),
        .sessionUpdate(.transcription(RealtimeFixtures.transcriptionSession), eventID: "evt_2"),
        .inputAudioBufferAppend(Data([0, 1, 2, 3]), eventID: "evt_3"),
        .inputAudioBufferCommit(eventID: "evt_4"),
        .inputAudioBufferClear(eventID: "evt_5"),
        .outputAudioBufferClear(eventID: "evt_6"),
        .conversationItemCreate(.message(role: .user, content: [
            .inputText("What is this?"), .inputAudio(Data([1, 2]), transcript: "hi"), .inputImage(url: "data:image/png;base64,AA", detail: .high),
        ], id: "item_1"), previousItemID: "root", eventID: "evt_7"),
        .conversationItemCreate(.systemMessage("Be brief.")),
        .conversationItemCreate(.functionCallOutput(callID: "call_1", output: "{}")),
        .conversationItemCreate(.mcpApprovalResponse(approvalRequestID: "mcpr_1", approve: true, reason: "fine")),
        .conversationItemRetrieve(itemID: "item_1", eventID: "evt_8"),
        .conversationItemTruncate(itemID: "item_1", contentIndex: 0, audioEndMs: 1500, eventID: "evt_9"),
        .conversationItemDelete(itemID: "item_1", eventID: "evt_10"),
        .responseCreate(responseParameters, eventID: "evt_11"),
        .responseCreate(),
        .responseCancel(responseID: "resp_1", eventID: "evt_12"),
        .transcriptionSessionUpdate(RealtimeFixtures.betaTranscriptionSession, eventID: "evt_13"),
    ]
}

/// The Realtime checks that the shared conformance tests cannot make: the multipart call, the beta session body,
/// and the WebSocket events against the spec's `RealtimeClientEvent*` and `RealtimeServerEvent*` schemas.
@Suite(.enabled(if: OpenAPISpec.fileURL != nil, "shared/openai-openapi/openapi.yaml not found above the package root: conformance checks skipped"))
struct RealtimeConformanceTests {
    static func operation(_ path: String) throws -> CoveredOperation {
        try #require(RealtimeFixtures.operations.first { $0.path == path })
    }

    static func json(_ value: some Encodable) throws -> JSONValue {
        try JSONValue(encoding: value)
    }

    @Test("The request fixtures set every property")
    func fixturesAreComplete() {
        for body in RealtimeFixtures.requestBodies + [RealtimeEventFixtures.responseParameters as any Sendable] {
            #expect(unsetProperties(of: body).isEmpty, "\(type(of: body))")
        }
    }

    @Test("A call is a multipart form of the spec's parts and content types, its session declared by the session schema")
    func callForm() async throws {
        let spec = try #require(OpenAPISpec.shared)
        let content = spec.operation("POST", "/realtime/calls")?["requestBody"]?["content"]
        let multipart = try #require(content?["multipart/form-data"])
        #expect(multipart["schema"]?["$ref"]?.stringValue == "#/components/schemas/RealtimeCallCreateRequest")
        let sent = try await API6ConformanceTests.send(try Self.operation("/realtime/calls"))
        let parts = FormPart.parse(try #require(sent.body?.inMemoryBytes), contentType: sent.headers["Content-Type"])
        #expect(parts.map(\.name) == ["sdp", "session"])
        let declared = Set(spec.schema(named: "RealtimeCallCreateRequest")?["properties"]?.objectValue?.keys.map { $0 } ?? [])
        for part in parts {
            #expect(declared.contains(part.name))
            #expect(part.contentType == multipart["encoding"]?[part.name]?["contentType"]?.stringValue)
        }
        let session = try JSONDecoder().decode(JSONValue.self, from: Data(try #require(parts.last).bytes))
        let schema = try #require(spec.schema(named: "RealtimeSessionCreateRequestGA"))
        #expect(spec.undeclaredKeys(in: session, schemas: [schema]).isEmpty)
        #expect(session["type"] == "realtime")
        #expect(content?["application/sdp"] != nil, "the bare-offer variant is in the spec")
    }

    @Test("The beta session body is declared by its schema, but for the model that the schema omits")
    func betaSession() async throws {
        let spec = try #require(OpenAPISpec.shared)
        let schema = try #require(spec.schema(named: "RealtimeSessionCreateRequest"))
        let sent = try await API6ConformanceTests.send(try Self.operation("/realtime/sessions"))
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(try #require(sent.body?.inMemoryBytes)))
        #expect(spec.undeclaredKeys(in: json, schemas: [schema]) == ["model"])
        let curl = spec.operation("POST", "/realtime/sessions")?["x-oaiMeta"]?["examples"]?["request"]?["curl"]?.stringValue
        #expect(curl?.contains(#""model": "gpt-realtime""#) == true, "the spec's own example sends a model")
    }

    @Test("A client secret for a transcription session is declared by the request schema")
    func transcriptionClientSecret() throws {
        let spec = try #require(OpenAPISpec.shared)
        let schema = try #require(spec.schema(named: "RealtimeCreateClientSecretRequest"))
        let json = try Self.json(CreateRealtimeClientSecretRequest(session: .transcription(RealtimeFixtures.transcriptionSession)))
        #expect(spec.undeclaredKeys(in: json, schemas: [schema]).isEmpty)
        #expect(json["session"]?["type"] == "transcription")
    }

    /// The spec's GA event schemas with a name prefix (the beta ones are left out), by event type.
    static func eventSchemas(_ prefix: String, in spec: OpenAPISpec) -> [String: (name: String, schema: JSONValue)] {
        let schemas = spec.root["components"]?["schemas"]?.objectValue ?? [:]
        var result: [String: (name: String, schema: JSONValue)] = [:]
        for (name, schema) in schemas where name.hasPrefix(prefix) {
            guard let type = schema["properties"]?["type"]?["enum"]?.arrayValue?.first?.stringValue else { continue }
            result[type] = (name, schema)
        }
        return result
    }

    @Test("Every client event encodes only the keys its schema declares, and every spec client event type has a case")
    func clientEvents() throws {
        let spec = try #require(OpenAPISpec.shared)
        let schemas = Self.eventSchemas("RealtimeClientEvent", in: spec)
        for event in RealtimeEventFixtures.clientEvents {
            let json = try Self.json(event)
            let entry = try #require(schemas[event.type], "no schema for \(event.type)")
            #expect(json["type"]?.stringValue == event.type)
            #expect(spec.undeclaredKeys(in: json, schemas: [entry.schema]).isEmpty, "\(entry.name): \(spec.undeclaredKeys(in: json, schemas: [entry.schema]))")
            let required = entry.schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
            #expect(required.allSatisfy { json[$0] != nil }, "\(entry.name) requires \(required)")
        }
        #expect(Set(schemas.keys) == Set(RealtimeEventFixtures.clientEvents.map(\.type)))
    }

    @Test("Every spec server event example decodes to its known type, with its payload typed")
    func serverEvents() throws {
        let spec = try #require(OpenAPISpec.shared)
        let schemas = Self.eventSchemas("RealtimeServerEvent", in: spec)
        #expect(Set(schemas.keys) == Set(RealtimeServerEventType.known.map(\.rawValue)))
        for (type, entry) in schemas {
            // Two spec examples need mending: one has a `//` comment line, one a space before its type.
            let example = try #require(spec.schemaExample(entry.name), "\(entry.name) has no example")
                .split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
                .replacingOccurrences(of: #"":" input_audio"#, with: #"":"input_audio"#)
            let object = try #require(ExampleJSON.objects(in: example).first)
            let event = try JSONDecoder().decode(RealtimeServerEvent.self, from: Data(object.utf8))
            #expect(event.type.rawValue == type)
            #expect(event.type.isKnown)
            let raw = event.raw
            if raw["session"] != nil, type != "transcription_session.updated" {
                guard case .realtime = event.session else { Issue.record("\(type): session not decoded"); continue }
            }
            #expect((raw["item"] == nil) == (event.item == nil), "\(type): item")
            #expect((raw["response"] == nil) == (event.response == nil), "\(type): response")
            #expect((raw["part"] == nil) == (event.part == nil), "\(type): part")
            #expect((raw["error"] == nil) == (event.error == nil), "\(type): error")
            #expect((raw["rate_limits"] == nil) == (event.rateLimits == nil), "\(type): rate limits")
            #expect((raw["conversation"] == nil) == (event.conversation == nil), "\(type): conversation")
        }
    }

    @Test("The spec's client event examples are events this library sends")
    func clientEventExamples() throws {
        let spec = try #require(OpenAPISpec.shared)
        let ours = Set(RealtimeEventFixtures.clientEvents.map(\.type))
        for (type, entry) in Self.eventSchemas("RealtimeClientEvent", in: spec) {
            let example = try #require(spec.schemaExample(entry.name), "\(entry.name) has no example")
            let object = try #require(ExampleJSON.objects(in: example).first)
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(object.utf8))
            #expect(json["type"]?.stringValue == type)
            #expect(ours.contains(type))
            if let session = json["session"], type == "session.update" {
                #expect(throws: Never.self) { try session.decode(as: RealtimeSessionRequest.self) }
            }
            if let item = json["item"] {
                #expect(throws: Never.self) { try item.decode(as: RealtimeConversationItem.self) }
            }
        }
    }
}
