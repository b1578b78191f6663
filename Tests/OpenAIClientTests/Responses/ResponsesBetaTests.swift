import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Request fixtures with every property set, and the conformance entries, for the `?beta=true` Responses twins.
enum ResponsesBetaFixtures {
    static let tag = ResponseAgentTag(agentName: "researcher")

    /// The generally available items, tagged with an agent, plus the multi-agent items.
    static let items: [ResponseItem] = {
        var message = ResponseMessage(id: "msg_2", role: .assistant, content: [.outputText(ResponseOutputText(text: "a"))], status: .completed)
        message.agent = tag
        var call = ResponseFunctionCall(id: "fc_2", callID: "call_3", name: "f", arguments: "{}", status: .completed)
        call.agent = tag
        var output = ResponseFunctionCallOutput(callID: "call_3", output: .text("o"))
        output.agent = tag
        return ResponsesConformanceFixtures.items + [
            .message(message), .functionCall(call), .functionCallOutput(output),
            .agentMessage(ResponseAgentMessage(id: "amsg_1", agent: tag, author: "root", recipient: "researcher",
                                               content: [.inputText("Find sources"), .encryptedContent("gAAAA")])),
            .multiAgentCall(ResponseMultiAgentCall(id: "mac_1", agent: ResponseAgentTag(agentName: "root"), callID: "call_9", action: .spawnAgent,
                                                   arguments: #"{"name": "researcher"}"#)),
            .multiAgentCallOutput(ResponseMultiAgentCallOutput(id: "maco_1", agent: ResponseAgentTag(agentName: "root"), callID: "call_9",
                                                               action: .spawnAgent, output: [.outputText(ResponseOutputText(text: "spawned"))])),
        ]
    }()

    static let create: BetaCreateResponseRequest = {
        var request = BetaCreateResponseRequest(ResponsesConformanceFixtures.create, multiAgent: ResponseMultiAgentSettings(enabled: true, maxConcurrentSubagents: 4))
        request.input = .items(items)
        return request
    }()

    static let countTokens: CountInputTokensRequest = {
        var request = ResponsesConformanceFixtures.countTokens
        request.input = .items(items)
        return request
    }()

    static let compact: CompactResponseRequest = {
        var request = ResponsesConformanceFixtures.compact
        request.input = .items(items)
        return request
    }()

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/responses?beta=true", requestSchema: "BetaCreateResponse",
                         call: { _ = try await $0.responses.beta.create(create) }, decode: ResponsesConformanceFixtures.decodeResponseOrEvent),
        CoveredOperation(method: "GET", path: "/responses/{response_id}?beta=true",
                         call: { _ = try await $0.responses.beta.retrieve("RESP_ID", include: [.reasoningEncryptedContent]) },
                         decode: ResponsesConformanceFixtures.decodeResponseOrEvent),
        CoveredOperation(method: "DELETE", path: "/responses/{response_id}?beta=true", call: { _ = try await $0.responses.beta.delete("RESP_ID") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "POST", path: "/responses/{response_id}/cancel?beta=true", call: { _ = try await $0.responses.beta.cancel("RESP_ID") },
                         decode: CoveredOperation.decoder(Response.self)),
        CoveredOperation(method: "GET", path: "/responses/{response_id}/input_items?beta=true",
                         call: { _ = try await $0.responses.beta.inputItems.list(responseID: "RESP_ID", limit: 1, order: .ascending, after: "x",
                                                                                include: [.messageInputImageURL]) },
                         decode: CoveredOperation.decoder(Page<ResponseItem>.self)),
        CoveredOperation(method: "POST", path: "/responses/input_tokens?beta=true", requestSchema: "BetaTokenCountsBody",
                         call: { _ = try await $0.responses.beta.inputTokens.count(countTokens) }, decode: CoveredOperation.decoder(InputTokenCount.self)),
        CoveredOperation(method: "POST", path: "/responses/compact?beta=true", requestSchema: "BetaCompactResponseMethodPublicBody",
                         call: { _ = try await $0.responses.beta.compact(compact) }, decode: CoveredOperation.decoder(CompactedResponse.self)),
    ]
}

@Suite struct ResponsesBetaTests {
    static let multiAgentResponse = #"""
    {"id": "resp_m", "object": "response", "status": "completed", "model": "gpt-5", "output": [
      {"type": "multi_agent_call", "id": "mac_1", "agent": {"agent_name": "root"}, "call_id": "call_9", "action": "spawn_agent", "arguments": "{\"name\": \"researcher\"}"},
      {"type": "multi_agent_call_output", "id": "maco_1", "agent": {"agent_name": "root"}, "call_id": "call_9", "action": "spawn_agent",
       "output": [{"type": "output_text", "text": "spawned", "annotations": []}]},
      {"type": "agent_message", "id": "amsg_1", "agent": {"agent_name": "researcher"}, "author": "researcher", "recipient": "root",
       "content": [{"type": "encrypted_content", "encrypted_content": "gAAAA"}]},
      {"type": "message", "id": "msg_1", "agent": {"agent_name": "root"}, "status": "completed", "role": "assistant",
       "content": [{"type": "output_text", "text": "Three sources agree.", "annotations": []}]},
      {"type": "web_search_call", "id": "ws_1", "agent": {"agent_name": "researcher"}, "status": "completed"}
    ]}
    """#

    @Test("Creates a multi-agent response on the beta endpoint: the query item, the header, the body, the tagged items")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.multiAgentResponse)]) { server in
            var request = BetaCreateResponseRequest(CreateResponseRequest(model: "gpt-5", input: "Compare the sources"))
            request.multiAgent = ResponseMultiAgentSettings(enabled: true, maxConcurrentSubagents: 2)
            request.store = true
            request.stream = true
            let response = try await OpenAI.testing(server).responses.beta.create(request)
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.uri == "/v1/responses?beta=true")
            #expect(sent.header("OpenAI-Beta") == "responses_multi_agent=v1")
            #expect(sent.json == ["model": "gpt-5", "input": "Compare the sources", "store": true,
                                  "multi_agent": ["enabled": true, "max_concurrent_subagents": 2]])
            #expect(response.output.map(\.type) == [.multiAgentCall, .multiAgentCallOutput, .agentMessage, .message, .webSearchCall])
            #expect(response.output.map { $0.agent?.agentName } == ["root", "root", "researcher", "root", "researcher"])
            guard case .agentMessage(let message) = response.output[2] else { Issue.record("not an agent message"); return }
            #expect(message.content == [.encryptedContent("gAAAA")])
            guard case .multiAgentCall(let call) = response.output[0] else { Issue.record("not a multi-agent call"); return }
            #expect(call.action == .spawnAgent)
            #expect(response.outputText == "Three sources agree.")
        }
    }

    @Test("Streams a beta response; events carry their agent")
    func stream() async throws {
        let events = [
            #"{"type": "response.created", "sequence_number": 0, "response": {"id": "resp_s", "object": "response", "status": "in_progress", "model": "gpt-5", "output": []}}"#,
            #"{"type": "response.output_text.delta", "sequence_number": 1, "item_id": "msg_1", "output_index": 0, "content_index": 0, "delta": "Hi", "agent": {"agent_name": "root"}}"#,
            #"{"type": "response.completed", "sequence_number": 2, "response": {"id": "resp_s", "object": "response", "status": "completed", "model": "gpt-5", "output": []}}"#,
        ]
        try await TestHTTPServer.withServer(responses: [.sse(events)]) { server in
            var seen: [ResponseStreamEvent] = []
            for try await event in try await OpenAI.testing(server).responses.beta.stream(BetaCreateResponseRequest(CreateResponseRequest(model: "gpt-5", input: "Hi"))) {
                seen.append(event)
            }
            let sent = try #require(await server.requests.first)
            #expect(sent.uri == "/v1/responses?beta=true")
            #expect(sent.json?["stream"] == true)
            #expect(sent.json?["multi_agent"] == nil)
            #expect(seen.map(\.type) == [.created, .outputTextDelta, .completed])
            #expect(seen[1].agent?.agentName == "root")
        }
    }

    @Test("Every other twin adds beta=true and the header, after the call's own query items")
    func twins() async throws {
        let responses: [ScriptedResponse] = [
            .json(ResponseFixtures.text("resp_1", "x")), .json(#"{"id": "resp_1", "object": "response", "deleted": true}"#),
            .json(ResponseFixtures.text("resp_1", "x")), .json(#"{"id": "cmp_1", "object": "response.compaction", "output": []}"#),
            .json(#"{"object": "list", "data": [], "has_more": false}"#), .json(#"{"object": "response.input_tokens", "input_tokens": 7}"#),
        ]
        try await TestHTTPServer.withServer(responses: responses) { server in
            let beta = OpenAI.testing(server).responses.beta
            _ = try await beta.retrieve("resp_1", include: [.reasoningEncryptedContent])
            _ = try await beta.delete("resp_1")
            _ = try await beta.cancel("resp_1")
            _ = try await beta.compact(CompactResponseRequest(model: "gpt-5", previousResponseID: "resp_1"))
            _ = try await beta.inputItems.list(responseID: "resp_1", limit: 5)
            let count = try await beta.inputTokens.count(CountInputTokensRequest(model: "gpt-5", input: "Hi"))
            let sent = await server.requests
            #expect(sent.map(\.method) == ["GET", "DELETE", "POST", "POST", "GET", "POST"])
            #expect(sent.map(\.uri) == [
                "/v1/responses/resp_1?include=reasoning.encrypted_content&beta=true", "/v1/responses/resp_1?beta=true",
                "/v1/responses/resp_1/cancel?beta=true", "/v1/responses/compact?beta=true", "/v1/responses/resp_1/input_items?limit=5&beta=true",
                "/v1/responses/input_tokens?beta=true",
            ])
            #expect(sent.allSatisfy { $0.header("OpenAI-Beta") == "responses_multi_agent=v1" })
            #expect(count.inputTokens == 7)
        }
    }

    @Test("Without features the twins send no OpenAI-Beta header; the generally available endpoints send neither")
    func featuresAndGA() async throws {
        try await TestHTTPServer.withServer(responses: [.json(ResponseFixtures.text("resp_1", "x")), .json(ResponseFixtures.text("resp_1", "x"))]) { server in
            let client = OpenAI.testing(server)
            var beta = client.responses.beta
            beta.features = []
            _ = try await beta.retrieve("resp_1")
            _ = try await client.responses.retrieve("resp_1")
            let sent = await server.requests
            #expect(sent.map(\.uri) == ["/v1/responses/resp_1?beta=true", "/v1/responses/resp_1"])
            #expect(sent.map { $0.header("OpenAI-Beta") } == [nil, nil])
        }
    }

    @Test("Multi-agent items round-trip with their agent tags")
    func roundTrip() throws {
        for item in ResponsesBetaFixtures.items {
            #expect(try JSONDecoder().decode(ResponseItem.self, from: JSONEncoder().encode(item)) == item)
        }
        let fields = try JSONValue(encoding: ResponsesBetaFixtures.create)
        #expect(fields["multi_agent"] == ["enabled": true, "max_concurrent_subagents": 4])
        #expect(fields["model"] == "gpt-5")
    }
}
