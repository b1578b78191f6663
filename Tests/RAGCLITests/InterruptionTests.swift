import Foundation
import Testing

/// `rag index` killed mid-run, then run again; and `rag search` while `rag index` runs.
@Suite("Interruption and concurrency")
struct InterruptionTests {
    let folder: TemporaryFolder
    let rag: Rag
    let choice: IndexChoice
    var index: String { choice.index }
    static let noteCount = 400

    init() throws {
        let path: String
        (folder, rag, path) = try Corpus.exampleWorkspace()
        choice = IndexChoice(path)
        try Corpus.writeNotes(count: Self.noteCount, in: folder, under: "docs/notes")
    }

    private static func isProgress(_ line: String) -> Bool { line.hasPrefix("indexed ") }

    @Test("SIGKILL mid-index, then a second run: the index equals a clean build", arguments: IndexBackend.all)
    func killAndResume(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        let child = try rag.start(["index", "docs", "--index", index])
        let progress = await child.waitForStderrLine(where: Self.isProgress)
        #expect(progress != nil, "no progress line before the end")
        child.kill()
        let killed = await child.finish()
        #expect(killed.wasSignalled || killed.status == 0, "\(killed)")

        // What was committed before the kill is a consistent index that can be read and searched.
        let partial = try await rag.succeed("status", "--index", index, "--json").json(StatusJSON.self)
        #expect(partial.documents <= Self.noteCount + (try Corpus.examplePaths()).count)
        try await rag.succeed("search", "zq3x", "--index", index, "--json")

        let total = Self.noteCount + (try Corpus.examplePaths()).count
        let resumed = try await rag.succeed("index", "docs", "--index", index, "--json").json(IndexJSON.self)
        #expect(resumed.unchanged.count == partial.documents)
        #expect(resumed.unchanged.count + resumed.added.count == total)
        #expect(resumed.updated.isEmpty && resumed.removed.isEmpty)

        let clean = try IndexChoice.another(backend, path: folder.path("clean").path)
        let cleanRun = try await rag.succeed("index", "docs", "--index", clean, "--json").json(IndexJSON.self)
        #expect(resumed.embeddingCalls <= cleanRun.embeddingCalls)
        try await expectSameIndex(index, clean, rag: rag)
    }

    @Test("SIGKILL at several points of rebuilds: after each, the old index whole or the new one whole, and searchable; run again, the rebuild completes")
    func killPointsDuringRebuilds() async throws {
        let total = Self.noteCount + (try Corpus.examplePaths()).count
        // Two small-chunk settings, so that a rebuild commits several groups (a progress line each).
        let chunkings = [["--chunker", "tokens", "--chunk-size", "100", "--overlap", "0"],
                         ["--chunker", "tokens", "--chunk-size", "120", "--overlap", "10"]]
        let first = try await rag.run(["index", "docs", "--index", index, "--quiet"] + chunkings[1])
        #expect(first.status == 0, "\(first)")
        var built = [1: try await contents()]
        // Kill points: once the rebuild has opened the index and scanned, then after its 1st, 2nd and 3rd progress
        // lines. Which side of a commit or of the switch a kill lands on may vary; either must leave a whole index.
        for (round, killPoint) in [0, 1, 2, 3].enumerated() {
            let target = round % 2
            let newSize = target == 0 ? 100 : 120
            let old = try #require(built[1 - target])
            let rebuild = ["index", "docs", "--index", index, "--reindex"] + chunkings[target]
            let child = try rag.start(rebuild)
            if killPoint == 0 {
                _ = await child.waitForStderrLine { $0.hasPrefix("Indexing ") }
            } else {
                _ = await child.waitForStderrLine(number: killPoint, where: Self.isProgress)
            }
            child.kill()
            let killed = await child.finish()
            #expect(killed.wasSignalled || killed.status == 0, "kill point \(killPoint): \(killed)")

            let afterKill = try await contents()
            let isNew = built[target].map { afterKill == $0 } ?? (afterKill.chunkSize == newSize && afterKill.documents == total)
            #expect(afterKill == old || isNew, "kill point \(killPoint) left neither the old index nor the new one: \(afterKill)")
            try await rag.succeed("search", "zq7x", "--index", index, "--json")

            let resumed = try await rag.run(rebuild + ["--quiet"])
            #expect(resumed.status == 0, "\(resumed)")
            let rebuilt = try await contents()
            #expect(rebuilt.documents == total && rebuilt.chunkSize == newSize, "\(rebuilt)")
            if let known = built[target] { #expect(rebuilt == known, "a resumed rebuild differs from a complete one") }
            built[target] = rebuilt
            let hits = try await rag.succeed("search", "zq7x", "--index", index, "--json")
            #expect(hits.stdout.contains("note-0007"), "\(hits)")
        }
    }

    private func contents(sourceLocation: SourceLocation = #_sourceLocation) async throws -> StatusJSON {
        try await rag.succeed("status", "--index", index, "--json", sourceLocation: sourceLocation).json(StatusJSON.self).contents
    }

    @Test("Ctrl-C mid-index: exit 130 with one line saying how to resume; the next run completes the index", arguments: IndexBackend.all)
    func interruptAndResume(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        let child = try rag.start(["index", "docs", "--index", index])
        #expect(await child.waitForStderrLine(where: Self.isProgress) != nil)
        child.interrupt()
        let interrupted = await child.finish()
        if interrupted.status != 0 {
            #expect(!interrupted.wasSignalled && interrupted.status == 130, "\(interrupted)")
            #expect(interrupted.stderrLines.last == "rag: interrupted; what was embedded is kept: run `rag index` again to resume")
        }
        let resumed = try await rag.succeed("index", "docs", "--index", index, "--json").json(IndexJSON.self)
        #expect(resumed.unchanged.count + resumed.added.count == Self.noteCount + (try Corpus.examplePaths()).count)
        let status = try await rag.succeed("status", "--index", index, "--json").json(StatusJSON.self)
        #expect(status.documents == Self.noteCount + (try Corpus.examplePaths()).count)
    }

    @Test("rag search answers while rag index is writing the same index", arguments: IndexBackend.all)
    func searchDuringIndexing(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try folder.write("small/intro.md", "# Intro\n\nBeacon monitors uptime.\n")
        try await rag.succeed("index", "small", "--index", index, "--quiet")
        try folder.remove("small/intro.md")
        try folder.copy(from: folder.path("docs"), to: "small/docs")

        let child = try rag.start(["index", "small", "--index", index])
        #expect(await child.waitForStderrLine(where: Self.isProgress) != nil)
        let searches = try await withThrowingTaskGroup(of: RagResult.self) { group in
            for query in ["backup", "zq5x", "uptime"] {
                group.addTask { try await rag.run("search", query, "--index", index, "--json") }
            }
            group.addTask { try await rag.run("status", "--index", index, "--json") }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let finished = await child.finish()
        #expect(finished.status == 0 && !finished.wasSignalled, "\(finished)")
        for result in searches {
            #expect(result.status == 0, "\(result)")
            #expect((try? result.jsonObject()) != nil, "\(result)")
        }
        let status = try await rag.succeed("status", "--index", index, "--json").json(StatusJSON.self)
        #expect(status.documents == Self.noteCount + (try Corpus.examplePaths()).count)
    }
}
