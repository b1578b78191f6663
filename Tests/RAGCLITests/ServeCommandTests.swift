import Foundation
import OpenAIClient
import Testing

/// `rag serve` end to end: the real binary on a free loopback port.
@Suite("rag serve")
struct ServeCommandTests {
    let folder: TemporaryFolder
    let rag: Rag
    let index: String

    init() throws {
        (folder, rag, index) = try Corpus.exampleWorkspace()
    }

    private func indexed() async throws {
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
    }

    @Test("Every route answers as the CLI does; SIGTERM stops the server with status 0")
    func routes() async throws {
        try await indexed()
        let server = try await ServeProcess.start(rag, ["--index", index])

        let health = try await server.request("GET", "healthz")
        #expect(health.status == 200)

        let search = try await server.request("POST", "v1/search", json: ["query": "install", "k": 3])
        #expect(search.status == 200, "\(search.text)")
        let cli = try await rag.succeed("search", "install", "-k", "3", "--index", index, "--json")
        #expect(try search.decode(SearchJSON.self) == cli.json(SearchJSON.self))

        let ask = try await server.request("POST", "v1/ask", json: ["question": "How do I install it?"])
        #expect(ask.status == 200)
        let askCLI = try await rag.succeed("ask", "How do I install it?", "--index", index, "--json")
        #expect(try ask.decode(AskJSON.self).answer == askCLI.json(AskJSON.self).answer)

        let stream = try await server.request("POST", "v1/ask", json: ["question": "How do I install it?", "stream": true])
        #expect(stream.contentType == "text/event-stream")
        #expect(stream.eventNames.last == "done")
        #expect(stream.eventNames.dropLast(2).allSatisfy { $0 == "text" } && stream.eventNames.dropLast().last == "citations")

        let status = try await server.request("GET", "v1/status")
        let statusCLI = try await rag.succeed("status", "--index", index, "--json")
        #expect(try status.decode(StatusJSON.self) == statusCLI.json(StatusJSON.self))

        let path = try #require(try search.decode(SearchJSON.self).results.first?.path)
        let document = try await server.request("GET", "v1/documents/" + path)
        #expect(document.status == 200)
        #expect(try document.json()["path"] as? String == path)
        #expect(try await server.request("GET", "v1/documents/..%2F..%2Fetc%2Fpasswd").status == 404)
        #expect(try await server.request("GET", "v1/documents/nothing/here.md").status == 404)

        let run = try await server.request("POST", "v1/index")
        #expect(run.eventNames.first == "started" && run.eventNames.last == "done", "\(run.text)")

        let missing = try await server.request("GET", "v1/nowhere")
        #expect(missing.status == 404)
        #expect((try missing.json()["error"] as? [String: Any])?["code"] as? String == "not_found")

        let stopped = await server.stop()
        #expect(stopped.status == 0 && !stopped.wasSignalled, "\(stopped)")
        #expect(stopped.stderr.contains("POST /v1/search 200"))
    }

