import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct BatchesTests {
    static let batchJSON = """
    {"id": "batch_1", "object": "batch", "endpoint": "/v1/chat/completions", "model": "gpt-4o-mini", "errors": null,
     "input_file_id": "file-in", "completion_window": "24h", "status": "in_progress", "output_file_id": null,
     "error_file_id": null, "created_at": 1711471533, "in_progress_at": 1711471538, "expires_at": 1711557933,
     "request_counts": {"total": 100, "completed": 95, "failed": 5}, "metadata": {"job": "nightly"},
     "usage": {"input_tokens": 10, "output_tokens": 5, "total_tokens": 15}}
    """

    @Test("Creates a batch with every field, and decodes it")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.batchJSON)]) { server in
            let request = CreateBatchRequest(
                inputFileID: "file-in", endpoint: .chatCompletions, metadata: ["job": "nightly"],
                outputExpiresAfter: .init(seconds: 3600)
            )
            let batch = try await OpenAI.testing(server).batches.create(request)
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/batches")
            #expect(sent.json == [
                "input_file_id": "file-in", "endpoint": "/v1/chat/completions", "completion_window": "24h",
                "metadata": ["job": "nightly"], "output_expires_after": ["anchor": "created_at", "seconds": 3600],
            ])
            #expect(batch.id == "batch_1")
            #expect(batch.status == .inProgress)
            #expect(batch.endpoint == .chatCompletions)
            #expect(batch.requestCounts?.failed == 5)
            #expect(batch.metadata == ["job": "nightly"])
            #expect(batch.usage?["total_tokens"] == 15)
        }
    }

    @Test("Retrieves and cancels by id, escaping it")
    func retrieveAndCancel() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.batchJSON), .json(Self.batchJSON.replacingOccurrences(of: "in_progress\"", with: "cancelling\""))]) { server in
            let client = OpenAI.testing(server)
            _ = try await client.batches.retrieve("batch_1")
            let cancelled = try await client.batches.cancel("batch/2")
            let sent = await server.requests
            #expect(sent.map(\.method) == ["GET", "POST"])
            #expect(sent.map(\.uri) == ["/v1/batches/batch_1", "/v1/batches/batch%2F2/cancel"])
            #expect(cancelled.status == .cancelling)
        }
    }

    @Test("Lists every batch across pages with after cursors")
    func listAll() async throws {
        let first = #"{"object": "list", "data": [\#(Self.batchJSON)], "first_id": "batch_1", "last_id": "batch_1", "has_more": true}"#
        let second = #"{"object": "list", "data": [\#(Self.batchJSON.replacingOccurrences(of: "batch_1", with: "batch_2"))], "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(first), .json(second)]) { server in
            var ids: [String] = []
            for try await batch in OpenAI.testing(server).batches.listAll(limit: 1) { ids.append(batch.id) }
            #expect(ids == ["batch_1", "batch_2"])
            #expect(await server.requests.map(\.uri) == ["/v1/batches?limit=1", "/v1/batches?limit=1&after=batch_1"])
        }
    }

    @Test("Decodes an unknown status and endpoint instead of failing")
    func unknownValues() throws {
        let text = Self.batchJSON.replacingOccurrences(of: "in_progress\"", with: "paused\"")
            .replacingOccurrences(of: "/v1/chat/completions", with: "/v1/videos")
        let batch = try JSONDecoder().decode(Batch.self, from: Data(text.utf8))
        #expect(batch.status.rawValue == "paused")
        #expect(batch.endpoint.rawValue == "/v1/videos")
    }

    @Test("A 404 surfaces as an API error")
    func notFound() async throws {
        try await TestHTTPServer.withServer(responses: [.error(status: 404, message: "No batch found")]) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).batches.retrieve("nope") }
            #expect(error?.status == 404)
            #expect(error?.message == "No batch found")
        }
    }
}

@Suite struct BatchJSONLTests {
    @Test("Encodes typed requests one per line and they decode back as the same JSON")
    func encode() throws {
        let lines = [
            BatchRequestLine.chatCompletion(customID: "a", CreateChatCompletionRequest(model: "gpt-4o-mini", messages: [.user("hi")])),
            BatchRequestLine.chatCompletion(customID: "b", CreateChatCompletionRequest(model: "gpt-4o-mini", messages: [.user("yo")])),
        ]
        let bytes = try BatchJSONL.encode(lines)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("\n"))
        let rows = text.split(separator: "\n").map { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
        #expect(rows == [
            ["custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": ["model": "gpt-4o-mini", "messages": [["role": "user", "content": "hi"]]]],
            ["custom_id": "b", "method": "POST", "url": "/v1/chat/completions", "body": ["model": "gpt-4o-mini", "messages": [["role": "user", "content": "yo"]]]],
        ])
    }

    @Test("Rejects a duplicate custom_id")
    func duplicate() {
        let request = CreateEmbeddingRequest(input: .strings(["a"]), model: "text-embedding-3-small")
        let error = #expect(throws: OpenAIError.self) {
            try BatchJSONL.encode([.embedding(customID: "x", request), .embedding(customID: "x", request)])
        }
        #expect(error?.kind == .invalidRequest)
        #expect(error?.message.contains("\"x\"") == true)
    }

    @Test("Writes a file that reads back byte for byte")
    func write() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let lines = [BatchRequestLine.embedding(customID: "e1", CreateEmbeddingRequest(input: .strings(["a"]), model: "m"))]
        try BatchJSONL.write(lines, to: url)
        #expect(Array(try Data(contentsOf: url)) == (try BatchJSONL.encode(lines)))
    }

    @Test("Decodes output lines: successes typed, failures kept, blank lines skipped")
    func decodeOutput() throws {
        let text = """
        {"id": "batch_req_1", "custom_id": "a", "response": {"status_code": 200, "request_id": "req_1", "body": {"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": [0.5, 1.0]}], "model": "m", "usage": {"prompt_tokens": 1, "total_tokens": 1}}}, "error": null}

        {"id": "batch_req_2", "custom_id": "b", "response": {"status_code": 400, "request_id": "req_2", "body": {"error": {"message": "bad input"}}}, "error": null}\r
        {"id": "batch_req_3", "custom_id": "c", "response": null, "error": {"code": "batch_expired", "message": "expired"}}
        """
        let lines = try BatchJSONL.decode(Array(text.utf8), as: CreateEmbeddingResponse.self)
        #expect(lines.map(\.customID) == ["a", "b", "c"])
        #expect(lines[0].output?.data.first?.embedding.count == 2)
        #expect(lines[0].response?.requestID == "req_1")
        #expect(lines[1].output == nil)
        #expect(lines[1].response?.statusCode == 400)
        #expect(lines[1].response?.errorBody?["error"]?["message"] == "bad input")
        #expect(lines[2].error?.code == "batch_expired")
    }

    @Test("Names the line that does not decode")
    func decodeFailure() {
        let text = "{\"custom_id\": \"a\", \"response\": null}\nnot json\n"
        let error = #expect(throws: OpenAIError.self) { try BatchJSONL.decode(Array(text.utf8), as: CreateEmbeddingResponse.self) }
        #expect(error?.kind == .decoding)
        #expect(error?.message.hasPrefix("batch output line 2") == true)
    }
}
