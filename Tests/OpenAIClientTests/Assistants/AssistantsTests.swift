import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct AssistantsTests {
    @Test("Creates an assistant with every tool kind, resources, response format and sampling; sends the v2 beta header")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(AssistantFixtures.assistant)]) { server in
            var request = CreateAssistantRequest(
                model: "gpt-4o", name: "Math Tutor", description: "d", instructions: "Be precise.",
                tools: [
                    .codeInterpreter,
                    .fileSearch(maxNumResults: 8, rankingOptions: FileSearchRankingOptions(ranker: .default20240821, scoreThreshold: 0.5)),
                    .function(FunctionDefinition(name: "get_weather", parameters: ["type": "object"], strict: true)),
                ],
                toolResources: ToolResources(
                    codeInterpreter: .init(fileIDs: ["file-1"]),
                    fileSearch: .init(vectorStores: [.init(fileIDs: ["file-2"], chunkingStrategy: ["type": "auto"])])
                ),
                metadata: ["team": "a"]
            )
            request.temperature = 0.5
            request.topP = 1
            request.reasoningEffort = "low"
            request.responseFormat = .jsonSchema(JSONSchemaFormat(name: "answer", schema: ["type": "object"], strict: true))

            let assistant = try await OpenAI.testing(server).assistants.create(request)

            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/assistants")
            #expect(sent.header("OpenAI-Beta") == "assistants=v2")
            #expect(sent.json == [
                "model": "gpt-4o", "name": "Math Tutor", "description": "d", "instructions": "Be precise.",
                "tools": [
                    ["type": "code_interpreter"],
                    ["type": "file_search", "file_search": ["max_num_results": 8, "ranking_options": ["ranker": "default_2024_08_21", "score_threshold": 0.5]]],
                    ["type": "function", "function": ["name": "get_weather", "parameters": ["type": "object"], "strict": true]],
                ],
                "tool_resources": [
                    "code_interpreter": ["file_ids": ["file-1"]],
                    "file_search": ["vector_stores": [["file_ids": ["file-2"], "chunking_strategy": ["type": "auto"]]]],
                ],
                "metadata": ["team": "a"], "temperature": 0.5, "top_p": 1, "reasoning_effort": "low",
                "response_format": ["type": "json_schema", "json_schema": ["name": "answer", "schema": ["type": "object"], "strict": true]],
            ])
            #expect(assistant.id == "asst_1")
            #expect(assistant.tools.map(\.type) == [.codeInterpreter, .fileSearch, .function])
            #expect(assistant.tools[1].fileSearch?.rankingOptions?.scoreThreshold == 0.5)
            #expect(assistant.tools[2].function?.strict == true)
            #expect(assistant.toolResources?.fileSearch?.vectorStoreIDs == ["vs_1"])
            #expect(assistant.responseFormat == .jsonSchema(JSONSchemaFormat(name: "answer", schema: ["type": "object"], strict: true)))
        }
    }

    @Test("Retrieves, modifies, deletes and lists with the right method, path and query")
    func crud() async throws {
        let deleted = #"{"id": "asst_1", "object": "assistant.deleted", "deleted": true}"#
        try await TestHTTPServer.withServer(responses: [
            .json(AssistantFixtures.assistant), .json(AssistantFixtures.assistant), .json(deleted),
            .json(AssistantFixtures.page([AssistantFixtures.assistant])),
        ]) { server in
            let client = OpenAI.testing(server)
            _ = try await client.assistants.retrieve("asst_1")
            _ = try await client.assistants.modify("asst_1", ModifyAssistantRequest(model: nil, name: "New"))
            let status = try await client.assistants.delete("asst_1")
            let page = try await client.assistants.list(limit: 5, order: .ascending, after: "a", before: "b")
            let sent = await server.requests
            #expect(sent.map(\.method) == ["GET", "POST", "DELETE", "GET"])
            #expect(sent.map(\.uri) == ["/v1/assistants/asst_1", "/v1/assistants/asst_1", "/v1/assistants/asst_1", "/v1/assistants?limit=5&order=asc&after=a&before=b"])
            #expect(sent[1].json == ["name": "New"])
            #expect(status.deleted)
            #expect(page.data.count == 1)
        }
    }

    @Test("Decodes response_format auto, text and json_object, and an unknown one", arguments: [
        (#""auto""#, AssistantResponseFormat.auto),
        (#"{"type": "text"}"#, .text),
        (#"{"type": "json_object"}"#, .jsonObject),
        (#"{"type": "grammar", "grammar": "x"}"#, .other(["type": "grammar", "grammar": "x"])),
    ])
    func responseFormats(json: String, expected: AssistantResponseFormat) throws {
        let decoded = try JSONDecoder().decode(AssistantResponseFormat.self, from: Data(json.utf8))
        #expect(decoded == expected)
        let reencoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(decoded))
        #expect(reencoded == (try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))))
    }

    @Test("An unknown tool type decodes instead of failing")
    func unknownTool() throws {
        let tool = try JSONDecoder().decode(AssistantTool.self, from: Data(#"{"type": "web_browser"}"#.utf8))
        #expect(tool.type.rawValue == "web_browser")
    }
}

@Suite struct ThreadsTests {
    @Test("Creates a thread with text and part messages, attachments and resources")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(AssistantFixtures.thread)]) { server in
            let request = CreateThreadRequest(
                messages: [
                    CreateMessageRequest(role: .user, content: "Hello", attachments: [MessageAttachment(fileID: "file-1", tools: [.fileSearch()])]),
                    CreateMessageRequest(role: .user, content: .parts([.text("Look"), .imageFile(id: "file-2", detail: .high), .imageURL("https://x/a.png")]), metadata: ["k": "v"]),
                ],
                toolResources: ToolResources(fileSearch: .init(vectorStoreIDs: ["vs_1"])),
                metadata: ["user": "u1"]
            )
            let thread = try await OpenAI.testing(server).threads.create(request)
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/threads")
            #expect(sent.header("OpenAI-Beta") == "assistants=v2")
            #expect(sent.json == [
                "messages": [
                    ["role": "user", "content": "Hello", "attachments": [["file_id": "file-1", "tools": [["type": "file_search"]]]]],
                    ["role": "user", "content": [
                        ["type": "text", "text": "Look"],
                        ["type": "image_file", "image_file": ["file_id": "file-2", "detail": "high"]],
                        ["type": "image_url", "image_url": ["url": "https://x/a.png"]],
                    ], "metadata": ["k": "v"]],
                ],
                "tool_resources": ["file_search": ["vector_store_ids": ["vs_1"]]],
                "metadata": ["user": "u1"],
            ])
            #expect(thread.id == "thread_1")
        }
    }

    @Test("Retrieves, modifies and deletes a thread")
    func crud() async throws {
        let deleted = #"{"id": "thread_1", "object": "thread.deleted", "deleted": true}"#
        try await TestHTTPServer.withServer(responses: [.json(AssistantFixtures.thread), .json(AssistantFixtures.thread), .json(deleted)]) { server in
            let client = OpenAI.testing(server)
            _ = try await client.threads.retrieve("thread_1")
            _ = try await client.threads.modify("thread_1", ModifyThreadRequest(metadata: ["a": "b"]))
            #expect(try await client.threads.delete("thread_1").deleted)
            let sent = await server.requests
            #expect(sent.map(\.method) == ["GET", "POST", "DELETE"])
            #expect(Set(sent.map(\.uri)) == ["/v1/threads/thread_1"])
            #expect(sent[1].json == ["metadata": ["a": "b"]])
        }
    }
}