    @Test("OpenAI's client embeds and searches the vector store through the server")
    func openAICompatible() async throws {
        try await indexed()
        let server = try await ServeProcess.start(rag, ["--index", index])
        let client = try OpenAI(configuration: OpenAIConfiguration(apiKey: "t", baseURL: #require(URL(string: server.baseURL.absoluteString + "/v1"))))

        let embeddings = try await client.embeddings.create(CreateEmbeddingRequest(input: .strings(["backups", "log rotation"]), model: "ragkit-local-hash-v1"))
        #expect(embeddings.data.count == 2)
        let status = try await server.request("GET", "v1/status").decode(StatusJSON.self)
        #expect(embeddings.data.allSatisfy { $0.embedding.count == status.dimensions })

        let page = try await client.vectorStores.search(vectorStoreID: "local", VectorStoreSearchRequest(query: "install", maxNumResults: 2))
        #expect(!page.data.isEmpty && page.data.count <= 2)
        #expect(page.data.allSatisfy { !$0.content.isEmpty && !$0.fileID.isEmpty })

        await #expect(throws: OpenAIError.self) {
            _ = try await client.vectorStores.search(vectorStoreID: "vs_other", VectorStoreSearchRequest(query: "install"))
        }
        _ = await server.stop()
    }

    @Test("A token is required off loopback (exit 64), and checked when set")
    func security() async throws {
        try await indexed()
        let refused = try await rag.run("serve", "--index", index, "--host", "0.0.0.0", "--port", "0")
        #expect(refused.status == 64, "\(refused)")
        #expect(refused.stderr.contains("--token"))

        var verbose = rag
        verbose.environment["RAG_LOG_LEVEL"] = "trace"
        let server = try await ServeProcess.start(verbose, ["--index", index, "--token", "s3cret-token", "--max-body-bytes", "2048"])
        #expect(try await server.request("GET", "healthz").status == 200)
        let anonymous = try await server.request("GET", "v1/status")
        #expect(anonymous.status == 401)
        #expect((try anonymous.json()["error"] as? [String: Any])?["type"] as? String == "authentication_error")
        #expect(try await server.request("GET", "v1/status", token: "wrong").status == 401)
        #expect(try await server.request("GET", "v1/status", token: "s3cret-token").status == 200)
        let large = try await server.request("POST", "v1/search", json: ["query": String(repeating: "x", count: 4096)], token: "s3cret-token")
        #expect(large.status == 413)
        let stopped = await server.stop()
        #expect(!stopped.stderr.contains("s3cret-token"))
    }

    @Test("Searches answer while an index run writes; the run's documents are visible after it without a restart")
    func searchDuringIndexRun() async throws {
        try await indexed()
        let server = try await ServeProcess.start(rag, ["--index", index])
        try Corpus.writeNotes(count: 300, in: folder, under: "docs/notes")
        async let run = server.request("POST", "v1/index")
        var answered = 0
        while answered < 5 {
            let search = try await server.request("POST", "v1/search", json: ["query": "install"])
            #expect(search.status == 200)
            answered += 1
        }
        let finished = try await run
        #expect(finished.eventNames.last == "done", "\(finished.text.suffix(500))")
        let found = try await server.request("POST", "v1/search", json: ["query": "zq7x", "mode": "keyword"]).decode(SearchJSON.self)
        #expect(found.results.first?.path == "notes/note-0007.md")
        _ = await server.stop()
    }

    @Test("Another process's run becomes visible to a running server without a restart")
    func otherProcessRun() async throws {
        try await indexed()
        let server = try await ServeProcess.start(rag, ["--index", index])
        #expect(try await server.request("POST", "v1/search", json: ["query": "zq1234x", "mode": "keyword"]).decode(SearchJSON.self).results.isEmpty)
        try folder.write("docs/late.md", "# Late\n\nThe code word is zq1234x.\n")
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let deadline = ContinuousClock.now + .seconds(30)
        var found = false
        while !found, ContinuousClock.now < deadline {
            let search = try await server.request("POST", "v1/search", json: ["query": "zq1234x"]).decode(SearchJSON.self)
            found = search.results.first?.path == "late.md"
        }
        #expect(found)
        _ = await server.stop()
    }

    @Test("serve --watch: a file written into the folder becomes searchable without a request to index",
          arguments: [[], ["--poll-interval", "0.2"]])
    func serveWatch(watching: [String]) async throws {
        try await indexed()
        let server = try await ServeProcess.start(rag, ["--index", index, "--watch"] + watching)
        try folder.write("docs/watched.md", "# Watched\n\nThe code word is zq4321x.\n")
        let deadline = ContinuousClock.now + .seconds(60)
        var found = false
        while !found, ContinuousClock.now < deadline {
            let search = try await server.request("POST", "v1/search", json: ["query": "zq4321x", "mode": "keyword"]).decode(SearchJSON.self)
            found = search.results.first?.path == "watched.md"
        }
        #expect(found)
        let stopped = await server.stop()
        #expect(stopped.status == 0 && !stopped.wasSignalled, "\(stopped)")
    }

    @Test("A second index run while one runs is refused with 409")
    func concurrentRuns() async throws {
        try await indexed()
        // Enough notes that the first run is still going when the second request comes, even in a release build.
        try Corpus.writeNotes(count: 2000, in: folder, under: "docs/notes")
        let server = try await ServeProcess.start(rag, ["--index", index])
        async let first = server.request("POST", "v1/index")
        _ = await server.process.waitForStderrLine(where: { $0.contains("index run started") })
        let second = try await server.request("POST", "v1/index")
        #expect(second.status == 409)
        #expect((try second.json()["error"] as? [String: Any])?["code"] as? String == "index_busy")
        #expect(try await first.eventNames.last == "done")
        _ = await server.stop()
    }

    @Test("SIGTERM mid-request: the request completes, then the server exits 0")
    func gracefulShutdown() async throws {
        try await indexed()
        try Corpus.writeNotes(count: 300, in: folder, under: "docs/notes")
        let server = try await ServeProcess.start(rag, ["--index", index])
        async let run = server.request("POST", "v1/index")
        _ = await server.process.waitForStderrLine(where: { $0.contains("index run started") })
        server.process.signal(SIGTERM)
        let reply = try await run
        #expect(reply.eventNames.last == "done", "\(reply.text.suffix(300))")
        let stopped = await server.process.finish()
        #expect(stopped.status == 0 && !stopped.wasSignalled, "\(stopped)")
    }
}
