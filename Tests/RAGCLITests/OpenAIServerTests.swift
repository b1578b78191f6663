import Foundation
import Testing
import TestSupport

/// `rag` against the loopback OpenAI stand-in: embeddings, a streamed chat answer, and the provider errors.
@Suite("Against an OpenAI-compatible server")
struct OpenAIServerTests {
    let folder: TemporaryFolder
    let index: String

    init() throws {
        (folder, _, index) = try Corpus.exampleWorkspace()
    }

    private func rag(_ server: TestHTTPServer) -> Rag {
        Rag(workingDirectory: folder.url, environment: ["OPENAI_BASE_URL": server.baseURL.absoluteString, "OPENAI_API_KEY": "sk-test-key"])
    }

    @Test("Indexes through the embeddings endpoint, in batches, and stores the model and its dimensions")
    func indexesWithEmbeddings() async throws {
        try await TestHTTPServer.withServer(handler: FakeOpenAI.handle) { server in
            let rag = rag(server)
            let summary = try await rag.succeed("index", "docs", "--index", index, "--json").json(IndexJSON.self)
            let requests = await server.requests
            #expect(!requests.isEmpty)
            #expect(requests.allSatisfy { $0.method == "POST" && $0.path == "/v1/embeddings" })
            #expect(requests.allSatisfy { $0.header("Authorization") == "Bearer sk-test-key" })
            let inputs = try requests.map { try FakeOpenAI.embeddingInputs(of: $0) }
            #expect(inputs.allSatisfy { $0.count <= 2048 })
            #expect(try requests.allSatisfy { try $0.decodeJSON(FakeOpenAI.EmbeddingRequest.self).model == "text-embedding-3-small" })
            // Every chunk text reached the server (one request may be a dimension probe).
            #expect(Set(inputs.joined()).count >= summary.chunks / 2)
            #expect(summary.embeddingCalls >= 1 && summary.embeddingCalls <= requests.count)

            let status = try await rag.succeed("status", "--index", index, "--json").json(StatusJSON.self)
            #expect(status.model == "text-embedding-3-small")
            #expect(status.dimensions == 1536)
            #expect(status.chunks == summary.chunks)

            let before = await server.requests.count
            let again = try await rag.succeed("index", "docs", "--index", index, "--json").json(IndexJSON.self)
            #expect(again.embeddingCalls == 0)
            let afterSecondRun = await server.requests.count
            #expect(afterSecondRun - before <= 1, "an unchanged run embedded again")

            let search = try await rag.succeed("search", "logrotate SIGUSR1", "--index", index, "--mode", "vector", "--json").json(SearchJSON.self)
            #expect(search.results.count == 5)
            let last = try #require(await server.requests.last)
            #expect(try FakeOpenAI.embeddingInputs(of: last) == ["logrotate SIGUSR1"])
        }
    }

    @Test("A model of unknown size (an OpenAI-compatible server's) gets its dimensions from a first embedding")
    func probesDimensions() async throws {
        try await TestHTTPServer.withServer(handler: FakeOpenAI.handle) { server in
            let rag = rag(server)
            try await rag.succeed("index", "docs", "--index", index, "--embedding-model", "nomic-embed-text", "--quiet")
            let status = try await rag.succeed("status", "--index", index, "--json").json(StatusJSON.self)
            #expect(status.model == "nomic-embed-text")
            #expect(status.dimensions == FakeOpenAI.dimensions(for: "nomic-embed-text"))
            let requests = await server.requests
            #expect(try requests.allSatisfy { try $0.decodeJSON(FakeOpenAI.EmbeddingRequest.self).model == "nomic-embed-text" })
            let search = try await rag.succeed("search", "restore a snapshot", "--index", index, "--json").json(SearchJSON.self)
            #expect(search.results.contains { $0.path == "guides/backups.md" })
        }
    }

