import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct ConversationsTests {
    static let conversation = #"{"id": "conv_1", "object": "conversation", "created_at": 1741900000, "metadata": {"topic": "demo"}}"#
    static let items = #"{"object": "list", "data": [{"type": "message", "id": "msg_1", "status": "completed", "role": "user", "content": [{"type": "input_text", "text": "Hello"}]}, {"type": "function_call_output", "id": "fco_1", "call_id": "call_1", "output": "42"}], "first_id": "msg_1", "last_id": "fco_1", "has_more": false}"#

    @Test("Creates, retrieves, updates and deletes a conversation")
    func conversations() async throws {
        try await TestHTTPServer.withServer(responses: [
            .json(Self.conversation), .json(Self.conversation), .json(Self.conversation.replacingOccurrences(of: "demo", with: "new")),
            .json(#"{"id": "conv_1", "object": "conversation.deleted", "deleted": true}"#),
        ]) { server in
            let client = OpenAI.testing(server)
            let created = try await client.conversations.create(CreateConversationRequest(items: [.message(role: .user, text: "Hello")], metadata: ["topic": "demo"]))
            #expect(created.id == "conv_1")
            #expect(created.metadata == ["topic": "demo"])
            #expect(try await client.conversations.retrieve("conv_1").createdAt == 1741900000)
            #expect(try await client.conversations.update("conv_1", UpdateConversationRequest(metadata: ["topic": "new"])).metadata == ["topic": "new"])
            let deleted = try await client.conversations.delete("conv_1")
            #expect(deleted.deleted)
            let sent = await server.requests
            #expect(sent.map { "\($0.method) \($0.path)" } == [
                "POST /v1/conversations", "GET /v1/conversations/conv_1", "POST /v1/conversations/conv_1", "DELETE /v1/conversations/conv_1",
            ])
            #expect(sent[0].json == ["items": [["type": "message", "role": "user", "content": [["type": "input_text", "text": "Hello"]]]], "metadata": ["topic": "demo"]])
            #expect(sent[2].json == ["metadata": ["topic": "new"]])
        }
    }

    @Test("Adds, lists, retrieves and deletes conversation items")
    func items() async throws {
        try await TestHTTPServer.withServer(responses: [
            .json(Self.items), .json(Self.items),
            .json(#"{"type": "message", "id": "msg_1", "status": "completed", "role": "user", "content": [{"type": "input_text", "text": "Hello"}]}"#),
            .json(Self.conversation),
        ]) { server in
            let client = OpenAI.testing(server)
            let added = try await client.conversations.items.create(
                conversationID: "conv_1", items: [.message(role: .user, text: "Hello"), .functionCallOutput(callID: "call_1", output: "42")],
                include: [.fileSearchCallResults])
            #expect(added.data.count == 2)
            #expect(added.lastID == "fco_1")
            let page = try await client.conversations.items.list(conversationID: "conv_1", limit: 2, order: .ascending, after: "msg_0", include: [.reasoningEncryptedContent])
            guard case .functionCallOutput(let output) = page.data[1] else { Issue.record("not a function output"); return }
            #expect(output.output.text == "42")
            let item = try await client.conversations.items.retrieve("msg_1", conversationID: "conv_1")
            #expect(item.id == "msg_1")
            #expect(try await client.conversations.items.delete("msg_1", conversationID: "conv_1").id == "conv_1")
            let sent = await server.requests
            #expect(sent.map { "\($0.method) \($0.path)" } == [
                "POST /v1/conversations/conv_1/items", "GET /v1/conversations/conv_1/items",
                "GET /v1/conversations/conv_1/items/msg_1", "DELETE /v1/conversations/conv_1/items/msg_1",
            ])
            #expect(sent[0].query("include") == "file_search_call.results")
            #expect(sent[0].json?["items"]?.arrayValue?.count == 2)
            #expect(sent[1].query("limit") == "2")
            #expect(sent[1].query("order") == "asc")
            #expect(sent[1].query("after") == "msg_0")
            #expect(sent[1].query("include") == "reasoning.encrypted_content")
        }
    }

    @Test("Sends a response into a conversation by id and reads it back as an object")
    func conversationReference() async throws {
        var request = CreateResponseRequest(model: "gpt-5", input: "hi")
        request.conversation = "conv_1"
        #expect(try JSONValue(encoding: request)["conversation"] == "conv_1")
        let response = try JSONDecoder().decode(Response.self, from: Data(#"{"id": "r", "output": [], "conversation": {"id": "conv_1"}}"#.utf8))
        #expect(response.conversation?.id == "conv_1")
    }
}
