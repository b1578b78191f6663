import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct FilesTests {
    @Test("Uploads a local file as multipart with purpose and expiry")
    func createFromFile() async throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write("notes.md", text: "# Notes\n")
        try await TestHTTPServer.withServer(responses: [.json(fileJSON(id: "file-1"))]) { server in
            let file = try await OpenAI.testing(server).files.create(
                CreateFileRequest(fileURL: url, purpose: .assistants, expiresAfter: FileExpiration(seconds: 3600))
            )
            #expect(file == OpenAIFile(id: "file-1", bytes: 8, createdAt: 1_700_000_000, filename: "notes.md", purpose: .assistants, status: .processed))
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/files")
            #expect(sent.header("Authorization") == "Bearer sk-test")
            #expect(sent.header("Content-Type")?.hasPrefix("multipart/form-data; boundary=") == true)
            #expect(sent.formParts == [
                FormPart(name: "purpose", bytes: Array("assistants".utf8)),
                FormPart(name: "expires_after[anchor]", bytes: Array("created_at".utf8)),
                FormPart(name: "expires_after[seconds]", bytes: Array("3600".utf8)),
                FormPart(name: "file", filename: "notes.md", contentType: "text/markdown", bytes: Array("# Notes\n".utf8)),
            ])
        }
    }

    @Test("Uploads bytes held in memory under the given name")
    func createFromBytes() async throws {
        try await TestHTTPServer.withServer(responses: [.json(fileJSON(id: "file-2", filename: "data.jsonl", purpose: "batch"))]) { server in
            let file = try await OpenAI.testing(server).files.create(CreateFileRequest(bytes: [0x7B, 0x7D, 0x0A, 0xFF], filename: "data.jsonl", purpose: .batch))
            #expect(file.purpose == .batch)
            let parts = try #require(await server.requests.first?.formParts)
            #expect(parts.map(\.name) == ["purpose", "file"])
            #expect(parts.last == FormPart(name: "file", filename: "data.jsonl", contentType: "application/jsonl", bytes: [0x7B, 0x7D, 0x0A, 0xFF]))
        }
    }

    @Test("Rereads the local file for a retried upload")
    func retryRebuildsBody() async throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write("doc.txt", text: "first version")
        let attempts = Counter()
        try await TestHTTPServer.withServer(handler: { _ in
            if await attempts.next() == 0 {
                try? Data("second version".utf8).write(to: url)
                return .error(status: 500, message: "try again", type: "server_error")
            }
            return .json(fileJSON(id: "file-3", filename: "doc.txt"))
        }) { server in
            let file = try await OpenAI.testing(server).files.create(CreateFileRequest(fileURL: url, purpose: .userData))
            #expect(file.id == "file-3")
            let requests = await server.requests
            #expect(requests.count == 2)
            #expect(requests.map { $0.formField("file") } == ["first version", "second version"])
            #expect(requests.map { $0.formField("purpose") } == ["user_data", "user_data"])
        }
    }

    @Test("Reports an unreadable local file as an invalid request without sending it")
    func unreadableFile() async throws {
        try await TestHTTPServer.withServer { server in
            let missing = URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString).md")
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).files.create(CreateFileRequest(fileURL: missing, purpose: .assistants))
            }
            #expect(error?.kind == .invalidRequest)
            #expect(await server.requests.isEmpty)
        }
    }

    @Test("Lists a page with purpose, limit, order and cursor")
    func listPage() async throws {
        let body = #"{"object": "list", "data": [\#(fileJSON(id: "file-a")), \#(fileJSON(id: "file-b"))], "first_id": "file-a", "last_id": "file-b", "has_more": true}"#
        try await TestHTTPServer.withServer(responses: [.json(body)]) { server in
            let page = try await OpenAI.testing(server).files.list(purpose: .assistants, limit: 2, order: .ascending, after: "file-0")
            #expect(page.data.map(\.id) == ["file-a", "file-b"])
            #expect(page.hasMore)
            #expect(page.lastID == "file-b")
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "GET")
            #expect(sent.path == "/v1/files")
            #expect(sent.query("purpose") == "assistants")
            #expect(sent.query("limit") == "2")
            #expect(sent.query("order") == "asc")
            #expect(sent.query("after") == "file-0")
        }
    }

    @Test("Lists every file across pages with after cursors")
    func listAll() async throws {
        let first = #"{"object": "list", "data": [\#(fileJSON(id: "file-a")), \#(fileJSON(id: "file-b"))], "last_id": "file-b", "has_more": true}"#
        let second = #"{"object": "list", "data": [\#(fileJSON(id: "file-c"))], "last_id": "file-c", "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(first), .json(second)]) { server in
            var ids: [String] = []
            for try await file in OpenAI.testing(server).files.listAll(purpose: .batch, pageSize: 2) { ids.append(file.id) }
            #expect(ids == ["file-a", "file-b", "file-c"])
            let requests = await server.requests
            #expect(requests.map { $0.query("after") } == [nil, "file-b"])
            #expect(requests.map { $0.query("limit") } == ["2", "2"])
            #expect(requests.map { $0.query("purpose") } == ["batch", "batch"])
        }
    }

    @Test("Retrieves a file, keeping an unknown purpose and status")
    func retrieve() async throws {
        let body = #"{"id": "file-x", "object": "file", "bytes": 1, "created_at": 1, "filename": "a", "purpose": "future_purpose", "status": "queued", "new_field": 1}"#
        try await TestHTTPServer.withServer(responses: [.json(body)]) { server in
            let file = try await OpenAI.testing(server).files.retrieve("file-x")
            #expect(file.purpose == FilePurpose(rawValue: "future_purpose"))
            #expect(file.status?.rawValue == "queued")
            #expect(await server.requests.first?.method == "GET")
            #expect(await server.requests.first?.path == "/v1/files/file-x")
        }
    }

    @Test("Deletes a file")
    func delete() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"id": "file-x", "object": "file", "deleted": true}"#)]) { server in
            let status = try await OpenAI.testing(server).files.delete("file-x")
            #expect(status == DeletionStatus(id: "file-x", object: "file", deleted: true))
            #expect(await server.requests.first?.method == "DELETE")
            #expect(await server.requests.first?.path == "/v1/files/file-x")
        }
    }

    @Test("Downloads content byte for byte")
    func content() async throws {
        let bytes: [UInt8] = [0, 1, 0xFE, 0xFF, 0x0A]
        let response = ScriptedResponse(status: 200, headers: [("Content-Type", "application/octet-stream")], steps: [.bytes(bytes)])
        try await TestHTTPServer.withServer(responses: [response]) { server in
            let data = try await OpenAI.testing(server).files.content("file-x")
            #expect(Array(data) == bytes)
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "GET")
            #expect(sent.path == "/v1/files/file-x/content")
            #expect(sent.header("Accept") == "application/octet-stream")
        }
    }

    @Test("A refused download throws the API error with its request id")
    func contentRefused() async throws {
        let refusal = ScriptedResponse.error(status: 400, message: "Not allowed to download files of purpose: assistants", headers: ["x-request-id": "req_1"])
        try await TestHTTPServer.withServer(responses: [refusal]) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).files.content("file-x") }
            #expect(error?.status == 400)
            #expect(error?.requestID == "req_1")
            #expect(error?.message.contains("purpose") == true)
        }
    }
}

/// Hands out 0, 1, 2… across concurrent callers.
actor Counter {
    private var value = 0
    func next() -> Int {
        defer { value += 1 }
        return value
    }
}
