import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct ResponsesTests {
    @Test("Creates a response with items, tools and settings, and decodes every output item")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(ResponseFixtures.response)]) { server in
            var request = CreateResponseRequest(
                model: "gpt-5",
                input: [
                    .message(role: .developer, text: "Be brief."),
                    .message(role: .user, content: [.inputText("What is this?"), .inputImage(url: "https://x/img.png", detail: .low),
                                                    .inputFile(ResponseInputFile(fileID: "file-9"))]),
                    .functionCallOutput(callID: "call_0", output: "sunny"),
                    .itemReference("msg_0"),
                ],
                instructions: "You are a helper.",
                tools: [
                    .function(name: "get_weather", parameters: ["type": "object"], strict: true),
                    .custom(name: "sql", description: "Runs SQL", format: .grammar(syntax: .lark, definition: "start: /.+/")),
                    .fileSearch(ResponseFileSearchTool(vectorStoreIDs: ["vs_1"], filters: .and([.eq("lang", .string("en")), .gte("year", .number(2020))]), maxNumResults: 5)),
                    .webSearch(),
                    .codeInterpreter,
                    .mcp(ResponseMCPTool(serverLabel: "deepwiki", serverURL: "https://mcp.deepwiki.com/mcp", requireApproval: "never")),
                    .imageGeneration(ResponseImageGenerationTool(quality: .low)),
                    .computerUsePreview(displayWidth: 1024, displayHeight: 768, environment: "browser"),
                    .shell(environment: nil),
                    .applyPatch,
                    .other(["type": "tool_search"]),
                ]
            )
            request.toolChoice = .function("get_weather")
            request.text = ResponseTextSettings(format: .jsonSchema(name: "answer", schema: ["type": "object"], strict: true), verbosity: .low)
            request.reasoning = ResponseReasoningSettings(effort: .low, summary: "auto")
            request.background = false
            request.previousResponseID = "resp_0"
            request.include = [.fileSearchCallResults, .reasoningEncryptedContent]
            request.store = true
            request.truncation = .auto
            request.metadata = ["k": "v"]
            request.serviceTier = .flex
            let response = try await OpenAI.testing(server).responses.create(request)
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/responses")
            let json = try #require(sent.json)
            #expect(json["stream"] == nil)
            #expect(json["input"]?.arrayValue?.count == 4)
            #expect(json["input"]?.arrayValue?[0] == ["type": "message", "role": "developer", "content": [["type": "input_text", "text": "Be brief."]]])
            #expect(json["input"]?.arrayValue?[1]["content"]?.arrayValue?[1] == ["type": "input_image", "image_url": "https://x/img.png", "detail": "low"])
            #expect(json["input"]?.arrayValue?[2] == ["type": "function_call_output", "call_id": "call_0", "output": "sunny"])
            #expect(json["input"]?.arrayValue?[3] == ["type": "item_reference", "id": "msg_0"])
            let tools = try #require(json["tools"]?.arrayValue)
            #expect(tools.map { $0["type"]?.stringValue } == ["function", "custom", "file_search", "web_search", "code_interpreter", "mcp", "image_generation", "computer_use_preview", "shell", "apply_patch", "tool_search"])
            #expect(tools[1]["format"] == ["type": "grammar", "syntax": "lark", "definition": "start: /.+/"])
            #expect(tools[2] == ["type": "file_search", "vector_store_ids": ["vs_1"], "max_num_results": 5, "filters": ["type": "and", "filters": [
                ["type": "eq", "key": "lang", "value": "en"], ["type": "gte", "key": "year", "value": 2020],
            ]]])
            #expect(tools[4] == ["type": "code_interpreter", "container": ["type": "auto"]])
            #expect(json["tool_choice"] == ["type": "function", "name": "get_weather"])
            #expect(json["text"] == ["format": ["type": "json_schema", "name": "answer", "schema": ["type": "object"], "strict": true], "verbosity": "low"])
            #expect(json["reasoning"] == ["effort": "low", "summary": "auto"])
            #expect(json["include"] == ["file_search_call.results", "reasoning.encrypted_content"])
            #expect(json["previous_response_id"] == "resp_0")
            #expect(json["truncation"] == "auto")
            #expect(json["service_tier"] == "flex")

            #expect(response.id == "resp_1")
            #expect(response.status == .completed)
            #expect(response.outputText == "Refunds within 30 days.")
            #expect(response.usage == ResponseUsage(inputTokens: 36, outputTokens: 87, totalTokens: 123, cachedTokens: 4, reasoningTokens: 10))
            #expect(response.output.map(\.type) == [.reasoning, .fileSearchCall, .message, .functionCall, .shellCall])
            guard case .fileSearchCall(let search) = response.output[1] else { Issue.record("not a file search"); return }
            #expect(search.results?.first?.attributes?["year"] == .number(2024))
            #expect(search.results?.first?.score == 0.93)
            guard case .message(let message) = response.output[2], case .outputText(let text) = message.content.first else { Issue.record("not a message"); return }
            #expect(text.annotations.first?.type == .fileCitation)
            #expect(text.annotations.first?.fileID == "file-1")
            #expect(text.annotations.first?.index == 23)
            #expect(response.functionCalls.first?.callID == "call_1")
            #expect(try response.functionCalls.first?.decodeArguments(as: [String: String].self) == ["city": "Paris"])
            guard case .other(let shell) = response.output[4] else { Issue.record("the unknown item was not kept"); return }
            #expect(shell["action"]?["commands"] == ["ls"])
            #expect(response.tools?.last == .other(["type": "tool_search"]))
            #expect(response.reasoning?.effort == .low)
            #expect(response.serviceTier == .default)
        }
    }

    @Test("Round-trips every output item, unknown kinds unchanged")
    func roundTrip() throws {
        let response = try JSONDecoder().decode(Response.self, from: Data(ResponseFixtures.response.utf8))
        let again = try JSONDecoder().decode([ResponseItem].self, from: JSONEncoder().encode(response.output))
        #expect(again == response.output)
        let original = try JSONDecoder().decode(JSONValue.self, from: Data(ResponseFixtures.response.utf8))
        #expect(try JSONValue(encoding: response.output[4]) == original["output"]?.arrayValue?[4])
    }

    @Test("Keeps a modelled tool with fields it does not read whole, so sending it back loses nothing")
    func toolWithExtraFields() throws {
        let text = #"{"type": "function", "name": "f", "parameters": {"type": "object"}, "strict": true, "defer_loading": true, "output_schema": {"type": "string"}}"#
        let tool = try JSONDecoder().decode(ResponseTool.self, from: Data(text.utf8))
        #expect(tool == .other(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))))
        let plain = try JSONDecoder().decode(ResponseTool.self, from: Data(#"{"type": "function", "name": "f", "strict": true}"#.utf8))
        #expect(plain == .function(ResponseFunctionTool(name: "f", strict: true)))
    }

    @Test("Retrieves, deletes, cancels, lists input items, counts input tokens and compacts")
    func otherOperations() async throws {
        let responses: [ScriptedResponse] = [
            .json(ResponseFixtures.text("resp_1", "hi")),
            .text("", contentType: "application/json"),
            .json(ResponseFixtures.text("resp_1", "hi").replacingOccurrences(of: #""status": "completed""#, with: #""status": "cancelled""#)),
            .json(#"{"object": "list", "data": [{"type": "message", "id": "msg_0", "role": "user", "content": [{"type": "input_text", "text": "hello"}]}], "first_id": "msg_0", "last_id": "msg_0", "has_more": false}"#),
            .json(#"{"object": "response.input_tokens", "input_tokens": 123}"#),
            .json(#"{"id": "cmp_1", "object": "response.compaction", "created_at": 1, "output": [{"type": "compaction", "id": "cmp_item", "encrypted_content": "abc"}], "usage": {"input_tokens": 1, "output_tokens": 2, "total_tokens": 3}}"#),
        ]
        try await TestHTTPServer.withServer(responses: responses) { server in
            let client = OpenAI.testing(server)
            let retrieved = try await client.responses.retrieve("resp_1", include: [.fileSearchCallResults])
            #expect(retrieved.outputText == "hi")
            try await client.responses.delete("resp_1")
            let cancelled = try await client.responses.cancel("resp_1")
            #expect(cancelled.status == .cancelled)
            let items = try await client.responses.inputItems.list(responseID: "resp_1", limit: 10, order: .ascending, after: "msg_x", include: [.messageInputImageURL])
            guard case .message(let message) = items.data.first else { Issue.record("not a message"); return }
            #expect(message.role == .user)
            #expect(message.text == "hello")
            let count = try await client.responses.inputTokens.count(CountInputTokensRequest(model: "gpt-5", input: "hello"))
            #expect(count.inputTokens == 123)
            let compacted = try await client.responses.compact(CompactResponseRequest(model: "gpt-5", previousResponseID: "resp_1"))
            #expect(compacted.output.first?.type == .compaction)
            let sent = await server.requests
            #expect(sent.map { "\($0.method) \($0.path)" } == [
                "GET /v1/responses/resp_1",
                "DELETE /v1/responses/resp_1",
                "POST /v1/responses/resp_1/cancel",
                "GET /v1/responses/resp_1/input_items",
                "POST /v1/responses/input_tokens",
                "POST /v1/responses/compact",
            ])
            #expect(sent[0].query("include") == "file_search_call.results")
            #expect(sent[3].query("limit") == "10")
            #expect(sent[3].query("order") == "asc")
            #expect(sent[3].query("after") == "msg_x")
            #expect(sent[3].query("include") == "message.input_image.image_url")
            #expect(sent[4].json == ["model": "gpt-5", "input": "hello"])
            #expect(sent[5].json == ["model": "gpt-5", "previous_response_id": "resp_1"])
        }
    }

    @Test("Answers function and custom tool calls until the model stops, chaining previous_response_id")
    func toolLoop() async throws {
        try await TestHTTPServer.withServer(responses: [.json(ResponseFixtures.calls("resp_1")), .json(ResponseFixtures.text("resp_2", "done"))]) { server in
            struct Query: Decodable { var city: String }
            let response = try await OpenAI.testing(server).responses.createAndRunTools(
                CreateResponseRequest(model: "gpt-5", input: "Weather?", tools: [.function(name: "get_weather"), .custom(name: "sql")])
            ) { call in
                switch call.kind {
                case .function: "sunny in \(try call.decodeArguments(as: Query.self).city)"
                case .custom: "1 row for \(call.input)"
                }
            }
            #expect(response.outputText == "done")
            let sent = await server.requests
            #expect(sent.count == 2)
            #expect(sent[1].json?["previous_response_id"] == "resp_1")
            #expect(sent[1].json?["input"] == [
                ["type": "function_call_output", "call_id": "call_f_resp_1", "output": "sunny in Oslo"],
                ["type": "custom_tool_call_output", "call_id": "call_c_resp_1", "output": "1 row for SELECT 1"],
            ])
            #expect(sent[1].json?["tools"]?.arrayValue?.count == 2)
        }
    }

    @Test("Stops the tool loop after maxRounds requests")
    func toolLoopBound() async throws {
        try await TestHTTPServer.withServer(handler: { _ in .json(ResponseFixtures.calls("resp_n")) }) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).responses.createAndRunTools(CreateResponseRequest(model: "gpt-5", input: "loop"), maxRounds: 3) { _ in "x" }
            }
            #expect(error?.kind == .invalidRequest)
            #expect(await server.requests.count == 3)
        }
    }

    @Test("A throwing tool handler surfaces as a toolHandler error")
    func toolLoopHandlerFailure() async throws {
        struct Broken: Error {}
        try await TestHTTPServer.withServer(responses: [.json(ResponseFixtures.calls("resp_1"))]) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).responses.createAndRunTools(CreateResponseRequest(model: "gpt-5", input: "x")) { _ in throw Broken() }
            }
            #expect(error?.kind == .toolHandler)
            #expect(error?.underlying is Broken)
        }
    }
}
