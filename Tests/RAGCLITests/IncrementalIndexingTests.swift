import Foundation
import Testing

/// Later runs of `rag index` redo only what changed.
@Suite("Incremental indexing")
struct IncrementalIndexingTests {
    let folder: TemporaryFolder
    let rag: Rag
    let choice: IndexChoice
    var index: String { choice.index }

    init() throws {
        let path: String
        (folder, rag, path) = try Corpus.exampleWorkspace()
        choice = IndexChoice(path)
    }

    private func run() async throws -> IndexJSON {
        try await rag.succeed("index", "docs", "--index", index, "--json").json()
    }

    private func search(_ query: String, mode: String = "keyword") async throws -> [SearchJSON.Result] {
        try await rag.succeed("search", query, "--index", index, "--mode", mode, "-k", "10", "--json").json(SearchJSON.self).results
    }

    @Test("A second run over an unchanged folder makes no embedding call", arguments: IndexBackend.all)
    func unchangedRun(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        let first = try await run()
        let second = try await run()
        #expect(second.added.isEmpty && second.updated.isEmpty && second.removed.isEmpty)
        #expect(second.unchanged.sorted() == first.added.sorted())
        #expect(second.embeddingCalls == 0)
    }

    @Test("Added, edited and deleted files are added, updated and removed", arguments: IndexBackend.all)
    func addEditDelete(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        _ = try await run()
        try folder.write("docs/guides/metrics.md", "# Metrics\n\nBeacon exports Prometheus metrics on /metrics; the gauge quokkameter counts open incidents.\n")
        try folder.write("docs/guides/backups.md", "# Backups and restore\n\nBackups are now taken by the wombatsnap tool.\n")
        try folder.remove("docs/reference/faq.txt")

        let summary = try await run()
        #expect(summary.added == ["guides/metrics.md"])
        #expect(summary.updated == ["guides/backups.md"])
        #expect(summary.removed == ["reference/faq.txt"])
        #expect(summary.embeddingCalls > 0)

        #expect(try await search("quokkameter").map(\.path) == ["guides/metrics.md"])
        #expect(try await search("wombatsnap").map(\.path) == ["guides/backups.md"])
        #expect(try await search("zstd snapshot").allSatisfy { $0.path != "guides/backups.md" })
        #expect(try await search("ICMP ping clustering licence").allSatisfy { $0.path != "reference/faq.txt" })
        let status = try await rag.succeed("status", "--index", index, "--json").json(StatusJSON.self)
        #expect(status.documents == (try Corpus.examplePaths()).count)
    }

    @Test("A renamed file moves in the index without any new embedding", arguments: IndexBackend.all)
    func rename(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        _ = try await run()
        let before = try await search("logrotate copytruncate")
        try folder.move("docs/guides/logging.md", to: "docs/operations/logs.md")

        let summary = try await run()
        #expect(summary.added == ["operations/logs.md"])
        #expect(summary.removed == ["guides/logging.md"])
        #expect(summary.updated.isEmpty)
        #expect(summary.embeddingCalls == 0)

        let after = try await search("logrotate copytruncate")
        #expect(after.map(\.path) == before.map { $0.path == "guides/logging.md" ? "operations/logs.md" : $0.path })
        #expect(after.map(\.text) == before.map(\.text))
    }

    @Test("The summary gives the index's chunks, how many this run embedded (the last progress line's count) and how many it reused")
    func summaryAgreesWithProgress() async throws {
        let first = try await rag.succeed("index", "docs", "--index", index)
        let firstWork = try work(of: first)
        #expect(firstWork.embedded > 0 && firstWork.embedded + firstWork.reused == firstWork.chunks, "\(first)")

        try folder.write("docs/guides/metrics.md", "# Metrics\n\nBeacon exports Prometheus metrics; the gauge quokkameter counts open incidents.\n")
        let second = try await rag.succeed("index", "docs", "--index", index)
        let secondWork = try work(of: second)
        #expect(secondWork.embedded >= 1 && secondWork.embedded < secondWork.chunks && secondWork.reused > 0, "\(second)")
        #expect(secondWork.embedded + secondWork.reused == secondWork.chunks, "\(second)")

        try folder.write("docs/guides/alerts.md", "# Alerts\n\nThe wallabyalert fires when a check fails twice.\n")
        let json = try await run()
        #expect(json.chunksEmbedded >= 1 && json.chunksEmbedded + json.chunksReused == json.chunks, "\(json)")
        #expect(json.tokensEmbedded > 0 && json.tokensEmbedded < json.tokens)
    }

    /// The counts of a text run: the index's chunks and the embedded and reused ones from its summary, the embedded
    /// ones checked against its last progress line.
    private func work(of result: RagResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> (chunks: Int, embedded: Int, reused: Int) {
        func number(_ text: Substring) -> Int? { Int(text.filter(\.isNumber)) }
        let progress = try #require(result.stderrLines.last { $0.hasPrefix("indexed ") }, "\(result)", sourceLocation: sourceLocation)
        let progressCount = try Regex("([0-9,]+) chunks embedded")
        let summaryCounts = try Regex("([0-9,]+) chunks \\(([0-9,]+) embedded, ([0-9,]+) reused\\)")
        let counted = try #require(progress.firstMatch(of: progressCount), sourceLocation: sourceLocation)
        let summary = try #require(result.stdout.firstMatch(of: summaryCounts), "\(result)", sourceLocation: sourceLocation)
        let chunks = try #require(summary.output[1].substring.flatMap(number), sourceLocation: sourceLocation)
        let embedded = try #require(summary.output[2].substring.flatMap(number), sourceLocation: sourceLocation)
        let reused = try #require(summary.output[3].substring.flatMap(number), sourceLocation: sourceLocation)
        #expect(counted.output[1].substring.flatMap(number) == embedded, "the progress line and the summary differ: \(result)",
                sourceLocation: sourceLocation)
        return (chunks, embedded, reused)
    }

