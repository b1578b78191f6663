import Foundation
import OpenAIClient
import RAGKit
import Testing
import TestSupport

/// Answers through the Responses API with `file_search` over the mirrored store, against the stand-in.
@Suite struct RAGResponsesAskTests {
    /// What one answer streamed.
    struct Streamed {
        var started: [Citation]?
        var mode: AnswerMode?
        var pieces: [String] = []
        var answer: Answer?
    }

    static func collect(_ events: AsyncThrowingStream<AnswerEvent, any Error>) async throws -> Streamed {
        var streamed = Streamed()
        for try await event in events {
            switch event {
            case .started(let mode, let sources):
                streamed.mode = mode
                streamed.started = sources
            case .text(let piece): streamed.pieces.append(piece)
            case .finished(let answer): streamed.answer = answer
            }
        }
        return streamed
    }

    /// An indexed and mirrored folder, and the client of the stand-in serving its store.
    static func withMirroredIndex(
        _ files: [String: String],
        _ body: (RAG, OpenAI, VectorStoreStandIn, TestHTTPServer, String) async throws -> Void
    ) async throws {
        let fixture = try IndexFixture(files: files)
        let embedder = LocalEmbedder()
        let rag = try RAG.create(at: fixture.indexURL, root: fixture.folder.url,
                                 settings: IndexSettings(embedder: embedder, chunker: .markdown, chunkSize: 100, chunkOverlap: 0),
                                 embedder: embedder)
        try await IndexFixture.run(rag)
        let remote = VectorStoreStandIn(processingSteps: 0, searchReturnsParagraphs: true)
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let sleeps = RecordedSleeps()
            let client = OpenAI.mirrorTesting(server, sleeps: sleeps)
            let summary = try await rag.mirror(client: client, options: MirrorOptions(sleep: { await sleeps.record($0) }))
            try await body(rag, client, remote, server, try #require(summary.vectorStoreID))
        }
    }

    static func responsesBody(_ server: TestHTTPServer) async throws -> [String: Any] {
        let request = try #require(await server.requests.last { $0.path.hasSuffix("/responses") })
        return try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
    }

    @Test("Sends one streamed file_search request over the mirrored store and maps its file citations to local paths and [n]")
    func answersWithFileCitations() async throws {
        try await Self.withMirroredIndex([
            "rotation.md": "# Rotation\n\n## Schedule\n\nLog rotation happens every night at midnight.\n",
            "install.md": "# Install\n\nInstall the agent with the package manager.\n",
        ]) { rag, client, _, server, storeID in
            let answerer = ResponsesAnswerer(client: client, model: "gpt-test")
            let streamed = try await Self.collect(rag.ask("When does log rotation happen, and how do I install the agent?", through: answerer,
                                                          options: AskOptions(search: SearchOptions(k: 3))))
            let body = try await Self.responsesBody(server)
            #expect(body["model"] as? String == "gpt-test")
            #expect(body["stream"] as? Bool == true)
            #expect(body["include"] as? [String] == ["file_search_call.results"])
            #expect((body["instructions"] as? String)?.contains("only") == true)
            let tools = try #require(body["tools"] as? [[String: Any]])
            #expect(tools.count == 1)
            #expect(tools.first?["type"] as? String == "file_search")
            #expect(tools.first?["vector_store_ids"] as? [String] == [storeID])
            #expect(tools.first?["max_num_results"] as? Int == 3)
            #expect(tools.first?["filters"] == nil)
            #expect(await server.requests.filter { $0.path.hasSuffix("/search") }.isEmpty)

            #expect(streamed.mode == .responses)
            #expect(streamed.started?.isEmpty == true)
            let answer = try #require(streamed.answer)
            #expect(answer.mode == .responses)
            #expect(answer.text == "Install the agent with the package manager. [1] Log rotation happens every night at midnight. [2]")
            #expect(streamed.pieces.joined() == answer.text)
            #expect(answer.citations.map(\.number) == [1, 2])
            #expect(answer.citations.map(\.path) == ["install.md", "rotation.md"])
            #expect(answer.citations.map(\.headingPath) == [["Install"], ["Rotation", "Schedule"]])
            #expect(answer.citations.last?.text == "Log rotation happens every night at midnight.")
            #expect(answer.unknownCitations.isEmpty)

            // The same through the passage-source entry point a front end uses.
            let viaSource = try await Self.collect(rag.ask("When does log rotation happen, and how do I install the agent?",
                                                           using: answerer, options: AskOptions(search: SearchOptions(k: 3)), from: .vectorStore(client)))
            #expect(viaSource.answer == answer)
        }
    }

