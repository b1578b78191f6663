import Chunkers
import Foundation
import OpenAIClient
import Testing
import TestSupport
@testable import RAGKit

/// OpenAIEmbedder and ChatAnswerer against the loopback OpenAI stand-in.
@Suite struct OpenAIProviderTests {
    private static let vectors = LocalEmbedder(dimensions: 32)

    /// Answers `POST /embeddings` with LocalEmbedder vectors as JSON floats, as compatible servers do.
    static let embeddingsHandler: TestHTTPServer.Handler = { request in
        struct Body: Decodable { var input: [String]; var model: String }
        guard request.path.hasSuffix("/embeddings"), let body = try? request.decodeJSON(Body.self) else {
            return .error(status: 400, message: "unexpected request \(request.path)")
        }
        let data = body.input.enumerated().map { index, text in
            let floats = vectors.vector(for: text).map { String($0) }.joined(separator: ",")
            return #"{"object":"embedding","index":\#(index),"embedding":[\#(floats)]}"#
        }
        return .json(#"{"object":"list","model":"\#(body.model)","data":[\#(data.joined(separator: ","))],"usage":{"prompt_tokens":1,"total_tokens":1}}"#)
    }

    static func client(_ server: TestHTTPServer, maxRetries: Int = 0) -> OpenAI {
        OpenAI(configuration: OpenAIConfiguration(apiKey: "sk-test", baseURL: server.baseURL, maxRetries: maxRetries))
    }

    @Test("Indexing with OpenAIEmbedder sends batches within the input and token limits")
    func batches() async throws {
        try await TestHTTPServer.withServer(handler: Self.embeddingsHandler) { server in
            let limits = EmbeddingLimits(maxInputsPerRequest: 5, maxTokensPerRequest: 120, maxTokensPerInput: 8192)
            let embedder = OpenAIEmbedder(client: Self.client(server), model: "text-embedding-3-small", dimensions: 32, limits: limits)
            let fixture = try IndexFixture(files: IndexFixture.animalFiles())
            let rag = try fixture.create(embedder)
            let summary = try await IndexFixture.index(rag, options: IndexingOptions(maxConcurrentRequests: 3)).summary

            let requests = await server.requests
            struct Body: Decodable { var input: [String]; var model: String; var dimensions: Int? }
            let bodies = try requests.map { try $0.decodeJSON(Body.self) }
            let tokenizer = try BPETokenizer.load(.cl100kBase)
            #expect(bodies.count == summary.embeddingCalls)
            #expect(bodies.flatMap(\.input).count == 12)
            for body in bodies {
                #expect(body.input.count <= 5)
                #expect(body.input.map(tokenizer.count).reduce(0, +) <= 120)
                #expect(body.model == "text-embedding-3-small")
                #expect(body.dimensions == 32)
            }
            #expect(requests.allSatisfy { $0.header("authorization") == "Bearer sk-test" })

            let hits = try await rag.search("where does the lemur live", options: SearchOptions(k: 1, mode: .vector))
            #expect(hits.first?.path == "zoo/11-lemur.md")
        }
    }

    @Test("A server that declares a smaller window gets every chunk within it, however large the chunk size")
    func declaredWindow() async throws {
        try await TestHTTPServer.withServer(handler: Self.embeddingsHandler) { server in
            let request = ProviderRequest(embedder: .openai, embeddingModel: "nomic-embed-text", embeddingWindow: 40,
                                          baseURL: server.baseURL.absoluteString, environment: [:])
            let embedder = try await ProviderResolver.embedder(for: request)
            #expect(embedder.inputWindow?.tokens == 40)
            #expect(embedder.preferredChunkSize == max(IndexSettings.chunkSizes.lowerBound, 30))
            let sentence = "The keepers weigh every animal on Mondays and note the figures in the ledger. "
            let fixture = try IndexFixture(files: ["long.md": String(repeating: sentence, count: 40)])
            try await IndexFixture.index(try fixture.create(embedder, chunkSize: 400, overlap: 0))
            struct Body: Decodable { var input: [String] }
            let inputs = try await server.requests.dropFirst().flatMap { try $0.decodeJSON(Body.self).input }
            let tokenizer = try BPETokenizer.load(.cl100kBase)
            #expect(inputs.count > 1)
            #expect(inputs.allSatisfy { tokenizer.count($0) <= 40 }, "\(inputs.map(tokenizer.count))")
        }
    }

    @Test("A declared window under 16 tokens is refused")
    func tinyWindow() async throws {
        let error = #expect(throws: RAGError.self) { _ = try ProviderResolver.declaredWindow(8, encoding: nil) }
        #expect(error?.kind == .invalidArgument)
    }

    @Test("Unknown dimensions are learnt from one probe request")
    func probe() async throws {
        try await TestHTTPServer.withServer(handler: Self.embeddingsHandler) { server in
            let embedder = OpenAIEmbedder(client: Self.client(server), model: "nomic-embed-text")
            #expect(embedder.dimensions == 0)
            let resolved = try await embedder.resolvingDimensions()
            #expect(resolved.dimensions == 32)
            #expect(await server.requests.count == 1)
        }
    }

    @Test("A streamed chat answer arrives in pieces and cites its sources")
    func streamedAnswer() async throws {
        let pieces = ["Keepers feed", " the kinkajou", " every morning [1]", "."]
        let payloads = pieces.map { piece in
            let content = String(decoding: try! JSONEncoder().encode(piece), as: UTF8.self)
            return #"{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":\#(content)},"finish_reason":null}]}"#
        }
        try await TestHTTPServer.withServer(responses: [.sse(payloads, pieceSize: 7)]) { server in
            let fixture = try IndexFixture(files: IndexFixture.animalFiles())
            let rag = try fixture.create(LocalEmbedder())
            try await IndexFixture.index(rag)
            var received: [String] = []
            var answer: Answer?
            for try await event in rag.ask("When is the kinkajou fed?", using: ChatAnswerer(client: Self.client(server))) {
                switch event {
                case .text(let piece): received.append(piece)
                case .finished(let finished): answer = finished
                case .started(let mode, let sources):
                    #expect(mode == .chat)
                    #expect(sources.first?.path == "zoo/10-kinkajou.md")
                }
            }
            #expect(received == pieces)
            #expect(answer?.text == pieces.joined())
            #expect(answer?.citations.map(\.path) == ["zoo/10-kinkajou.md"])

            struct Body: Decodable {
                struct Message: Decodable { var role: String; var content: String }
                var model: String; var messages: [Message]; var stream: Bool?
            }
            let body = try #require(try await server.requests.first?.decodeJSON(Body.self))
            #expect(body.model == "gpt-4o-mini" && body.stream == true)
            #expect(body.messages.first?.content.contains("cite") == true || body.messages.first?.content.contains("Cite") == true)
            #expect(body.messages.last?.content.contains("[1] zoo/10-kinkajou.md") == true)
            #expect(body.messages.last?.content.hasSuffix("Question: When is the kinkajou fed?") == true)
        }
    }

    static let failures: [(ScriptedResponse, RAGError.Kind)] = [
        (.error(status: 401, message: "Incorrect API key provided", type: "invalid_request_error", code: "invalid_api_key"), .apiKeyRejected),
        (.error(status: 429, message: "You exceeded your current quota", type: "insufficient_quota", code: "insufficient_quota"), .quotaExhausted),
        (.error(status: 404, message: "The model `nope` does not exist", type: "invalid_request_error", code: "model_not_found"), .unknownModel),
        (.error(status: 500, message: "boom", type: "server_error"), .provider),
    ]

    @Test("Embedding failures map to errors that say what to do", arguments: failures)
    func embeddingErrors(response: ScriptedResponse, kind: RAGError.Kind) async throws {
        try await TestHTTPServer.withServer(responses: [response]) { server in
            let embedder = OpenAIEmbedder(client: Self.client(server), model: "nope")
            let error = await #expect(throws: RAGError.self) { try await embedder.embed(["hello"]) }
            #expect(error?.kind == kind)
            #expect(error?.message.contains("sk-test") == false)
            if kind == .unknownModel { #expect(error?.message.contains("'nope'") == true && error?.remedy == .chooseEmbeddingModel) }
            if kind == .apiKeyRejected { #expect(error?.message.contains("OPENAI_API_KEY") == true) }
        }
    }

    @Test("Chat failures map to errors that say what to do", arguments: failures)
    func chatErrors(response: ScriptedResponse, kind: RAGError.Kind) async throws {
        try await TestHTTPServer.withServer(responses: [response]) { server in
            let answerer = ChatAnswerer(client: Self.client(server), model: "nope")
            let source = Citation(number: 1, path: "a.md", headingPath: [], page: nil, text: "text")
            let error = await #expect(throws: RAGError.self) {
                for try await _ in answerer.generate(question: "q", sources: [source]) {}
            }
            #expect(error?.kind == kind)
            if kind == .unknownModel { #expect(error?.remedy == .chooseChatModel) }
        }
    }

    @Test("A server that is down is reported as unreachable, naming the URL")
    func serverDown() async throws {
        // Port 1 on loopback: nothing listens there (a port freed by a test server could be taken by another test's).
        let closedPort = 1
        let baseURL = try #require(URL(string: "http://127.0.0.1:\(closedPort)/v1"))
        let client = OpenAI(configuration: OpenAIConfiguration(apiKey: "sk-test", baseURL: baseURL, maxRetries: 0))
        let error = await #expect(throws: RAGError.self) { try await OpenAIEmbedder(client: client).embed(["hello"]) }
        #expect(error?.kind == .serverUnreachable)
        #expect(error?.message.contains("127.0.0.1:\(closedPort)") == true)
        #expect(error?.remedy == .checkServer)
        #expect(error?.message.contains("--") == false, "the library names no CLI flag")
    }
}

@Suite struct ProviderResolverTests {
    @Test("With no key and no base URL everything is offline")
    func offline() async throws {
        let request = ProviderRequest(environment: [:])
        #expect(try await ProviderResolver.embedder(for: request) is LocalEmbedder)
        #expect(try ProviderResolver.answerer(for: request) is ExtractiveAnswerer)
    }

    @Test("A key selects OpenAI for both, with the default models")
    func remote() async throws {
        let request = ProviderRequest(environment: ["OPENAI_API_KEY": "sk-test"])
        let embedder = try #require(try await ProviderResolver.embedder(for: request) as? OpenAIEmbedder)
        #expect(embedder.model == "text-embedding-3-small" && embedder.dimensions == 1536)
        let answerer = try #require(try ProviderResolver.answerer(for: request) as? ChatAnswerer)
        #expect(answerer.model == "gpt-4o-mini")
    }

    @Test("An explicit remote choice without a key or base URL is refused", arguments: [
        ProviderRequest(embedder: .openai, environment: [:]), ProviderRequest(answerer: .chat, environment: [:]),
    ])
    func missingKey(request: ProviderRequest) async throws {
        let error = await #expect(throws: RAGError.self) {
            _ = try await ProviderResolver.embedder(for: request)
            _ = try ProviderResolver.answerer(for: request)
        }
        #expect(error?.kind == .missingAPIKey)
        #expect(error?.message.contains("OPENAI_API_KEY") == true)
    }

    @Test("An existing local index keeps the local embedder even with a key")
    func existingIndex() async throws {
        let settings = IndexSettings(embedder: LocalEmbedder(dimensions: 128))
        let request = ProviderRequest(environment: ["OPENAI_API_KEY": "sk-test"])
        let embedder = try await ProviderResolver.embedder(for: request, index: settings)
        #expect(embedder.model == LocalEmbedder.modelName && embedder.dimensions == 128)
    }

    @Test("A base URL alone selects the compatible server")
    func baseURL() async throws {
        let request = ProviderRequest(embeddingModel: "text-embedding-3-large", baseURL: "http://127.0.0.1:9/v1", environment: [:])
        let embedder = try #require(try await ProviderResolver.embedder(for: request) as? OpenAIEmbedder)
        #expect(embedder.client.configuration.baseURL.absoluteString == "http://127.0.0.1:9/v1")
        #expect(embedder.dimensions == 3072)
        let bad = ProviderRequest(embedder: .openai, baseURL: "ftp://x", environment: [:])
        let error = await #expect(throws: RAGError.self) { try await ProviderResolver.embedder(for: bad) }
        #expect(error?.kind == .invalidArgument)
    }
}
