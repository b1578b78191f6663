import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Answers the files, uploads and vector store routes the README's storage examples call.
private let storageStandIn: TestHTTPServer.Handler = { request in
    let route = (request.method, request.path)
    switch route {
    case ("POST", "/v1/files"):
        let name = request.formParts.first { $0.name == "file" }?.filename ?? "file"
        return .json(fileJSON(id: "file-\(name)", filename: name))
    case ("GET", "/v1/files"):
        return .json(VectorStoreFixtures.list([fileJSON(id: "file-handbook.pdf", filename: "handbook.pdf")]))
    case ("GET", "/v1/files/file-handbook.pdf/content"):
        return .text("%PDF-1.7", contentType: "application/pdf")
    case ("DELETE", "/v1/files/file-handbook.pdf"):
        return .json(#"{"id": "file-handbook.pdf", "object": "file", "deleted": true}"#)
    case ("POST", "/v1/uploads"):
        return .json(#"{"id": "upload_1", "object": "upload", "bytes": 6, "filename": "corpus.jsonl", "purpose": "batch", "status": "pending"}"#)
    case ("POST", "/v1/uploads/upload_1/parts"):
        return .json(#"{"id": "part_1", "object": "upload.part", "upload_id": "upload_1"}"#)
    case ("POST", "/v1/uploads/upload_1/complete"):
        return .json(#"{"id": "upload_1", "object": "upload", "status": "completed", "file": \#(fileJSON(id: "file-corpus", filename: "corpus.jsonl", purpose: "batch"))}"#)
    case ("POST", "/v1/vector_stores"):
        return .json(VectorStoreFixtures.store())
    case ("POST", "/v1/vector_stores/vs_1/file_batches"):
        return .json(VectorStoreFixtures.batch(status: "completed", completed: 1, failed: 1))
    case ("GET", "/v1/vector_stores/vs_1/file_batches/vsfb_1/files"):
        return .json(VectorStoreFixtures.list([
            VectorStoreFixtures.file(id: "file-a.md"),
            VectorStoreFixtures.file(id: "file-b.md", status: "failed", lastError: #"{"code": "invalid_file", "message": "empty"}"#),
        ]))
    case ("POST", "/v1/vector_stores/vs_1/search"):
        return .json(#"{"object": "vector_store.search_results.page", "search_query": ["refund policy"], "data": [{"file_id": "file-a.md", "filename": "a.md", "score": 0.9, "attributes": {}, "content": [{"type": "text", "text": "Refunds within 30 days."}]}], "has_more": false}"#)
    case ("POST", "/v1/vector_stores/vs_1/files"):
        return .json(VectorStoreFixtures.file(id: "file-handbook.pdf", status: "failed", lastError: #"{"code": "unsupported_file", "message": "scanned"}"#))
    default:
        return .error(status: 404, message: "no route \(request.method) \(request.path)")
    }
}

@Suite struct StorageReadmeExamplesTests {
    @Test("The README's files and vector stores examples run as written")
    func examples() async throws {
        let directory = try TemporaryDirectory()
        let handbook = try directory.write("handbook.pdf", text: "%PDF-1.7")
        let corpus = try directory.write("corpus.jsonl", text: "{}\n{}\n")
        let urls = [try directory.write("a.md", text: "# A"), try directory.write("b.md", text: "")]
        try await TestHTTPServer.withServer(handler: storageStandIn) { server in
            let client = OpenAI(configuration: .fromEnvironment(["OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": server.baseURL.absoluteString]))

            let file = try await client.files.create(CreateFileRequest(fileURL: handbook, purpose: .assistants))
            var listed: [String] = []
            for try await stored in client.files.listAll(purpose: .assistants) { listed.append(stored.filename ?? "") }
            let bytes: Data = try await client.files.content(file.id)
            _ = try await client.files.delete(file.id)
            #expect(listed == ["handbook.pdf"])
            #expect(bytes == Data("%PDF-1.7".utf8))

            let big = try await client.uploads.upload(fileURL: corpus, purpose: .batch)
            #expect(big.id == "file-corpus")

            let store = try await client.vectorStores.create(CreateVectorStoreRequest(
                name: "handbook",
                chunkingStrategy: .static(StaticChunkingStrategy(maxChunkSizeTokens: 600, chunkOverlapTokens: 200))
            ))
            let report = try await client.vectorStores.fileBatches.uploadAndPoll(
                vectorStoreID: store.id,
                files: urls.map { LocalFileUpload(fileURL: $0, attributes: ["path": .string($0.path), "year": 2024]) }
            )
            #expect(report.failures.map(\.upload.filename) == ["b.md"])
            #expect(report.failures.first?.lastError?.message == "empty")

            let results = try await client.vectorStores.search(vectorStoreID: store.id, VectorStoreSearchRequest(
                query: "refund policy",
                filters: .and([.eq("team", "support"), .or([.gte("year", 2024), .in("tag", ["faq", "howto"])])]),
                maxNumResults: 5,
                rankingOptions: .init(scoreThreshold: 0.3)
            ))
            #expect(results.data.map(\.text) == ["Refunds within 30 days."])

            let attached = try await client.vectorStores.files.createAndPoll(
                vectorStoreID: store.id, CreateVectorStoreFileRequest(fileID: file.id, attributes: ["path": "handbook.pdf"])
            )
            #expect(attached.status == .failed)
            #expect(attached.lastError?.code == .unsupportedFile)
        }
    }
}