    @Test("After changes, the index equals a clean build of the same folder", arguments: IndexBackend.all)
    func matchesCleanBuild(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        _ = try await run()
        try folder.write("docs/guides/metrics.md", "# Metrics\n\nThe gauge quokkameter counts open incidents.\n")
        try folder.write("docs/guides/checks.md", "# Checks\n\nOnly HTTP checks remain.\n")
        try folder.remove("docs/guides/upgrading.md")
        try folder.move("docs/guides/security.md", to: "docs/security.md")
        _ = try await run()

        let clean = try IndexChoice.another(backend, path: folder.path("clean").path)
        try await rag.succeed("index", "docs", "--index", clean, "--quiet")
        try await expectSameIndex(index, clean, rag: rag)
    }
}

/// Expects two indexes of the same folder to hold the same documents, chunks and search results.
/// Keyword scores are the backend's own (FTS5 BM25, PostgreSQL ts_rank_cd): across backends compare `["vector"]` only.
func expectSameIndex(_ first: String, _ second: String, rag: Rag, modes: [String] = ["vector", "keyword", "hybrid"],
                     sourceLocation: SourceLocation = #_sourceLocation) async throws {
    let a = try await rag.succeed("status", "--index", first, "--json").json(StatusJSON.self)
    let b = try await rag.succeed("status", "--index", second, "--json").json(StatusJSON.self)
    #expect(a.documents == b.documents, sourceLocation: sourceLocation)
    #expect(a.chunks == b.chunks, sourceLocation: sourceLocation)
    #expect(a.tokens == b.tokens, sourceLocation: sourceLocation)
    for query in ["backup restore", "rotate logs", "certificate TLS", "zq17x", "webhook alert"] {
        for mode in modes {
            let x = try await rag.succeed("search", query, "--index", first, "--mode", mode, "-k", "8", "--json").json(SearchJSON.self)
            let y = try await rag.succeed("search", query, "--index", second, "--mode", mode, "-k", "8", "--json").json(SearchJSON.self)
            // Equal scores may come back in either order, and ties at the k-th place may keep either passage:
            // compare the scores, and the passages scored above the cut.
            let scoresX = x.results.map(\.score).sorted()
            let scoresY = y.results.map(\.score).sorted()
            #expect(scoresX.count == scoresY.count && zip(scoresX, scoresY).allSatisfy { abs($0 - $1) < 1e-6 },
                    "\(query) (\(mode)): \(scoresX) vs \(scoresY)", sourceLocation: sourceLocation)
            let cut = (scoresX.first ?? 0) + 1e-6
            let aboveX = Set(x.results.filter { $0.score > cut }.map { "\($0.path)#\($0.chunk)" })
            let aboveY = Set(y.results.filter { $0.score > cut }.map { "\($0.path)#\($0.chunk)" })
            #expect(aboveX == aboveY, "\(query) (\(mode)): \(aboveX.sorted()) vs \(aboveY.sorted())", sourceLocation: sourceLocation)
            #expect(x.results.filter { $0.score > cut }.allSatisfy { hit in y.results.contains { $0.path == hit.path && $0.chunk == hit.chunk && $0.text == hit.text } },
                    "\(query) (\(mode)): texts differ", sourceLocation: sourceLocation)
        }
    }
}

/// `rag index --copy-from` moves an index between backends without embedding again.
@Suite("Copying an index")
struct CopyIndexTests {
    @Test("--copy-from copies an index into an empty location, then updates it with no embedding call", arguments: IndexBackend.all)
    func copyFrom(_ backend: IndexBackend) async throws {
        let (folder, rag, source) = try Corpus.exampleWorkspace()
        let built = try await rag.succeed("index", "docs", "--index", source, "--json").json(IndexJSON.self)
        let destination = try IndexChoice.another(backend, path: folder.path("copy").path)
        let copied = try await rag.succeed("index", "--index", destination, "--copy-from", source, "--json").json(IndexJSON.self)
        #expect(copied.embeddingCalls == 0 && copied.added.isEmpty && copied.unchanged.count == built.added.count)
        try await expectSameIndex(source, destination, rag: rag, modes: backend == .files ? ["vector", "keyword", "hybrid"] : ["vector"])

        let refused = try await rag.run("index", "--index", destination, "--copy-from", source)
        #expect(refused.status != 0 && refused.stderr.contains("already exists"), "\(refused)")
        let conflicting = try await rag.run("index", "--index", folder.path("other").path, "--copy-from", source, "--chunk-size", "300")
        #expect(conflicting.status == 64, "\(conflicting)")
    }
}
