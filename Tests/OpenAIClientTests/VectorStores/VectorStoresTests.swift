import Foundation
import OpenAIClient
import TestSupport
import Testing

private let badStrategies: [(Int, Int, String)] = [
    (99, 0, "chunking_strategy.static.max_chunk_size_tokens"),
    (4097, 100, "chunking_strategy.static.max_chunk_size_tokens"),
    (800, 401, "chunking_strategy.static.chunk_overlap_tokens"),
    (800, -1, "chunking_strategy.static.chunk_overlap_tokens"),
]

@Suite struct VectorStoresTests {
    @Test("Creates a store with a static chunking strategy, expiry and metadata")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(VectorStoreFixtures.store(status: "in_progress"))]) { server in
            let store = try await OpenAI.testing(server).vectorStores.create(CreateVectorStoreRequest(
                name: "handbook",
                fileIDs: ["file-1", "file-2"],
                expiresAfter: VectorStoreExpiration(days: 7),
                chunkingStrategy: .static(StaticChunkingStrategy(maxChunkSizeTokens: 600, chunkOverlapTokens: 300)),
                metadata: ["team": "docs"]
            ))
            #expect(store.id == "vs_1")
            #expect(store.status == .inProgress)
            #expect(store.fileCounts == VectorStoreFileCounts(inProgress: 0, completed: 2, failed: 1, cancelled: 0, total: 3))
            #expect(store.expiresAfter == VectorStoreExpiration(days: 7))
            #expect(store.metadata == ["team": "docs"])
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/vector_stores")
            #expect(sent.header("Content-Type") == "application/json")
            #expect(sent.json == [
                "name": "handbook",
                "file_ids": ["file-1", "file-2"],
                "expires_after": ["anchor": "last_active_at", "days": 7],
                "chunking_strategy": ["type": "static", "static": ["max_chunk_size_tokens": 600, "chunk_overlap_tokens": 300]],
                "metadata": ["team": "docs"],
            ])
        }
    }

    @Test("Sends the auto chunking strategy and nothing unset")
    func createAuto() async throws {
        try await TestHTTPServer.withServer(responses: [.json(VectorStoreFixtures.store())]) { server in
            _ = try await OpenAI.testing(server).vectorStores.create(CreateVectorStoreRequest(chunkingStrategy: .auto))
            #expect(await server.requests.first?.json == ["chunking_strategy": ["type": "auto"]])
        }
    }

    @Test("Rejects an out-of-range static chunking strategy before sending", arguments: badStrategies)
    func rejectsBadChunking(maxTokens: Int, overlap: Int, param: String) async throws {
        try await TestHTTPServer.withServer { server in
            let strategy = ChunkingStrategy.static(StaticChunkingStrategy(maxChunkSizeTokens: maxTokens, chunkOverlapTokens: overlap))
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).vectorStores.create(CreateVectorStoreRequest(chunkingStrategy: strategy))
            }
            #expect(error?.kind == .invalidRequest)
            #expect(error?.param == param)
            #expect(await server.requests.isEmpty)
        }
    }

    @Test("Accepts the edges of the chunking limits", arguments: [(100, 50), (4096, 2048), (4096, 0)])
    func acceptsEdges(maxTokens: Int, overlap: Int) throws {
        try ChunkingStrategy.static(StaticChunkingStrategy(maxChunkSizeTokens: maxTokens, chunkOverlapTokens: overlap)).validate()
    }

    @Test("Lists stores with limit, order and cursors")
    func list() async throws {
        try await TestHTTPServer.withServer(responses: [.json(VectorStoreFixtures.list([VectorStoreFixtures.store()], hasMore: true, lastID: "vs_1"))]) { server in
            let page = try await OpenAI.testing(server).vectorStores.list(limit: 1, order: .descending, after: "vs_0", before: "vs_9")
            #expect(page.data.map(\.id) == ["vs_1"])
            #expect(page.hasMore)
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "GET")
            #expect(sent.path == "/v1/vector_stores")
            #expect(sent.queryItems == [
                URLQueryItem(name: "limit", value: "1"), URLQueryItem(name: "order", value: "desc"),
                URLQueryItem(name: "after", value: "vs_0"), URLQueryItem(name: "before", value: "vs_9"),
            ])
        }
    }

    @Test("Lists every store across pages")
    func listAll() async throws {
        let first = VectorStoreFixtures.list([VectorStoreFixtures.store(id: "vs_1"), VectorStoreFixtures.store(id: "vs_2")], hasMore: true, lastID: "vs_2")
        let second = VectorStoreFixtures.list([VectorStoreFixtures.store(id: "vs_3")])
        try await TestHTTPServer.withServer(responses: [.json(first), .json(second)]) { server in
            var ids: [String] = []
            for try await store in OpenAI.testing(server).vectorStores.listAll(pageSize: 2) { ids.append(store.id) }
            #expect(ids == ["vs_1", "vs_2", "vs_3"])
            #expect(await server.requests.map { $0.query("after") } == [nil, "vs_2"])
        }
    }

    @Test("Retrieves a store, keeping an unknown status and tolerating missing fields")
    func retrieve() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"id": "vs_9", "status": "archived"}"#)]) { server in
            let store = try await OpenAI.testing(server).vectorStores.retrieve("vs_9")
            #expect(store.status == VectorStoreStatus(rawValue: "archived"))
            #expect(store.fileCounts == VectorStoreFileCounts())
            #expect(store.name == nil)
            #expect(await server.requests.first?.method == "GET")
            #expect(await server.requests.first?.path == "/v1/vector_stores/vs_9")
        }
    }

    @Test("Modifies a store, sending only the fields set")
    func modify() async throws {
        try await TestHTTPServer.withServer(responses: [.json(VectorStoreFixtures.store())]) { server in
            let store = try await OpenAI.testing(server).vectorStores.modify("vs_1", ModifyVectorStoreRequest(name: "renamed", metadata: ["k": "v"]))
            #expect(store.id == "vs_1")
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/vector_stores/vs_1")
            #expect(sent.json == ["name": "renamed", "metadata": ["k": "v"]])
        }
    }

    @Test("Deletes a store")
    func delete() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"id": "vs_1", "object": "vector_store.deleted", "deleted": true}"#)]) { server in
            let status = try await OpenAI.testing(server).vectorStores.delete("vs_1")
            #expect(status == DeletionStatus(id: "vs_1", object: "vector_store.deleted", deleted: true))
            #expect(await server.requests.first?.method == "DELETE")
            #expect(await server.requests.first?.path == "/v1/vector_stores/vs_1")
        }
    }
}
