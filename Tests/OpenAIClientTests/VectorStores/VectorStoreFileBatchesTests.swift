import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct VectorStoreFileBatchesTests {
    @Test("Creates a batch of file ids with shared attributes and chunking")
    func createWithFileIDs() async throws {
        try await TestHTTPServer.withServer(responses: [.json(VectorStoreFixtures.batch())]) { server in
            let batch = try await OpenAI.testing(server).vectorStores.fileBatches.create(
                vectorStoreID: "vs_1",
                CreateVectorStoreFileBatchRequest(fileIDs: ["file-1", "file-2"], attributes: ["source": "wiki"], chunkingStrategy: .auto)
            )
            #expect(batch.id == "vsfb_1")
            #expect(batch.status == .inProgress)
            #expect(batch.fileCounts.total == 2)
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/vector_stores/vs_1/file_batches")
            #expect(sent.json == ["file_ids": ["file-1", "file-2"], "attributes": ["source": "wiki"], "chunking_strategy": ["type": "auto"]])
        }
    }

    @Test("Creates a batch of files with their own attributes")
    func createWithFiles() async throws {
        try await TestHTTPServer.withServer(responses: [.json(VectorStoreFixtures.batch())]) { server in
            _ = try await OpenAI.testing(server).vectorStores.fileBatches.create(
                vectorStoreID: "vs_1",
                CreateVectorStoreFileBatchRequest(files: [
                    CreateVectorStoreFileRequest(fileID: "file-1", attributes: ["path": "a.md"]),
                    CreateVectorStoreFileRequest(fileID: "file-2"),
                ])
            )
            #expect(await server.requests.first?.json == ["files": [["file_id": "file-1", "attributes": ["path": "a.md"]], ["file_id": "file-2"]]])
        }
    }

    @Test("Rejects a bad per-file chunking strategy before sending")
    func rejectsBadChunking() async throws {
        try await TestHTTPServer.withServer { server in
            let bad = CreateVectorStoreFileRequest(fileID: "file-2", chunkingStrategy: .static(StaticChunkingStrategy(maxChunkSizeTokens: 5000, chunkOverlapTokens: 0)))
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).vectorStores.fileBatches.create(vectorStoreID: "vs_1", CreateVectorStoreFileBatchRequest(files: [bad]))
            }
            #expect(error?.param == "chunking_strategy.static.max_chunk_size_tokens")
            #expect(await server.requests.isEmpty)
        }
    }

    @Test("Retrieves and cancels a batch, and lists its files with a filter")
    func retrieveCancelList() async throws {
        let responses: [ScriptedResponse] = [
            .json(VectorStoreFixtures.batch(status: "completed", completed: 2)),
            .json(VectorStoreFixtures.batch(status: "cancelled")),
            .json(VectorStoreFixtures.list([VectorStoreFixtures.file(id: "file-9", status: "cancelled")])),
        ]
        try await TestHTTPServer.withServer(responses: responses) { server in
            let batches = OpenAI.testing(server).vectorStores.fileBatches
            #expect(try await batches.retrieve("vsfb_1", vectorStoreID: "vs_1").status == .completed)
            #expect(try await batches.cancel("vsfb_1", vectorStoreID: "vs_1").status == .cancelled)
            let page = try await batches.listFiles("vsfb_1", vectorStoreID: "vs_1", limit: 10, filter: .cancelled)
            #expect(page.data.map(\.id) == ["file-9"])
            let requests = await server.requests
            #expect(requests.map(\.method) == ["GET", "POST", "GET"])
            #expect(requests.map(\.path) == [
                "/v1/vector_stores/vs_1/file_batches/vsfb_1", "/v1/vector_stores/vs_1/file_batches/vsfb_1/cancel",
                "/v1/vector_stores/vs_1/file_batches/vsfb_1/files",
            ])
            #expect(requests[1].body.isEmpty)
            #expect(requests[2].query("filter") == "cancelled")
            #expect(requests[2].query("limit") == "10")
        }
    }

    @Test("Polls a batch until it completes")
    func poll() async throws {
        let responses: [ScriptedResponse] = [.json(VectorStoreFixtures.batch()), .json(VectorStoreFixtures.batch(status: "completed", completed: 2))]
        try await TestHTTPServer.withServer(responses: responses) { server in
            let sleeps = SleepRecorder()
            let batch = try await OpenAI.testing(server, sleeps: sleeps).vectorStores.fileBatches.poll("vsfb_1", vectorStoreID: "vs_1")
            #expect(batch.status == .completed)
            #expect(await sleeps.durations == [.seconds(1)])
        }
    }

    @Test("Waits as long as the server's openai-poll-after-ms asks, unless an interval is given")
    func pollFollowsServerHint() async throws {
        let inProgress = ScriptedResponse.json(VectorStoreFixtures.batch(), headers: ["openai-poll-after-ms": "250"])
        let silent = ScriptedResponse.json(VectorStoreFixtures.batch())
        let completed = ScriptedResponse.json(VectorStoreFixtures.batch(status: "completed", completed: 2))
        try await TestHTTPServer.withServer(responses: [inProgress, silent, completed]) { server in
            let sleeps = SleepRecorder()
            let batch = try await OpenAI.testing(server, sleeps: sleeps).vectorStores.fileBatches.poll("vsfb_1", vectorStoreID: "vs_1")
            #expect(batch.status == .completed)
            // The hint applies to the wait after the answer that carried it; an answer without one falls back to 1 s.
            #expect(await sleeps.durations == [.milliseconds(250), .seconds(1)])
        }
        try await TestHTTPServer.withServer(responses: [inProgress, completed]) { server in
            let sleeps = SleepRecorder()
            _ = try await OpenAI.testing(server, sleeps: sleeps).vectorStores.fileBatches.poll(
                "vsfb_1", vectorStoreID: "vs_1", polling: PollingOptions(interval: .seconds(3)))
            #expect(await sleeps.durations == [.seconds(3)])
        }
    }

    @Test("Reads the poll hint only when it is a whole, non-negative number of milliseconds")
    func pollAfterHeader() {
        func metadata(_ value: String) -> ResponseMetadata {
            ResponseMetadata(status: 200, headers: HTTPHeaderFields([("openai-poll-after-ms", value)]))
        }
        #expect(metadata("1500").pollAfter == .milliseconds(1500))
        #expect(metadata("0").pollAfter == .zero)
        #expect(metadata("-5").pollAfter == nil)
        #expect(metadata("soon").pollAfter == nil)
        #expect(ResponseMetadata(status: 200, headers: HTTPHeaderFields()).pollAfter == nil)
    }

    @Test("Uploads local files concurrently, attaches them as one batch, polls, and reports each file")
    func uploadAndPoll() async throws {
        let directory = try TemporaryDirectory()
        let good = try directory.write("good.md", text: "# Good")
        let rejected = try directory.write("rejected.bin", [0, 1, 2])
        let unsupported = try directory.write("scan.pdf", text: "%PDF")
        let missing = directory.url.appendingPathComponent("missing.md")
        let batchPolls = Counter()
        let handler: TestHTTPServer.Handler = { request in
            switch (request.method, request.path) {
            case ("POST", "/v1/files"):
                let name = request.formParts.first { $0.name == "file" }?.filename ?? ""
                if name == "rejected.bin" { return .error(status: 400, message: "Invalid file format") }
                return .json(fileJSON(id: "file-\(name)", filename: name))
            case ("POST", "/v1/vector_stores/vs_1/file_batches"):
                return .json(VectorStoreFixtures.batch(total: 2))
            case ("GET", "/v1/vector_stores/vs_1/file_batches/vsfb_1"):
                let done = await batchPolls.next() > 0
                return .json(VectorStoreFixtures.batch(status: done ? "completed" : "in_progress", completed: done ? 1 : 0, failed: done ? 1 : 0, total: 2))
            case ("GET", "/v1/vector_stores/vs_1/file_batches/vsfb_1/files"):
                return .json(VectorStoreFixtures.list([
                    VectorStoreFixtures.file(id: "file-good.md", attributes: #"{"path": "good.md"}"#),
                    VectorStoreFixtures.file(id: "file-scan.pdf", status: "failed", lastError: #"{"code": "unsupported_file", "message": "no text"}"#, attributes: #"{"path": "scan.pdf"}"#),
                ]))
            default:
                return .error(status: 404, message: "no route \(request.method) \(request.path)")
            }
        }
        try await TestHTTPServer.withServer(handler: handler) { server in
            let sleeps = SleepRecorder()
            let uploads = [good, rejected, unsupported].map { LocalFileUpload(fileURL: $0, attributes: ["path": .string($0.lastPathComponent)]) }
                + [LocalFileUpload(fileURL: missing)]
            let report = try await OpenAI.testing(server, maxRetries: 0, sleeps: sleeps).vectorStores.fileBatches.uploadAndPoll(
                vectorStoreID: "vs_1", files: uploads, maxConcurrentUploads: 2
            )
            #expect(report.batch?.status == .completed)
            #expect(report.outcomes.map(\.upload.filename) == ["good.md", "rejected.bin", "scan.pdf", "missing.md"])
            #expect(report.outcomes.map(\.fileID) == ["file-good.md", nil, "file-scan.pdf", nil])
            #expect(report.outcomes.map(\.succeeded) == [true, false, false, false])
            #expect(report.outcomes[1].uploadError?.status == 400)
            #expect(report.outcomes[2].lastError == VectorStoreFileError(code: .unsupportedFile, message: "no text"))
            #expect(report.outcomes[3].uploadError?.kind == .invalidRequest)
            #expect(report.failures.map(\.upload.filename) == ["rejected.bin", "scan.pdf", "missing.md"])
            #expect(await sleeps.durations == [.seconds(1)])

            let requests = await server.requests
            let batchBody = try #require(requests.first { $0.path == "/v1/vector_stores/vs_1/file_batches" }?.json)
            #expect(batchBody == ["files": [
                ["file_id": "file-good.md", "attributes": ["path": "good.md"]],
                ["file_id": "file-scan.pdf", "attributes": ["path": "scan.pdf"]],
            ]])
            #expect(requests.filter { $0.path == "/v1/files" }.allSatisfy { $0.formField("purpose") == "assistants" })
        }
    }

    @Test("Creates no batch when every upload fails")
    func uploadAndPollAllFailed() async throws {
        try await TestHTTPServer.withServer { server in
            let report = try await OpenAI.testing(server).vectorStores.fileBatches.uploadAndPoll(
                vectorStoreID: "vs_1", fileURLs: [URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString).md")]
            )
            #expect(report.batch == nil)
            #expect(report.failures.count == 1)
            #expect(await server.requests.isEmpty)
        }
    }

    @Test("Rejects a concurrency bound below one before any request")
    func uploadAndPollBadBound() async throws {
        try await TestHTTPServer.withServer { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).vectorStores.fileBatches.uploadAndPoll(vectorStoreID: "vs_1", fileURLs: [], maxConcurrentUploads: 0)
            }
            #expect(error?.kind == .invalidRequest)
            #expect(await server.requests.isEmpty)
        }
    }
}
