import Foundation
import Testing
import TestSupport

/// `rag mirror`, `rag search --remote`, `rag ask --remote` and the mirror block of `rag status`, against the
/// stateful vector store stand-in; the workflows run with the index in files and in PostgreSQL.
@Suite("rag mirror")
struct MirrorCommandTests {
    let folder: TemporaryFolder
    let choice: IndexChoice
    var index: String { choice.index }

    init() throws {
        let path: String
        (folder, _, path) = try Corpus.exampleWorkspace()
        choice = IndexChoice(path)
    }

    private func rag(_ server: TestHTTPServer) -> Rag {
        Rag(workingDirectory: folder.url, environment: ["OPENAI_BASE_URL": server.baseURL.absoluteString, "OPENAI_API_KEY": "sk-test-key"])
    }

    private func indexOffline() async throws {
        try await Rag(workingDirectory: folder.url).succeed("index", "docs", "--index", index, "--embedder", "local", "--quiet")
    }

    struct SummaryJSON: Decodable {
        var vectorStoreID: String?
        var createdStore: Bool
        var uploaded: [String]
        var replaced: [String]
        var removed: [String]
        var unchanged: [String]
        var failed: [Skip]
        struct Skip: Decodable { var relativePath: String; var reason: String }
    }

    struct MirrorStatusJSON: Decodable {
        var mirror: Mirror?
        struct Mirror: Decodable { var vectorStore: String; var inSync: Int; var pending: Int; var failed: Int; var lastSync: String? }
    }

