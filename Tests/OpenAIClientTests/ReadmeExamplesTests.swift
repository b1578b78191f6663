import Foundation
import OpenAIClient
import TestSupport
import Testing

/// The README's OpenAIClient examples, run against the stand-in so that they keep compiling and working.
@Suite struct ReadmeExamplesTests {
    @Test("The README examples run as written")
    func examples() async throws {
        try await TestHTTPServer.withServer(handler: OpenAIStandIn.handler(dimensions: 512, answer: "RAG retrieves, then generates.")) { server in
            let client = OpenAI(configuration: .fromEnvironment(["OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": server.baseURL.absoluteString]))

            let response = try await client.embeddings.create(
                CreateEmbeddingRequest(input: .strings(["first passage", "second passage"]), model: "text-embedding-3-small", dimensions: 512)
            )
            let vectors: [[Float]] = response.vectors
            #expect(vectors.count == 2 && vectors[0].count == 512)

            let answer = try await client.chat.completions.create(
                CreateChatCompletionRequest(model: "gpt-4o-mini", messages: [.system("Be brief."), .user("What is RAG?")])
            )
            #expect(answer.choices.first?.message.content == "RAG retrieves, then generates.")

            var request = CreateChatCompletionRequest(model: "gpt-4o-mini", messages: [.user("Weather in Paris?")],
                tools: [.function(name: "get_weather", parameters: ["type": "object", "properties": ["city": ["type": "string"]]])])
            request.streamOptions = StreamOptions(includeUsage: true)
            var accumulator = ChatCompletionAccumulator()
            var printed = ""
            for try await chunk in try await client.chat.completions.stream(request) {
                printed += chunk.choices.first?.delta.content ?? ""
                accumulator.add(chunk)
            }
            #expect(printed == "RAG retrieves, then generates.")
            #expect(accumulator.completion.choices.first?.message.toolCalls == nil)

            let text = try await client.completions.create(
                CreateCompletionRequest(model: "gpt-3.5-turbo-instruct", prompt: .string("Say hi"), maxTokens: 5)
            ).choices.first?.text
            #expect(text == "RAG retrieves, then generates.")

            let (page, metadata) = try await OpenAI.withResponseMetadata { try await client.models.list() }
            #expect(!page.data.isEmpty)
            #expect(metadata.count == 1 && metadata[0].status == 200)
        }
    }
}