@Suite struct MessagesTests {
    @Test("Decodes text with file citation and file path annotations, images and refusals")
    func decodesContent() async throws {
        try await TestHTTPServer.withServer(responses: [.json(AssistantFixtures.message)]) { server in
            let message = try await OpenAI.testing(server).threads.messages.create(threadID: "thread_1", CreateMessageRequest(role: .user, content: "Q"))
            let sent = try #require(await server.requests.first)
            #expect(sent.uri == "/v1/threads/thread_1/messages")
            #expect(sent.json == ["role": "user", "content": "Q"])
            #expect(message.content.map(\.type) == [.text, .imageFile, .imageURL, .refusal])
            let annotations = try #require(message.content.first?.text?.annotations)
            #expect(annotations.map(\.type) == [.fileCitation, .filePath])
            #expect(annotations.map(\.fileID) == ["file-c", "file-p"])
            #expect(annotations[0].text == "【4:0†contract.pdf】")
            #expect(annotations[0].startIndex == 17)
            #expect(message.content[1].imageFile?.fileID == "file-img")
            #expect(message.content[2].imageURL?.detail == .low)
            #expect(message.content[3].refusal == "no")
            #expect(message.attachments?.first?.tools?.first?.type == .fileSearch)
            #expect(message.text.hasPrefix("Renewal is yearly"))
        }
    }

    @Test("Lists by run with order and cursors, retrieves, modifies and deletes")
    func crud() async throws {
        let deleted = #"{"id": "msg_1", "object": "thread.message.deleted", "deleted": true}"#
        try await TestHTTPServer.withServer(responses: [
            .json(AssistantFixtures.page([AssistantFixtures.message], hasMore: true, lastID: "msg_1")),
            .json(AssistantFixtures.page([AssistantFixtures.message.replacingOccurrences(of: "msg_1", with: "msg_2")])),
            .json(AssistantFixtures.message), .json(AssistantFixtures.message), .json(deleted),
        ]) { server in
            let client = OpenAI.testing(server)
            var ids: [String] = []
            for try await message in client.threads.messages.listAll(threadID: "thread_1", runID: "run_1", order: .ascending) { ids.append(message.id) }
            _ = try await client.threads.messages.retrieve("msg_1", threadID: "thread_1")
            _ = try await client.threads.messages.modify("msg_1", threadID: "thread_1", ModifyMessageRequest(metadata: ["x": "y"]))
            #expect(try await client.threads.messages.delete("msg_1", threadID: "thread_1").deleted)
            let sent = await server.requests
            #expect(ids == ["msg_1", "msg_2"])
            #expect(sent.map(\.uri) == [
                "/v1/threads/thread_1/messages?order=asc&run_id=run_1",
                "/v1/threads/thread_1/messages?order=asc&after=msg_1&run_id=run_1",
                "/v1/threads/thread_1/messages/msg_1", "/v1/threads/thread_1/messages/msg_1", "/v1/threads/thread_1/messages/msg_1",
            ])
            #expect(sent.map(\.method) == ["GET", "GET", "GET", "POST", "DELETE"])
        }
    }
}
