import Foundation
import OpenAIClient
import TestSupport
import Testing

private func uploadJSON(id: String = "upload_1", status: String = "pending", bytes: Int = 10, file: String? = nil) -> String {
    #"{"id": "\#(id)", "object": "upload", "bytes": \#(bytes), "created_at": 1, "filename": "big.jsonl", "purpose": "batch", "status": "\#(status)", "expires_at": 3601, "file": \#(file ?? "null")}"#
}

/// Answers the upload calls: parts get ids from their content, so their order can be checked.
private func uploadServer(failingPart: String? = nil) -> TestHTTPServer.Handler {
    { request in
        switch request.path {
        case "/v1/uploads":
            return .json(uploadJSON())
        case "/v1/uploads/upload_1/parts":
            let content = request.formField("data") ?? ""
            if content == failingPart { return .error(status: 400, message: "bad part") }
            return .json(#"{"id": "part_\#(content)", "object": "upload.part", "created_at": 2, "upload_id": "upload_1"}"#)
        case "/v1/uploads/upload_1/complete":
            return .json(uploadJSON(status: "completed", file: fileJSON(id: "file-big", filename: "big.jsonl", bytes: 10, purpose: "batch")))
        case "/v1/uploads/upload_1/cancel":
            return .json(uploadJSON(status: "cancelled"))
        default:
            return .error(status: 404, message: "no route \(request.path)")
        }
    }
}

@Suite struct UploadsTests {
    @Test("Creates an upload")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(uploadJSON())]) { server in
            let upload = try await OpenAI.testing(server).uploads.create(
                CreateUploadRequest(filename: "big.jsonl", purpose: .batch, bytes: 10, mimeType: "application/jsonl", expiresAfter: FileExpiration(seconds: 7200))
            )
            #expect(upload.id == "upload_1")
            #expect(upload.status == .pending)
            #expect(upload.file == nil)
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/uploads")
            #expect(sent.json == [
                "filename": "big.jsonl", "purpose": "batch", "bytes": 10, "mime_type": "application/jsonl",
                "expires_after": ["anchor": "created_at", "seconds": 7200],
            ])
        }
    }

    @Test("Adds a part as multipart data")
    func addPart() async throws {
        try await TestHTTPServer.withServer(handler: uploadServer()) { server in
            let part = try await OpenAI.testing(server).uploads.addPart(uploadID: "upload_1", data: Array("abc".utf8))
            #expect(part == UploadPart(id: "part_abc", createdAt: 2, uploadID: "upload_1"))
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/uploads/upload_1/parts")
            #expect(sent.formParts == [FormPart(name: "data", filename: "blob", contentType: "application/octet-stream", bytes: Array("abc".utf8))])
        }
    }

    @Test("Completes an upload with ordered part ids and an MD5")
    func complete() async throws {
        try await TestHTTPServer.withServer(handler: uploadServer()) { server in
            let upload = try await OpenAI.testing(server).uploads.complete("upload_1", CompleteUploadRequest(partIDs: ["part_b", "part_a"], md5: "abc"))
            #expect(upload.status == .completed)
            #expect(upload.file?.id == "file-big")
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/uploads/upload_1/complete")
            #expect(sent.json == ["part_ids": ["part_b", "part_a"], "md5": "abc"])
        }
    }

    @Test("Cancels an upload")
    func cancel() async throws {
        try await TestHTTPServer.withServer(handler: uploadServer()) { server in
            let upload = try await OpenAI.testing(server).uploads.cancel("upload_1")
            #expect(upload.status == .cancelled)
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/uploads/upload_1/cancel")
            #expect(sent.body.isEmpty)
        }
    }

    @Test("Uploads a file in concurrent parts and completes with the ids in file order", arguments: [1, 3, 8])
    func uploadInParts(maxConcurrentParts: Int) async throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write("big.jsonl", text: "AAAABBBBCC")
        try await TestHTTPServer.withServer(handler: uploadServer()) { server in
            let file = try await OpenAI.testing(server).uploads.upload(fileURL: url, purpose: .batch, partSize: 4, maxConcurrentParts: maxConcurrentParts)
            #expect(file.id == "file-big")
            let requests = await server.requests
            #expect(requests.first?.json == ["filename": "big.jsonl", "purpose": "batch", "bytes": 10, "mime_type": "application/jsonl"])
            let parts = requests.filter { $0.path.hasSuffix("/parts") }.compactMap { $0.formField("data") }
            #expect(parts.sorted() == ["AAAA", "BBBB", "CC"])
            if maxConcurrentParts == 1 { #expect(parts == ["AAAA", "BBBB", "CC"]) }
            #expect(requests.last?.path == "/v1/uploads/upload_1/complete")
            #expect(requests.last?.json == ["part_ids": ["part_AAAA", "part_BBBB", "part_CC"]])
        }
    }

    @Test("Rereads a part's bytes from the file for a retried attempt")
    func retriedPartRereadsFile() async throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write("big.jsonl", text: "AAAA")
        let attempts = Counter()
        let standIn = uploadServer()
        let handler: TestHTTPServer.Handler = { request in
            if request.path.hasSuffix("/parts"), await attempts.next() == 0 {
                try? Data("ZZZZ".utf8).write(to: url)
                return .error(status: 503, message: "busy", type: "server_error")
            }
            return await standIn(request)
        }
        try await TestHTTPServer.withServer(handler: handler) { server in
            _ = try await OpenAI.testing(server).uploads.upload(fileURL: url, purpose: .batch, partSize: 4)
            let parts = await server.requests.filter { $0.path.hasSuffix("/parts") }.compactMap { $0.formField("data") }
            #expect(parts == ["AAAA", "ZZZZ"])
            #expect(await server.requests.last?.json == ["part_ids": ["part_ZZZZ"]])
        }
    }

    @Test("Cancels the upload and rethrows when a part fails")
    func failedPartCancels() async throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write("big.jsonl", text: "AAAABBBBCC")
        try await TestHTTPServer.withServer(handler: uploadServer(failingPart: "BBBB")) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).uploads.upload(fileURL: url, purpose: .batch, partSize: 4, maxConcurrentParts: 1)
            }
            #expect(error?.status == 400)
            let paths = await server.requests.map(\.path)
            #expect(paths.last == "/v1/uploads/upload_1/cancel")
            #expect(!paths.contains("/v1/uploads/upload_1/complete"))
        }
    }

    @Test("Rejects a part size or concurrency out of range before any request", arguments: [(0, 1), (64 * 1024 * 1024 + 1, 1), (4, 0)])
    func rejectsBadArguments(partSize: Int, maxConcurrentParts: Int) async throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write("big.jsonl", text: "AAAA")
        try await TestHTTPServer.withServer(handler: uploadServer()) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).uploads.upload(fileURL: url, purpose: .batch, partSize: partSize, maxConcurrentParts: maxConcurrentParts)
            }
            #expect(error?.kind == .invalidRequest)
            #expect(await server.requests.isEmpty)
        }
    }

    @Test("Rejects a file larger than 8 GB before any request")
    func tooLarge() async throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write("huge.bin", [])
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(Uploads.maxUploadSize + 1))  // sparse: no data is written
        try handle.close()
        try await TestHTTPServer.withServer(handler: uploadServer()) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).uploads.upload(fileURL: url, purpose: .batch)
            }
            #expect(error?.kind == .invalidRequest)
            #expect(error?.message.contains("at most") == true)
            #expect(await server.requests.isEmpty)
        }
    }

    @Test("Reports a missing local file before any request")
    func missingFile() async throws {
        try await TestHTTPServer.withServer(handler: uploadServer()) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).uploads.upload(fileURL: URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString)"), purpose: .batch)
            }
            #expect(error?.kind == .invalidRequest)
            #expect(await server.requests.isEmpty)
        }
    }
}
