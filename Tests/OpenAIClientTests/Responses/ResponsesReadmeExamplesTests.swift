import Foundation
import OpenAIClient
import TestSupport
import Testing

/// The README's Responses, Conversations and webhook examples, run against the loopback server as written.
@Suite struct ResponsesReadmeExamplesTests {
    struct WeatherQuery: Decodable { var city: String }
    func weather(_ query: WeatherQuery) async throws -> String { "sunny in \(query.city)" }

    @Test("The README's Responses and Conversations examples run as written")
    func examples() async throws {
        let conversationJSON = #"{"id": "conv_1", "object": "conversation", "created_at": 1, "metadata": {"topic": "refunds"}}"#
        let itemsJSON = #"{"object": "list", "data": [{"type": "message", "id": "msg_1", "role": "user", "content": [{"type": "input_text", "text": "Hello"}]}], "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [
            .json(ResponseFixtures.response), .sse(raw: ResponseFixtures.streamBody, pieceSize: 11),
            .json(ResponseFixtures.calls("resp_c")), .json(ResponseFixtures.text("resp_d", "It is sunny.")),
            .json(conversationJSON), .json(ResponseFixtures.text("resp_e", "Hi")), .json(itemsJSON),
        ]) { server in
            let client = OpenAI.testing(server)
            let vectorStoreID = "vs_1"
            let schema: JSONValue = ["type": "object", "properties": ["city": ["type": "string"]]]

            var request = CreateResponseRequest(model: "gpt-5", input: "What does the handbook say about refunds?")
            request.tools = [.fileSearch(ResponseFileSearchTool(vectorStoreIDs: [vectorStoreID], filters: .eq("lang", .string("en"))))]
            request.include = [.fileSearchCallResults]
            let response = try await client.responses.create(request)
            #expect(response.outputText == "Refunds within 30 days.")

            var accumulator = ResponseStreamAccumulator()
            var printed = ""
            for try await event in try await client.responses.stream(request) {
                if event.type == .outputTextDelta { printed += event.delta ?? "" }
                accumulator.apply(event)
            }
            #expect(printed == "Bonjour, monde 🌍")
            #expect(accumulator.response?.outputText == printed)

            let answered = try await client.responses.createAndRunTools(
                CreateResponseRequest(model: "gpt-5", input: "Weather in Paris?", tools: [.function(name: "get_weather", parameters: schema), .custom(name: "sql")])
            ) { call in
                call.kind == .function ? try await weather(call.decodeArguments(as: WeatherQuery.self)) : "no rows"
            }
            #expect(answered.outputText == "It is sunny.")

            let conversation = try await client.conversations.create(CreateConversationRequest(metadata: ["topic": "refunds"]))
            var turn = CreateResponseRequest(model: "gpt-5", input: "Hello")
            turn.conversation = ConversationReference(id: conversation.id)
            _ = try await client.responses.create(turn)
            var types: [ResponseItemType] = []
            for try await item in client.conversations.items.listAll(conversationID: conversation.id) { types.append(item.type) }
            #expect(types == [.message])
            #expect(await server.requests[5].json?["conversation"] == "conv_1")
        }
    }

    @Test("The README's webhook example runs as written")
    func webhookExample() throws {
        let secret = "whsec_" + Data((0..<32).map { UInt8($0) }).base64EncodedString()
        let environment = ["OPENAI_WEBHOOK_SECRET": secret]
        let body = Array(#"{"id": "evt_1", "object": "event", "type": "response.completed", "created_at": 1, "data": {"id": "resp_1"}}"#.utf8)
        let timestamp = Int64(Date().timeIntervalSince1970)
        let webhooks = try Webhooks(secret: environment["OPENAI_WEBHOOK_SECRET"] ?? "")
        let requestHeaders = ["Webhook-Id": "wh_1", "Webhook-Timestamp": String(timestamp),
                              "Webhook-Signature": webhooks.signature(payload: body, id: "wh_1", timestamp: timestamp)]
        let event = try webhooks.unwrap(payload: body, headers: requestHeaders)
        #expect(event.type == .responseCompleted)
        #expect(event.data.id == "resp_1")
    }
}
