import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct VectorStoreFilesTests {
    @Test("Attaches a file with attributes and a chunking strategy")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(VectorStoreFixtures.file(status: "in_progress"))]) { server in
            let file = try await OpenAI.testing(server).vectorStores.files.create(
                vectorStoreID: "vs_1",
                CreateVectorStoreFileRequest(
                    fileID: "file-1",
                    attributes: ["path": "docs/a.md", "year": 2024, "draft": false, "weight": 0.5],
                    chunkingStrategy: .static(StaticChunkingStrategy(maxChunkSizeTokens: 800, chunkOverlapTokens: 400))
                )
            )
            #expect(file.status == .inProgress)
            #expect(file.attributes == ["path": "docs/a.md", "year": 2024, "draft": false])
            #expect(file.chunkingStrategy == .static(StaticChunkingStrategy()))
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/vector_stores/vs_1/files")
            #expect(sent.json == [
                "file_id": "file-1",
                "attributes": ["path": "docs/a.md", "year": 2024, "draft": false, "weight": 0.5],
                "chunking_strategy": ["type": "static", "static": ["max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400]],
            ])
        }
    }

    @Test("Rejects an overlap above half the chunk size before sending")
    func rejectsBadChunking() async throws {
        try await TestHTTPServer.withServer { server in
            let request = CreateVectorStoreFileRequest(fileID: "file-1", chunkingStrategy: .static(StaticChunkingStrategy(maxChunkSizeTokens: 200, chunkOverlapTokens: 101)))
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).vectorStores.files.create(vectorStoreID: "vs_1", request)
            }
            #expect(error?.kind == .invalidRequest)
            #expect(error?.message.contains("half") == true)
            #expect(await server.requests.isEmpty)
        }
    }

    @Test("Lists files with a status filter and decodes last_error")
    func list() async throws {
        let failed = VectorStoreFixtures.file(id: "file-2", status: "failed", lastError: #"{"code": "unsupported_file", "message": "Unsupported file type"}"#)
        try await TestHTTPServer.withServer(responses: [.json(VectorStoreFixtures.list([failed]))]) { server in
            let page = try await OpenAI.testing(server).vectorStores.files.list(vectorStoreID: "vs_1", limit: 50, order: .ascending, filter: .failed)
            let file = try #require(page.data.first)
            #expect(file.status == .failed)
            #expect(file.lastError == VectorStoreFileError(code: .unsupportedFile, message: "Unsupported file type"))
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/vector_stores/vs_1/files")
            #expect(sent.query("filter") == "failed")
            #expect(sent.query("limit") == "50")
            #expect(sent.query("order") == "asc")
        }
    }

    @Test("Lists every file of a store across pages, filter kept on each page")
    func listAll() async throws {
        let first = VectorStoreFixtures.list([VectorStoreFixtures.file(id: "file-1")], hasMore: true, lastID: "file-1")
        let second = VectorStoreFixtures.list([VectorStoreFixtures.file(id: "file-2")])
        try await TestHTTPServer.withServer(responses: [.json(first), .json(second)]) { server in
            var ids: [String] = []
            for try await file in OpenAI.testing(server).vectorStores.files.listAll(vectorStoreID: "vs_1", filter: .completed) { ids.append(file.id) }
            #expect(ids == ["file-1", "file-2"])
            let requests = await server.requests
            #expect(requests.map { $0.query("after") } == [nil, "file-1"])
            #expect(requests.map { $0.query("filter") } == ["completed", "completed"])
        }
    }

    @Test("Retrieves, updates attributes of, deletes and reads a store file")
    func retrieveUpdateDeleteContent() async throws {
        let content = #"{"object": "vector_store.file_content.page", "data": [{"type": "text", "text": "Hello"}, {"type": "text", "text": "World"}], "has_more": false, "next_page": null}"#
        let responses: [ScriptedResponse] = [
            .json(VectorStoreFixtures.file()),
            .json(VectorStoreFixtures.file(attributes: #"{"path": "docs/b.md"}"#)),
            .json(#"{"id": "file-1", "object": "vector_store.file.deleted", "deleted": true}"#),
            .json(content),
        ]
        try await TestHTTPServer.withServer(responses: responses) { server in
            let files = OpenAI.testing(server).vectorStores.files
            let file = try await files.retrieve("file-1", vectorStoreID: "vs_1")
            #expect(file.vectorStoreID == "vs_1")
            let updated = try await files.update("file-1", vectorStoreID: "vs_1", attributes: ["path": "docs/b.md"])
            #expect(updated.attributes == ["path": "docs/b.md"])
            let deleted = try await files.delete("file-1", vectorStoreID: "vs_1")
            #expect(deleted.deleted)
            let text = try await files.content("file-1", vectorStoreID: "vs_1")
            #expect(text.text == "Hello\nWorld")
            #expect(!text.hasMore)

            let requests = await server.requests
            #expect(requests.map(\.method) == ["GET", "POST", "DELETE", "GET"])
            #expect(requests.map(\.path) == [
                "/v1/vector_stores/vs_1/files/file-1", "/v1/vector_stores/vs_1/files/file-1",
                "/v1/vector_stores/vs_1/files/file-1", "/v1/vector_stores/vs_1/files/file-1/content",
            ])
            #expect(requests[1].json == ["attributes": ["path": "docs/b.md"]])
        }
    }

    @Test("Polls a file until processing ends, waiting through the injected sleeper")
    func poll() async throws {
        let responses: [ScriptedResponse] = [
            .json(VectorStoreFixtures.file(status: "in_progress")),
            .json(VectorStoreFixtures.file(status: "in_progress")),
            .json(VectorStoreFixtures.file(status: "failed", lastError: #"{"code": "invalid_file", "message": "bad PDF"}"#)),
        ]
        try await TestHTTPServer.withServer(responses: responses) { server in
            let sleeps = SleepRecorder()
            let file = try await OpenAI.testing(server, sleeps: sleeps).vectorStores.files.poll(
                "file-1", vectorStoreID: "vs_1", polling: PollingOptions(interval: .milliseconds(250))
            )
            #expect(file.status == .failed)
            #expect(file.lastError?.code == .invalidFile)
            #expect(await sleeps.durations == [.milliseconds(250), .milliseconds(250)])
            #expect(await server.requests.count == 3)
        }
    }

    @Test("Gives up polling with a timeout error once the bounded wait is spent")
    func pollTimeout() async throws {
        try await TestHTTPServer.withServer(handler: { _ in .json(VectorStoreFixtures.file(status: "in_progress")) }) { server in
            let sleeps = SleepRecorder()
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server, sleeps: sleeps).vectorStores.files.poll(
                    "file-1", vectorStoreID: "vs_1", polling: PollingOptions(interval: .seconds(2), timeout: .seconds(5))
                )
            }
            #expect(error?.kind == .timeout)
            #expect(error?.message.contains("file-1") == true)
            #expect(await sleeps.durations == [.seconds(2), .seconds(2), .seconds(1)])
            #expect(await server.requests.count == 4)
        }
    }

    @Test("Creates and polls a file in one call")
    func createAndPoll() async throws {
        let responses: [ScriptedResponse] = [.json(VectorStoreFixtures.file(status: "in_progress")), .json(VectorStoreFixtures.file(status: "completed"))]
        try await TestHTTPServer.withServer(responses: responses) { server in
            let file = try await OpenAI.testing(server).vectorStores.files.createAndPoll(vectorStoreID: "vs_1", CreateVectorStoreFileRequest(fileID: "file-1"))
            #expect(file.status == .completed)
            #expect(await server.requests.map(\.method) == ["POST", "GET"])
        }
    }
}
