import Foundation
import OpenAIClient
import TestSupport
import Testing

private let embeddingInputForms: [(CreateEmbeddingRequest.Input, JSONValue)] = [
    (.string("one"), "one"),
    (.strings(["a", "b"]), ["a", "b"]),
    (.tokens([1212, 318]), [1212, 318]),
    (.tokenLists([[1, 2], [3]]), [[1, 2], [3]]),
]

@Suite struct EmbeddingsTests {
    @Test("Requests base64 by default and decodes the vectors to floats")
    func base64ByDefault() async throws {
        let vectors: [[Float]] = [[0.25, -1.5, 3.0e-7], [1, 0, -0.125]]
        let body = """
        {"object": "list", "model": "text-embedding-3-small", "usage": {"prompt_tokens": 5, "total_tokens": 5},
         "data": [{"object": "embedding", "index": 1, "embedding": "\(base64Floats(vectors[1]))"},
                  {"object": "embedding", "index": 0, "embedding": "\(base64Floats(vectors[0]))"}]}
        """
        try await TestHTTPServer.withServer(responses: [.json(body)]) { server in
            let client = OpenAI.testing(server)
            let response = try await client.embeddings.create(
                CreateEmbeddingRequest(input: .strings(["a", "b"]), model: "text-embedding-3-small", dimensions: 3)
            )
            #expect(response.vectors == vectors)
            #expect(response.model == "text-embedding-3-small")
            #expect(response.usage?.promptTokens == 5)

            let request = try #require(await server.requests.first)
            #expect(request.method == "POST")
            #expect(request.path == "/v1/embeddings")
            #expect(request.header("Content-Type") == "application/json")
            #expect(request.header("Authorization") == "Bearer sk-test")
            #expect(request.json == [
                "input": ["a", "b"], "model": "text-embedding-3-small", "dimensions": 3, "encoding_format": "base64",
            ])
        }
    }

    @Test("Sends every input form", arguments: embeddingInputForms)
    func inputForms(input: CreateEmbeddingRequest.Input, expected: JSONValue) async throws {
        let body = #"{"object": "list", "model": "m", "data": [{"object": "embedding", "index": 0, "embedding": [0.5]}]}"#
        try await TestHTTPServer.withServer(responses: [.json(body)]) { server in
            let request = CreateEmbeddingRequest(input: input, model: "m", encodingFormat: .float)
            let response = try await OpenAI.testing(server).embeddings.create(request)
            #expect(response.data.map(\.embedding) == [[0.5]])
            let sent = try #require(await server.requests.first?.json)
            #expect(sent["input"] == expected)
            #expect(sent["encoding_format"] == "float")
            #expect(sent["dimensions"] == nil)
        }
    }

    @Test("Decodes a compatible server's sparse response (no usage, object, model or index)")
    func sparseResponse() async throws {
        let body = #"{"data": [{"embedding": [1, 2]}, {"embedding": [3, 4]}], "extra_field": {"ignored": true}}"#
        try await TestHTTPServer.withServer(responses: [.json(body)]) { server in
            let response = try await OpenAI.testing(server, apiKey: nil).embeddings.create(
                CreateEmbeddingRequest(input: .strings(["x", "y"]), model: "nomic-embed-text")
            )
            #expect(response.data.map(\.index) == [0, 1])
            #expect(response.data.map(\.embedding) == [[1, 2], [3, 4]])
            #expect(response.usage == nil)
            #expect(await server.requests.first?.header("Authorization") == nil)
        }
    }

    @Test("Fails with a decoding error carrying the raw body on corrupt base64")
    func corruptBase64() async throws {
        let body = #"{"data": [{"index": 0, "embedding": "not base64!"}]}"#
        try await TestHTTPServer.withServer(responses: [.json(body, headers: ["x-request-id": "req_bad"])]) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).embeddings.create(CreateEmbeddingRequest(input: .string("x"), model: "m"))
            }
            #expect(error?.kind == .decoding)
            #expect(error?.rawBody == body)
            #expect(error?.requestID == "req_bad")
            #expect(error?.message.contains("data.0.embedding") == true)
        }
    }

    @Test("Decodes base64 float32 directly", arguments: [[Float](), [1], [0.1, -0.2, .greatestFiniteMagnitude]])
    func base64Decoding(values: [Float]) {
        #expect(Embedding.floats(base64: base64Floats(values)) == values)
    }

    @Test("Rejects base64 whose length is not a multiple of four bytes")
    func base64BadLength() {
        #expect(Embedding.floats(base64: Data([1, 2, 3]).base64EncodedString()) == nil)
    }
}
