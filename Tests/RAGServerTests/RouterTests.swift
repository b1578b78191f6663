import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import RAGKit
import Testing
@testable import RAGServer

/// The routes through Hummingbird's router test framework: no sockets.
@Suite("Routes")
struct RouterTests {
    private func withApp(token: String? = nil, limits: ServerLimits = ServerLimits(), index: ServedIndex? = nil,
                         _ body: @escaping @Sendable (any TestClientProtocol, IndexedFolder, ServedIndex) async throws -> Void) async throws {
        let folder = try await IndexedFolder.make()
        defer { folder.remove() }
        let served = index ?? folder.served()
        let configuration = ServeConfiguration(token: token, limits: limits)
        let app = Application(router: RAGRoutes.router(index: served, configuration: configuration, logger: Logger(label: "test")))
        try await app.test(.router) { client in try await body(client, folder, served) }
    }

    private static func json(_ object: Any) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    private static func object(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any] ?? [:]
    }

    private static func errorCode(_ response: TestResponse) throws -> String? {
        (try object(response)["error"] as? [String: Any])?["code"] as? String
    }

    @Test("GET /healthz answers ok")
    func health() async throws {
        try await withApp { client, _, _ in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
        }
    }

    @Test("POST /v1/search returns the CLI's JSON shape, every key present")
    func search() async throws {
        try await withApp { client, _, _ in
            let response = try await client.execute(uri: "/v1/search", method: .post, body: Self.json(["query": "log rotation", "k": 2, "mode": "hybrid"]))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            let body = try Self.object(response)
            #expect(body["query"] as? String == "log rotation")
            let results = body["results"] as? [[String: Any]] ?? []
            #expect(results.count == 2)
            #expect(results.first.map { Set($0.keys) } == ["rank", "score", "path", "heading", "page", "chunk", "text", "passage", "role"])
            #expect(results.first?["path"] as? String == "guides/install.md")
        }
    }

    @Test("Bad requests are answered 400 with a JSON error", arguments: [
        #"{"query": ""}"#, #"{"query": "x", "k": 0}"#, #"{"query": "x", "mode": "fuzzy"}"#, #"{"k": 3}"#, #"not json"#, #"{"query": 3}"#,
    ])
    func badRequests(body: String) async throws {
        try await withApp { client, _, _ in
            let response = try await client.execute(uri: "/v1/search", method: .post, body: ByteBuffer(string: body))
            #expect(response.status == .badRequest)
            let error = try Self.object(response)["error"] as? [String: Any]
            #expect(error?["type"] as? String == "invalid_request_error")
            let message = error?["message"] as? String
            #expect(message?.isEmpty == false)
        }
    }

    @Test("A body over the limit is answered 413")
    func bodyLimit() async throws {
        try await withApp(limits: ServerLimits(maxBodyBytes: 64)) { client, _, _ in
            let response = try await client.execute(uri: "/v1/search", method: .post,
                                                    body: Self.json(["query": String(repeating: "word ", count: 40)]))
            #expect(response.status == .contentTooLarge)
            #expect(try Self.errorCode(response) == "body_too_large")
        }
    }

    @Test("POST /v1/ask answers as rag ask --json, or streams text, citations, done")
    func ask() async throws {
        try await withApp { client, _, _ in
            let plain = try await client.execute(uri: "/v1/ask", method: .post, body: Self.json(["question": "How do I restore a snapshot?"]))
            #expect(plain.status == .ok)
            let answer = try Self.object(plain)
            #expect(Set(answer.keys) == ["question", "answer", "mode", "citations"])
            #expect(answer["mode"] as? String == "extractive")

            let streamed = try await client.execute(uri: "/v1/ask", method: .post,
                                                    body: Self.json(["question": "How do I restore a snapshot?", "stream": true]))
            #expect(streamed.headers[.contentType] == "text/event-stream")
            let events = String(buffer: streamed.body).split(separator: "\n").filter { $0.hasPrefix("event: ") }.map { $0.dropFirst(7) }
            #expect(events.count >= 3)
            #expect(events.dropLast(2).allSatisfy { $0 == "text" })
            #expect(Array(events.suffix(2)) == ["citations", "done"])
        }
    }

    @Test("GET /v1/status returns the status JSON")
    func status() async throws {
        try await withApp { client, folder, _ in
            let response = try await client.execute(uri: "/v1/status", method: .get)
            let body = try Self.object(response)
            #expect(body["documents"] as? Int == IndexedFolder.documents.count)
            #expect(body["index"] as? String == folder.indexDirectory.path)
            #expect(body.keys.contains("lastRun") && !body.keys.contains("mirror"))
        }
    }

    @Test("GET /v1/documents/{path} finds catalog paths only", arguments: [
        ("/v1/documents/guides/install.md", HTTPResponse.Status.ok),
        ("/v1/documents/guides%2Finstall.md", .ok),
        ("/v1/documents/../../etc/passwd", .notFound),
        ("/v1/documents/..%2F..%2Fetc%2Fpasswd", .notFound),
        ("/v1/documents/%2Fetc%2Fpasswd", .notFound),
        ("/v1/documents/guides/missing.md", .notFound),
    ])
    func documents(uri: String, status: HTTPResponse.Status) async throws {
        try await withApp { client, _, _ in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == status)
            if status == .ok {
                let body = try Self.object(response)
                #expect(body["path"] as? String == "guides/install.md")
                #expect((body["text"] as? String)?.contains("log rotation") == true)
                #expect((body["metadata"] as? [String: String])?["audience"] == "admin")
                #expect(!(body["chunks"] as? [[String: Any]] ?? []).isEmpty)
            }
        }
    }

    @Test("POST /v1/index streams progress and ends with the summary; a run in progress makes it 409")
    func index() async throws {
        try await withApp { client, folder, served in
            try Data("# New\n\nA new page about walruses.\n".utf8).write(to: folder.root.appending(path: "new.md"))
            let response = try await client.execute(uri: "/v1/index", method: .post)
            #expect(response.status == .ok)
            let text = String(buffer: response.body)
            #expect(text.hasPrefix("event: started"))
            #expect(text.contains("event: done\ndata: {\"added\":[\"new.md\"]"))
            let found = try await client.execute(uri: "/v1/search", method: .post, body: Self.json(["query": "walruses", "mode": "keyword"]))
            #expect((try Self.object(found)["results"] as? [[String: Any]])?.first?["path"] as? String == "new.md")

            let held = try await served.beginUpdate()
            let busy = try await client.execute(uri: "/v1/index", method: .post)
            #expect(busy.status == .conflict)
            #expect(try Self.errorCode(busy) == "index_busy")
            _ = try await held.run()
        }
    }

    @Test("No index: 404 no_index")
    func noIndex() async throws {
        let missing = ServedIndex(directory: FileManager.default.temporaryDirectory.appending(path: "no-index-\(UUID().uuidString)"))
        try await withApp(index: missing) { client, _, _ in
            let response = try await client.execute(uri: "/v1/status", method: .get)
            #expect(response.status == .notFound)
            #expect(try Self.errorCode(response) == "no_index")
        }
    }

    @Test("A token is required on every route but /healthz, and never accepted wrong")
    func bearerAuth() async throws {
        try await withApp(token: "t0ken") { client, _, _ in
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            let anonymous = try await client.execute(uri: "/v1/status", method: .get)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[.wwwAuthenticate] == "Bearer")
            #expect(try Self.errorCode(anonymous) == "invalid_api_key")
            #expect(try await client.execute(uri: "/v1/status", method: .get, headers: [.authorization: "Bearer t0ke"]).status == .unauthorized)
            #expect(try await client.execute(uri: "/v1/status", method: .get, headers: [.authorization: "Bearer t0ken!"]).status == .unauthorized)
            #expect(try await client.execute(uri: "/v1/status", method: .get, headers: [.authorization: "Bearer t0ken"]).status == .ok)
        }
    }

    @Test("POST /v1/embeddings embeds with the index's embedder")
    func embeddings() async throws {
        try await withApp { client, _, served in
            let dimensions = try await served.current().settings.dimensions
            let response = try await client.execute(uri: "/v1/embeddings", method: .post, body: Self.json(["input": ["a", "b c"]]))
            let data = try Self.object(response)["data"] as? [[String: Any]] ?? []
            #expect(data.count == 2)
            #expect((data.first?["embedding"] as? [Double])?.count == dimensions)
            let base64 = try await client.execute(uri: "/v1/embeddings", method: .post, body: Self.json(["input": "a", "encoding_format": "base64"]))
            let encoded = (try Self.object(base64)["data"] as? [[String: Any]])?.first?["embedding"] as? String
            #expect(encoded.flatMap { Data(base64Encoded: $0) }?.count == dimensions * 4)
            let wrongModel = try await client.execute(uri: "/v1/embeddings", method: .post, body: Self.json(["input": "a", "model": "text-embedding-3-small"]))
            #expect(wrongModel.status == .notFound)
        }
    }

    @Test("POST /v1/vector_stores/local/search answers OpenAI's page, filtered on attributes")
    func vectorStoreSearch() async throws {
        try await withApp { client, _, _ in
            let filtered = try await client.execute(uri: "/v1/vector_stores/local/search", method: .post, body: Self.json([
                "query": "snapshot restore log rotation", "max_num_results": 5, "rewrite_query": true,
                "filters": ["type": "and", "filters": [["type": "eq", "key": "audience", "value": "user"], ["type": "gte", "key": "version", "value": 3]]],
            ]))
            #expect(filtered.status == .ok)
            let page = try Self.object(filtered)
            #expect(page["object"] as? String == "vector_store.search_results.page")
            let data = page["data"] as? [[String: Any]] ?? []
            #expect(!data.isEmpty && data.allSatisfy { $0["file_id"] as? String == "guides/backup.md" })
            #expect((data.first?["content"] as? [[String: Any]])?.first?["type"] as? String == "text")
            let unknown = try await client.execute(uri: "/v1/vector_stores/vs_123/search", method: .post, body: Self.json(["query": "x"]))
            #expect(unknown.status == .notFound)
        }
    }

    @Test("Unknown routes are answered 404 with a JSON error")
    func unknownRoute() async throws {
        try await withApp { client, _, _ in
            let response = try await client.execute(uri: "/v1/nothing", method: .get)
            #expect(response.status == .notFound)
            #expect(try Self.errorCode(response) == "not_found")
        }
    }
}
