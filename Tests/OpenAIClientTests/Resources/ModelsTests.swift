import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct ModelsTests {
    @Test("Lists models")
    func list() async throws {
        let body = #"{"object": "list", "data": [{"id": "gpt-4o", "object": "model", "created": 1715367049, "owned_by": "system"}, {"id": "llama3"}]}"#
        try await TestHTTPServer.withServer(responses: [.json(body)]) { server in
            let page = try await OpenAI.testing(server).models.list()
            #expect(page.data.map(\.id) == ["gpt-4o", "llama3"])
            #expect(page.data.first?.ownedBy == "system")
            #expect(page.data.first?.created == 1_715_367_049)
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "GET")
            #expect(sent.path == "/v1/models")
            #expect(sent.body.isEmpty)
            #expect(sent.header("Content-Type") == nil)
        }
    }

    @Test("Retrieves a model, escaping its id in the path")
    func retrieve() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"id": "ft:gpt-4o:org/x", "object": "model"}"#)]) { server in
            let model = try await OpenAI.testing(server).models.retrieve("ft:gpt-4o:org/x")
            #expect(model.id == "ft:gpt-4o:org/x")
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "GET")
            #expect(sent.uri == "/v1/models/ft:gpt-4o:org%2Fx")
        }
    }

    @Test("Deletes a model")
    func delete() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"id": "ft:x", "object": "model", "deleted": true}"#)]) { server in
            let status = try await OpenAI.testing(server).models.delete("ft:x")
            #expect(status == DeletionStatus(id: "ft:x", object: "model", deleted: true))
            #expect(await server.requests.first?.method == "DELETE")
            #expect(await server.requests.first?.path == "/v1/models/ft:x")
        }
    }
}