    @Test("Mirrors the folder, then a second run uploads nothing; status shows the store; --dry-run changes nothing",
          arguments: IndexBackend.all)
    func mirrorsAndReruns(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try await indexOffline()
        let remote = VectorStoreStandIn(processingSteps: 0)
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let rag = rag(server)
            let first = try await rag.succeed("mirror", "--index", index, "--json").json(SummaryJSON.self)
            let paths = try Corpus.examplePaths()
            #expect(first.createdStore)
            #expect(first.uploaded == paths)
            let storeID = try #require(first.vectorStoreID)
            #expect(await remote.storeFiles(in: storeID).count == paths.count)

            let uploadsBefore = await server.requests.filter { $0.method == "POST" && $0.path == "/v1/files" }.count
            let second = try await rag.succeed("mirror", "--index", index, "--json").json(SummaryJSON.self)
            #expect(second.uploaded.isEmpty && second.replaced.isEmpty && second.removed.isEmpty)
            #expect(second.unchanged == paths)
            #expect(await server.requests.filter { $0.method == "POST" && $0.path == "/v1/files" }.count == uploadsBefore)

            let status = try await rag.succeed("status", "--index", index, "--json").json(MirrorStatusJSON.self)
            #expect(status.mirror?.vectorStore == storeID)
            #expect(status.mirror?.inSync == paths.count)
            let text = try await rag.succeed("status", "--index", index)
            #expect(text.stdout.contains("Mirror:") && text.stdout.contains(storeID))

            try folder.write("docs/new-page.md", "# New page\n\nFresh text.\n")
            try await Rag(workingDirectory: folder.url).succeed("index", "docs", "--index", index, "--quiet")
            let requestsBefore = await server.requests.count
            let dry = try await rag.succeed("mirror", "--index", index, "--dry-run")
            #expect(dry.stdout.contains("To upload: 1") && dry.stdout.contains("new-page.md"))
            #expect(await server.requests.dropFirst(requestsBefore).allSatisfy { $0.method == "GET" })
        }
    }

    @Test("search --remote and ask --remote retrieve through the store, with the same output shape", arguments: IndexBackend.all)
    func remoteRetrieval(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try await indexOffline()
        let remote = VectorStoreStandIn(processingSteps: 0)
        try await TestHTTPServer.withServer(handler: remote.handler(fallback: OpenAIStandIn.handler(answer: "Rotate them with logrotate [1]."))) { server in
            let rag = rag(server)
            try await rag.succeed("mirror", "--index", index)
            let search = try await rag.succeed("search", "--remote", "log rotation", "--index", index, "--json")
            #expect(search.stdout.contains("\"results\""))
            #expect(await server.requests.contains { $0.path.hasSuffix("/search") })
            let ask = try await rag.succeed("ask", "--remote", "How do I rotate the logs?", "--index", index, "--answerer", "chat")
            #expect(ask.stdout.contains("Rotate them with logrotate [1]."))
            #expect(ask.stdout.contains("Sources:"))
        }
    }

    struct AskJSON: Decodable {
        var answer: String
        var mode: String
        var citations: [Source]
        struct Source: Decodable { var n: Int; var path: String }
    }

    @Test("ask --remote --answerer responses answers through the Responses API with file_search, citing local paths",
          arguments: IndexBackend.all)
    func responsesAnswerer(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try await indexOffline()
        let remote = VectorStoreStandIn(processingSteps: 0, searchReturnsParagraphs: true)
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let rag = rag(server)
            let unmirrored = try await rag.run("ask", "--remote", "--answerer", "responses", "How do I rotate the logs?", "--index", index)
            #expect(unmirrored.status != 0)
            #expect(unmirrored.stderr.contains("mirror it first"))
            try await rag.succeed("mirror", "--index", index)
            let local = try await rag.run("ask", "--answerer", "responses", "How do I rotate the logs?", "--index", index)
            #expect(local.status != 0)
            #expect(local.stderr.contains("--remote"))
            #expect(await !server.requests.contains { $0.path.hasSuffix("/responses") })

            let json = try await rag.succeed("ask", "--remote", "--answerer", "responses", "How do I rotate the logs?", "--index", index, "--json")
            let answer = try JSONDecoder().decode(AskJSON.self, from: Data(json.stdout.utf8))
            #expect(answer.mode == "responses")
            #expect(answer.answer.contains("[1]"))
            #expect(answer.citations.first?.n == 1)
            let paths = try Corpus.examplePaths()
            #expect(!answer.citations.isEmpty && answer.citations.allSatisfy { paths.contains($0.path) })
            let request = try #require(await server.requests.last { $0.path.hasSuffix("/responses") })
            #expect(request.bodyText.contains(#""type":"file_search""#))
            #expect(request.bodyText.contains("file_search_call.results"))
            #expect(await !server.requests.contains { $0.path.hasSuffix("/search") })

            let text = try await rag.succeed("ask", "--remote", "--answerer", "responses", "How do I rotate the logs?", "--index", index)
            #expect(text.stdout.contains("[1]"))
            #expect(text.stdout.contains("Sources:"))
            #expect(text.stdout.contains("(responses answer"))
        }
    }

    @Test("Says what to do without an API key, for an unknown store, and when the quota is exhausted")
    func errors() async throws {
        try await indexOffline()
        let noKey = try await Rag(workingDirectory: folder.url).run("mirror", "--index", index)
        #expect(noKey.status == 5)
        #expect(noKey.stderr.contains("OPENAI_API_KEY"))

        let remote = VectorStoreStandIn()
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let unknown = try await rag(server).run("mirror", "--index", index, "--vector-store", "vs_nope")
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("vs_nope"))

            await remote.setQuotaExhausted(true)
            let quota = try await rag(server).run("mirror", "--index", index)
            #expect(quota.status == 6)
            #expect(quota.stderr.contains("quota"))
        }
    }

    @Test("A run killed midway is finished by the next one, without duplicate files", arguments: IndexBackend.all)
    func killedMidway(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try Corpus.writeNotes(count: 30, in: folder, under: "docs/notes")
        try await indexOffline()
        let remote = VectorStoreStandIn(processingSteps: 0)
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let rag = rag(server)
            let process = try rag.start(["mirror", "--index", index, "--concurrency", "1"])
            _ = await process.waitForStderrLine { $0.contains("uploaded") }
            process.kill()
            _ = await process.finish()

            let resumed = try await rag.succeed("mirror", "--index", index, "--json").json(SummaryJSON.self)
            let storeID = try #require(resumed.vectorStoreID)
            let attached = await remote.storeFiles(in: storeID)
            let expected = try Corpus.examplePaths().count + 30
            #expect(attached.count == expected)
            #expect(Set(attached.compactMap { $0.attributeStrings["path"] }).count == expected)
            #expect(Set(await remote.allFiles.map(\.id)) == Set(attached.map(\.id)), "no orphan uploads")
            #expect(await remote.allStores.count == 1)
        }
    }
}
