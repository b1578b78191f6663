import Foundation
import Testing

/// `rag index --watch`: the real binary reacting to file changes.
@Suite("rag index --watch")
struct WatchCommandTests {
    let folder: TemporaryFolder
    let rag: Rag
    let index: String

    init() throws {
        (folder, rag, index) = try Corpus.exampleWorkspace()
    }

    /// Waits for a run summary on stdout (one JSON line per run) that satisfies `predicate`.
    private static func waitForRun(_ process: RagProcess, where predicate: @escaping @Sendable (IndexJSON) -> Bool) async -> IndexJSON? {
        let line = await process.waitForStdoutLine { line in
            (try? JSONDecoder().decode(IndexJSON.self, from: Data(line.utf8))).map(predicate) ?? false
        }
        return line.flatMap { try? JSONDecoder().decode(IndexJSON.self, from: Data($0.utf8)) }
    }

    @Test("Creates, edits, atomic saves, renames, deletions and new folders each become a run; excluded paths do not; Ctrl-C stops",
          arguments: [[], ["--poll-interval", "0.2"]])
    func reactsToChanges(watching: [String]) async throws {
        let process = try rag.start(["index", "docs", "--index", index, "--watch", "--json", "--exclude", "drafts/"] + watching)
        // The deadline of every wait below: a run that never comes ends the child, and so the wait, with a failure.
        let deadline = Task {
            try await Task.sleep(for: .seconds(180))
            process.kill()
        }
        defer { deadline.cancel() }
        #expect(await process.waitForStderrLine { $0.hasPrefix("watching ") } != nil)

        // Each step's summary differs from every earlier one, since a wait sees all lines printed so far.
        try folder.write("docs/a.md", "# A\n\nA fresh page about zebra crossings.\n")
        #expect(await Self.waitForRun(process) { $0.added == ["a.md"] } != nil)

        try folder.write("docs/a.md", "# A\n\nAn edited page about zebra crossings and walruses.\n")
        #expect(await Self.waitForRun(process) { $0.updated == ["a.md"] } != nil)

        try folder.write("docs/b.md", "# B\n\nA page to save atomically.\n")
        #expect(await Self.waitForRun(process) { $0.added == ["b.md"] } != nil)
        // An editor's save: write a temporary file, then rename it over the original.
        try folder.write("docs/.b.md.tmp", "# B\n\nSaved atomically, now about narwhals.\n")
        #expect(rename(folder.path("docs/.b.md.tmp").path, folder.path("docs/b.md").path) == 0)
        #expect(await Self.waitForRun(process) { $0.updated == ["b.md"] } != nil)

        try folder.move("docs/a.md", to: "docs/c.md")
        #expect(await Self.waitForRun(process) { $0.added == ["c.md"] && $0.removed == ["a.md"] } != nil)

        try folder.write("docs/drafts/ignored.md", "# Draft\n\nNot indexed.\n")
        try folder.write("docs/area/deeper/page.md", "# Deep\n\nA page in a new folder.\n")
        let deep = await Self.waitForRun(process) { $0.added.contains("area/deeper/page.md") }
        #expect(deep != nil && deep?.added.contains("drafts/ignored.md") == false)

        try folder.write("docs/area/deeper/second.md", "# Second\n\nAnother page in the new folder.\n")
        #expect(await Self.waitForRun(process) { $0.added == ["area/deeper/second.md"] } != nil)

        try folder.remove("docs/c.md")
        #expect(await Self.waitForRun(process) { $0.removed == ["c.md"] } != nil)

        process.interrupt()
        let ended = await process.finish()
        #expect(ended.status == 0 && !ended.wasSignalled, "\(ended)")
        #expect(ended.stderr.contains("stopped watching"))
    }

    @Test("--poll-interval needs --watch and a sane number of seconds", arguments: [
        (["--poll-interval", "5"], "--poll-interval applies to --watch"),
        (["--watch", "--poll-interval", "0"], "--poll-interval must be between"),
    ])
    func refusesBadPolling(arguments: [String], message: String) async throws {
        let result = try await rag.run(["index", "docs", "--index", index] + arguments)
        #expect(result.status == 64 && result.stderr.contains(message), "\(result)")
    }
}
