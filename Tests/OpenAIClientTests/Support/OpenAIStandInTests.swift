import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct OpenAIStandInTests {
    @Test("Embeds deterministically, in base64 or floats, honouring dimensions", arguments: [nil, EmbeddingEncodingFormat.float])
    func embeddings(format: EmbeddingEncodingFormat?) async throws {
        try await TestHTTPServer.withServer(handler: OpenAIStandIn.handler(dimensions: 16)) { server in
            let client = OpenAI.testing(server)
            let texts = ["the cat sat", "the cat sat", "quantum chromodynamics"]
            let response = try await client.embeddings.create(
                CreateEmbeddingRequest(input: .strings(texts), model: "m", dimensions: 24, encodingFormat: format)
            )
            let vectors = response.vectors
            #expect(vectors.count == 3)
            #expect(vectors.allSatisfy { $0.count == 24 })
            #expect(vectors[0] == vectors[1])
            #expect(vectors[0] != vectors[2])
            #expect(vectors[0] == OpenAIStandIn.embedding(of: "the cat sat", dimensions: 24))
            let norm = vectors[2].reduce(0) { $0 + $1 * $1 }
            #expect(abs(norm - 1) < 1e-5)
        }
    }

    @Test("Answers chat completions whole and streamed")
    func chat() async throws {
        try await TestHTTPServer.withServer(handler: OpenAIStandIn.handler(answer: "Paris is the capital [1].")) { server in
            let client = OpenAI.testing(server)
            let request = CreateChatCompletionRequest(model: "m", messages: [.user("capital?")])
            let whole = try await client.chat.completions.create(request)
            #expect(whole.choices.first?.message.content == "Paris is the capital [1].")
            var accumulator = ChatCompletionAccumulator()
            for try await chunk in try await client.chat.completions.stream(request) { accumulator.add(chunk) }
            #expect(accumulator.completion.choices.first?.message.content == "Paris is the capital [1].")
            #expect(accumulator.completion.choices.first?.finishReason == .stop)
            let models = try await client.models.list()
            #expect(models.data.count == 2)
        }
    }

    @Test("Rejects what it does not serve with an API error")
    func unknownPath() async throws {
        try await TestHTTPServer.withServer(handler: OpenAIStandIn.handler()) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).models.retrieve("x") }
            #expect(error?.status == 404)
            let tokens = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).embeddings.create(CreateEmbeddingRequest(input: .tokens([1]), model: "m"))
            }
            #expect(tokens?.status == 400)
            #expect(tokens?.param == "input")
        }
    }
}