    @Test("ask streams the chat model's answer and lists the sources it cites")
    func streamsChatAnswer() async throws {
        try await TestHTTPServer.withServer(handler: FakeOpenAI.handle) { server in
            let rag = rag(server)
            try await rag.succeed("index", "docs", "--index", index, "--quiet")
            let answer = try await rag.succeed("ask", "How do I rotate the logs?", "--index", index, "--json").json(AskJSON.self)
            #expect(answer.mode == "chat")
            #expect(answer.answer == FakeOpenAI.chatAnswer)
            #expect(answer.citations.map(\.n) == [1])

            let chat = try #require(await server.requests.last { $0.path == "/v1/chat/completions" })
            let body = try chat.decodeJSON(FakeOpenAI.ChatRequest.self)
            #expect(body.model == "gpt-4o-mini")
            #expect(body.stream == true)
            let prompt = body.messages.map(\.content).joined(separator: "\n")
            #expect(prompt.contains("How do I rotate the logs?"))
            #expect(prompt.contains("[1]"))
            #expect(prompt.contains(answer.citations[0].text.prefix(40)))

            let text = try await rag.succeed("ask", "How do I rotate the logs?", "--index", index, "--chat-model", "gpt-4.1-mini")
            #expect(text.stdout.hasPrefix(FakeOpenAI.chatAnswer))
            #expect(text.stdout.contains("Sources:\n  [1] \(answer.citations[0].path)"))
            #expect(text.stdout.contains("chat answer"))
            let second = try #require(await server.requests.last { $0.path == "/v1/chat/completions" })
            #expect(try second.decodeJSON(FakeOpenAI.ChatRequest.self).model == "gpt-4.1-mini")
        }
    }

    @Test("A rejected key (401): exit 5, one line about OPENAI_API_KEY")
    func keyRejected() async throws {
        let response = ScriptedResponse.error(status: 401, message: "Incorrect API key provided: sk-test***.", type: "invalid_request_error", code: "invalid_api_key")
        try await TestHTTPServer.withServer(handler: { _ in response }) { server in
            let result = try await rag(server).run("index", "docs", "--index", index)
            expectOneLineError(result, status: RagExit.authentication, mentioning: "OPENAI_API_KEY")
            #expect(!result.stderr.contains("sk-test-key"))
        }
    }

    @Test("An exhausted quota (429 insufficient_quota): exit 6, not retried")
    func quotaExhausted() async throws {
        let response = ScriptedResponse.error(status: 429, message: "You exceeded your current quota, please check your plan and billing details.",
                                              type: "insufficient_quota", code: "insufficient_quota")
        try await TestHTTPServer.withServer(handler: { _ in response }) { server in
            let result = try await rag(server).run("index", "docs", "--index", index)
            expectOneLineError(result, status: RagExit.quotaExhausted, mentioning: "quota")
            #expect(await server.requests.count == 1)
        }
    }

    @Test("A model the server does not know (404 model_not_found): exit 8, naming it")
    func unknownModel() async throws {
        let response = ScriptedResponse.error(status: 404, message: "The model `text-embedding-9` does not exist or you do not have access to it.",
                                              type: "invalid_request_error", code: "model_not_found")
        try await TestHTTPServer.withServer(handler: { _ in response }) { server in
            let result = try await rag(server).run("index", "docs", "--index", index, "--embedding-model", "text-embedding-9")
            expectOneLineError(result, status: RagExit.unknownModel, mentioning: "text-embedding-9")
        }
    }

    @Test("An unknown chat model: exit 8 from rag ask")
    func unknownChatModel() async throws {
        try await TestHTTPServer.withServer(handler: { request in
            if request.path == "/v1/chat/completions" {
                return .error(status: 404, message: "The model `gpt-9` does not exist.", code: "model_not_found")
            }
            return await FakeOpenAI.handle(request)
        }) { server in
            let rag = rag(server)
            try await rag.succeed("index", "docs", "--index", index, "--quiet")
            let result = try await rag.run("ask", "How do I rotate the logs?", "--index", index, "--chat-model", "gpt-9")
            expectOneLineError(result, status: RagExit.unknownModel, mentioning: "gpt-9")
        }
    }
}