    @Test("Citations of files the index does not know get no marker and are reported; metadata becomes the tool's filters")
    func unknownFile() async throws {
        try await Self.withMirroredIndex([
            "rotation.md": "---\ntitle: Rotation\n---\n# Rotation\n\nLog rotation happens every night at midnight.\n",
            "install.md": "---\ntitle: Install\n---\n# Install\n\nInstall the agent, then rotate nothing.\n",
        ]) { rag, client, remote, server, _ in
            await remote.citeUnknownFile("file-elsewhere")
            let options = AskOptions(search: SearchOptions(k: 2, metadata: ["title": "Rotation"]))
            let streamed = try await Self.collect(rag.ask("When does log rotation happen?", through: ResponsesAnswerer(client: client), options: options))
            let tool = try #require((try await Self.responsesBody(server))["tools"] as? [[String: Any]]).first
            let filters = try #require(tool?["filters"] as? [String: Any])
            #expect(filters["type"] as? String == "eq" && filters["key"] as? String == "title" && filters["value"] as? String == "Rotation")
            let answer = try #require(streamed.answer)
            #expect(answer.text == "Log rotation happens every night at midnight. [1]")
            #expect(streamed.pieces.joined() == answer.text)
            #expect(answer.citations.map(\.path) == ["rotation.md"])
            #expect(answer.unknownCitations == [2])
        }
    }

    @Test("Without a mirror, from the local index, or with the store gone, says what to do")
    func errors() async throws {
        let fixture = try IndexFixture(files: ["a.md": "alpha"])
        let rag = try fixture.create(LocalEmbedder())
        try await IndexFixture.run(rag)
        try await TestHTTPServer.withServer { server in
            let answerer = ResponsesAnswerer(client: .mirrorTesting(server))
            let unmirrored = await #expect(throws: RAGError.self) { _ = try await Self.collect(rag.ask("alpha?", through: answerer)) }
            #expect(unmirrored?.kind == .invalidArgument)
            #expect(unmirrored?.message.contains("mirror it first") == true)
            let local = await #expect(throws: RAGError.self) { _ = try await Self.collect(rag.ask("alpha?", using: answerer, from: .local)) }
            #expect(local?.kind == .invalidArgument)
            #expect(local?.message.contains("vector store") == true)
            #expect(local?.remedy == .askThroughVectorStore)
            #expect(await server.requests.isEmpty)
        }
        try await Self.withMirroredIndex(["a.md": "# A\n\nalpha beta\n"]) { rag, client, remote, _, storeID in
            await remote.deleteStoreBehindTheScenes(storeID)
            let gone = await #expect(throws: RAGError.self) { _ = try await Self.collect(rag.ask("alpha?", through: ResponsesAnswerer(client: client))) }
            #expect(gone?.kind == .vectorStoreNotFound)
            #expect(gone?.message.contains("mirror the index again") == true)
        }
    }

    @Test("The resolver gives the responses answerer when asked for, with a provider")
    func resolver() throws {
        let answerer = try ProviderResolver.answerer(for: ProviderRequest(answerer: .responses, chatModel: "gpt-test", environment: ["OPENAI_API_KEY": "sk-x"]))
        #expect(answerer.mode == .responses)
        #expect((answerer as? ResponsesAnswerer)?.model == "gpt-test")
        #expect(throws: RAGError.self) { _ = try ProviderResolver.answerer(for: ProviderRequest(answerer: .responses, environment: [:])) }
        #expect(AnswererKind.allKnown.contains(.responses))
    }
}
