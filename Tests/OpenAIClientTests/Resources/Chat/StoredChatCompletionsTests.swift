import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct StoredChatCompletionsTests {
    static func completion(_ id: String, content: String = "Hi") -> String {
        #"{"id": "\#(id)", "object": "chat.completion", "created": 1, "model": "gpt-4o-mini", "choices": [{"index": 0, "message": {"role": "assistant", "content": "\#(content)"}, "finish_reason": "stop"}]}"#
    }

    static func page(_ items: [String], lastID: String?, hasMore: Bool) -> String {
        let last = lastID.map { #""\#($0)""# } ?? "null"
        return #"{"object": "list", "data": [\#(items.joined(separator: ", "))], "last_id": \#(last), "has_more": \#(hasMore)}"#
    }

    @Test("Lists stored completions with model, metadata and cursor filters, and pages through all of them")
    func listAndListAll() async throws {
        let responses: [ScriptedResponse] = [
            .json(Self.page([Self.completion("chatcmpl-1")], lastID: "chatcmpl-1", hasMore: false)),
            .json(Self.page([Self.completion("chatcmpl-1"), Self.completion("chatcmpl-2")], lastID: "chatcmpl-2", hasMore: true)),
            .json(Self.page([Self.completion("chatcmpl-3")], lastID: "chatcmpl-3", hasMore: false)),
        ]
        try await TestHTTPServer.withServer(responses: responses) { server in
            let completions = OpenAI.testing(server).chat.completions
            let page = try await completions.list(
                model: "gpt-4o-mini", metadata: ["team": "docs", "app": "rag"], limit: 5, order: .descending,
                after: "chatcmpl-0")
            #expect(page.data.map(\.id) == ["chatcmpl-1"])
            #expect(page.data.first?.choices.first?.message.content == "Hi")

            var ids: [String?] = []
            for try await completion in completions.listAll(pageSize: 2) { ids.append(completion.id) }
            #expect(ids == ["chatcmpl-1", "chatcmpl-2", "chatcmpl-3"])

            let requests = await server.requests
            #expect(requests.map(\.path) == Array(repeating: "/v1/chat/completions", count: 3))
            #expect(requests.allSatisfy { $0.method == "GET" })
            #expect(requests[0].queryItems == [
                URLQueryItem(name: "limit", value: "5"), URLQueryItem(name: "order", value: "desc"),
                URLQueryItem(name: "after", value: "chatcmpl-0"), URLQueryItem(name: "model", value: "gpt-4o-mini"),
                URLQueryItem(name: "metadata[app]", value: "rag"), URLQueryItem(name: "metadata[team]", value: "docs"),
            ])
            #expect(requests[1].queryItems == [URLQueryItem(name: "limit", value: "2")])
            #expect(requests[2].queryItems == [URLQueryItem(name: "limit", value: "2"), URLQueryItem(name: "after", value: "chatcmpl-2")])
        }
    }

    @Test("Retrieves, updates the metadata of, and deletes a stored completion")
    func retrieveUpdateDelete() async throws {
        let responses: [ScriptedResponse] = [
            .json(Self.completion("chatcmpl-1")),
            .json(Self.completion("chatcmpl-1")),
            .json(#"{"object": "chat.completion.deleted", "id": "chatcmpl-1", "deleted": true}"#),
        ]
        try await TestHTTPServer.withServer(responses: responses) { server in
            let completions = OpenAI.testing(server).chat.completions
            #expect(try await completions.retrieve("chatcmpl-1").id == "chatcmpl-1")
            #expect(try await completions.update("chatcmpl-1", metadata: ["reviewed": "yes"]).id == "chatcmpl-1")
            let deleted = try await completions.delete("chatcmpl-1")
            #expect(deleted == DeletionStatus(id: "chatcmpl-1", object: "chat.completion.deleted", deleted: true))

            let requests = await server.requests
            #expect(requests.map(\.method) == ["GET", "POST", "DELETE"])
            #expect(requests.map(\.path) == Array(repeating: "/v1/chat/completions/chatcmpl-1", count: 3))
            #expect(requests[1].json == ["metadata": ["reviewed": "yes"]])
        }
    }

    @Test("Lists a stored completion's messages, with their content parts, and pages through them")
    func messages() async throws {
        let first = #"{"id": "msg-1", "role": "user", "content": "Describe this", "content_parts": [{"type": "text", "text": "Describe this"}, {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]}"#
        let second = #"{"id": "msg-2", "role": "user", "content": "Thanks", "content_parts": null}"#
        let responses: [ScriptedResponse] = [
            .json(Self.page([first], lastID: "msg-1", hasMore: true)),
            .json(Self.page([second], lastID: "msg-2", hasMore: false)),
        ]
        try await TestHTTPServer.withServer(responses: responses) { server in
            var messages: [StoredChatMessage] = []
            for try await message in OpenAI.testing(server).chat.completions.allMessages("chatcmpl-1", pageSize: 1) {
                messages.append(message)
            }
            #expect(messages.map(\.id) == ["msg-1", "msg-2"])
            #expect(messages[0].message.content == "Describe this")
            #expect(messages[0].contentParts?.map(\.type) == [.text, .imageURL])
            #expect(messages[0].contentParts?.last?.imageURL?.url == "https://x/y.png")
            #expect(messages[1].contentParts == nil)

            let requests = await server.requests
            #expect(requests.map(\.path) == Array(repeating: "/v1/chat/completions/chatcmpl-1/messages", count: 2))
            #expect(requests[1].queryItems == [URLQueryItem(name: "limit", value: "1"), URLQueryItem(name: "after", value: "msg-1")])
        }
    }

    @Test("An unknown or unstored completion is a 404 error that names what to fix")
    func notFound() async throws {
        let missing = ScriptedResponse.error(status: 404, message: "No chat completion found with id 'chatcmpl-x'.")
        try await TestHTTPServer.withServer(responses: [missing]) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).chat.completions.retrieve("chatcmpl-x")
            }
            #expect(error?.status == 404)
            #expect(error?.message.contains("chatcmpl-x") == true)
        }
    }
}