/// A deterministic stand-in for the embeddings and chat endpoints.
enum FakeOpenAI {
    /// The vector size the fake serves: OpenAI's native size for its models, a small one for any other
    /// (as an Ollama model would be), or the request's `dimensions`.
    static func dimensions(for model: String, requested: Int? = nil) -> Int {
        requested ?? ["text-embedding-3-small": 1536, "text-embedding-3-large": 3072, "text-embedding-ada-002": 1536][model] ?? 24
    }
    static let chatAnswer = "Rotate the file with logrotate and send SIGUSR1 so beacond reopens it [1]."

    struct EmbeddingRequest: Decodable {
        enum Input: Decodable {
            case one(String)
            case many([String])

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let many = try? container.decode([String].self) {
                    self = .many(many)
                } else {
                    self = .one(try container.decode(String.self))
                }
            }
        }

        var input: Input
        var model: String
        var encoding_format: String?
        var dimensions: Int?
    }

    struct ChatRequest: Decodable {
        struct Message: Decodable {
            var role: String
            var content: String
        }

        var model: String
        var messages: [Message]
        var stream: Bool?
    }

    static func embeddingInputs(of request: RecordedRequest) throws -> [String] {
        switch try request.decodeJSON(EmbeddingRequest.self).input {
        case .one(let text): [text]
        case .many(let texts): texts
        }
    }

    @Sendable
    static func handle(_ request: RecordedRequest) async -> ScriptedResponse {
        switch request.path {
        case "/v1/embeddings": embeddings(request)
        case "/v1/chat/completions": chat(request)
        default: .error(status: 404, message: "no route \(request.path)")
        }
    }

    private static func embeddings(_ request: RecordedRequest) -> ScriptedResponse {
        guard let body = try? request.decodeJSON(EmbeddingRequest.self), let inputs = try? embeddingInputs(of: request) else {
            return .error(status: 400, message: "bad embeddings request")
        }
        let base64 = body.encoding_format == "base64"
        let size = dimensions(for: body.model, requested: body.dimensions)
        let data = inputs.enumerated().map { index, text -> String in
            let vector = embed(text, dimensions: size)
            let encoded: String
            if base64 {
                var bytes: [UInt8] = []
                for value in vector { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
                encoded = "\"\(Data(bytes).base64EncodedString())\""
            } else {
                encoded = "[" + vector.map { String($0) }.joined(separator: ",") + "]"
            }
            return #"{"object":"embedding","index":\#(index),"embedding":\#(encoded)}"#
        }
        let tokens = inputs.reduce(0) { $0 + $1.split(separator: " ").count }
        return .json(#"{"object":"list","data":[\#(data.joined(separator: ","))],"model":"\#(body.model)","usage":{"prompt_tokens":\#(tokens),"total_tokens":\#(tokens)}}"#)
    }

    /// Words hashed (FNV-1a) into buckets, L2-normalised: similar texts get similar vectors.
    static func embed(_ text: String, dimensions: Int) -> [Float] {
        var vector = [Float](repeating: 0, count: dimensions)
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            vector[Int(hash % UInt64(dimensions))] += 1
        }
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? vector.map { $0 / norm } : vector.enumerated().map { $0.offset == 0 ? 1 : 0 }
    }

    private static func chat(_ request: RecordedRequest) -> ScriptedResponse {
        let model = (try? request.decodeJSON(ChatRequest.self).model) ?? "gpt-4o-mini"
        let words = chatAnswer.split(separator: " ", omittingEmptySubsequences: false)
        var payloads = [chunk(model: model, delta: #"{"role":"assistant","content":""}"#, finish: nil)]
        for (offset, word) in words.enumerated() {
            let piece = (offset == 0 ? "" : " ") + word
            let encoded = String(decoding: (try? JSONEncoder().encode(String(piece))) ?? Data(), as: UTF8.self)
            payloads.append(chunk(model: model, delta: #"{"content":\#(encoded)}"#, finish: nil))
        }
        payloads.append(chunk(model: model, delta: "{}", finish: #""stop""#))
        return .sse(payloads, pieceSize: 7)
    }

    private static func chunk(model: String, delta: String, finish: String?) -> String {
        #"{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"\#(model)","choices":[{"index":0,"delta":\#(delta),"finish_reason":\#(finish ?? "null")}]}"#
    }
}
