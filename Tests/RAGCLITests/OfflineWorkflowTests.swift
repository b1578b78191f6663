import Foundation
import Testing

/// `rag index` → `search` → `ask` → `status` with the local embedder and the extractive answerer, on a copy of
/// `Examples/docs`.
@Suite("Offline workflow")
struct OfflineWorkflowTests {
    let folder: TemporaryFolder
    let rag: Rag
    let choice: IndexChoice
    var index: String { choice.index }

    init() throws {
        let path: String
        (folder, rag, path) = try Corpus.exampleWorkspace()
        choice = IndexChoice(path)
    }

    @discardableResult
    private func indexExamples() async throws -> IndexJSON {
        try await rag.succeed("index", "docs", "--index", index, "--json").json()
    }

    @Test("Indexes every example file and reports the run", arguments: IndexBackend.all)
    func indexesExamples(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        let summary = try await indexExamples()
        #expect(summary.added.sorted() == (try Corpus.examplePaths()))
        #expect(summary.updated.isEmpty && summary.removed.isEmpty && summary.unchanged.isEmpty)
        #expect(summary.skipped.isEmpty)
        #expect(summary.chunks >= summary.added.count)
        #expect(summary.tokens > 5_000)
        #expect(summary.embeddingCalls > 0)
        #expect(summary.root == folder.path("docs").path)
    }

    @Test("Skips .git, node_modules and --exclude globs", arguments: IndexBackend.all)
    func excludes(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try folder.write("docs/.git/notes.md", "# Git internals\n")
        try folder.write("docs/node_modules/pkg/README.md", "# A package\n")
        try folder.write("docs/drafts/idea.md", "# Draft\n")
        try folder.write("docs/debug.log", "log line\n")
        let summary = try await rag.succeed("index", "docs", "--index", index, "--exclude", "drafts/", "--exclude", "*.log", "--json").json(IndexJSON.self)
        #expect(summary.added.sorted() == (try Corpus.examplePaths()))
    }

    @Test("search --json prints the documented keys, with paths relative to the indexed folder", arguments: IndexBackend.all)
    func searchJSON(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try await indexExamples()
        let result = try await rag.succeed("search", "log rotation logrotate", "--index", index, "--json")
        let object = try result.jsonObject()
        #expect(Set(object.keys) == ["query", "results"])
        let first = try #require((object["results"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["rank", "score", "path", "heading", "page", "chunk", "text", "passage", "role"])

        let search = try result.json(SearchJSON.self)
        #expect(search.query == "log rotation logrotate")
        #expect(search.results.map(\.rank) == Array(1...search.results.count))
        #expect(search.results.count == 5)
        for hit in search.results {
            #expect(!hit.path.hasPrefix("/"))
            #expect(FileManager.default.fileExists(atPath: folder.path("docs/\(hit.path)").path), "\(hit.path)")
            #expect(!hit.text.isEmpty)
        }
        #expect(search.results.first?.path == "guides/logging.md")
        #expect(search.results.first?.heading.hasPrefix("Logging and log rotation") == true, "\(search.results.first?.heading ?? "")")
    }

    @Test("search -k limits the number of results", arguments: IndexBackend.all, [1, 3, 8])
    func searchK(_ backend: IndexBackend, k: Int) async throws {
        try choice.use(backend)
        try await indexExamples()
        let search = try await rag.succeed("search", "backup", "--index", index, "-k", String(k), "--per-document", "10", "--json").json(SearchJSON.self)
        #expect(search.results.count == k)
    }

    @Test("Every retrieval mode finds the backup guide", arguments: IndexBackend.all, ["vector", "keyword", "hybrid"])
    func modes(_ backend: IndexBackend, mode: String) async throws {
        try choice.use(backend)
        try await indexExamples()
        let search = try await rag.succeed("search", "restore a backup snapshot", "--index", index, "--mode", mode, "--json").json(SearchJSON.self)
        #expect(search.results.prefix(3).contains { $0.path == "guides/backups.md" }, "\(search.results.map(\.path))")
    }

    @Test("search --path keeps only matching files", arguments: IndexBackend.all)
    func pathFilter(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try await indexExamples()
        let search = try await rag.succeed("search", "token", "--index", index, "--path", "reference/*", "--json").json(SearchJSON.self)
        #expect(!search.results.isEmpty)
        #expect(search.results.allSatisfy { $0.path.hasPrefix("reference/") }, "\(search.results.map(\.path))")
    }

    @Test("search --metadata keeps only documents whose front matter matches", arguments: IndexBackend.all)
    func metadataFilter(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try folder.write("docs/runbooks/disk.md", "---\naudience: oncall\n---\n# Disk full\n\nDelete old backups to free the disk.\n")
        try folder.write("docs/runbooks/cert.md", "---\naudience: admin\n---\n# Certificate\n\nRenew the backups certificate.\n")
        try await indexExamples()
        let search = try await rag.succeed("search", "backups", "--index", index, "--metadata", "audience=oncall", "--json").json(SearchJSON.self)
        #expect(search.results.map(\.path) == ["runbooks/disk.md"])
        let none = try await rag.succeed("search", "backups", "--index", index, "--metadata", "audience=nobody", "--json").json(SearchJSON.self)
        #expect(none.results.isEmpty)
    }

    @Test("search prints ranked passages as text", arguments: IndexBackend.all)
    func searchText(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try await indexExamples()
        let result = try await rag.succeed("search", "SIGUSR1 reopen log file", "--index", index, "-k", "2")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("1. ") == true)
        #expect(lines.first?.contains("guides/logging.md") == true, "\(result.stdout)")
    }

    @Test("ask --json answers from the passages, citing them as [n]", arguments: IndexBackend.all)
    func askJSON(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try await indexExamples()
        let result = try await rag.succeed("ask", "How do I rotate the logs?", "--index", index, "--json")
        let object = try result.jsonObject()
        #expect(Set(object.keys) == ["question", "answer", "mode", "citations"])
        let citation = try #require((object["citations"] as? [[String: Any]])?.first)
        #expect(Set(citation.keys) == ["n", "path", "heading", "page", "text"])

        let answer = try result.json(AskJSON.self)
        #expect(answer.question == "How do I rotate the logs?")
        #expect(answer.mode == "extractive")
        #expect(!answer.citations.isEmpty)
        for cited in answer.citations {
            #expect(answer.answer.contains("[\(cited.n)]"), "\(cited.n) not cited in: \(answer.answer)")
            #expect(FileManager.default.fileExists(atPath: folder.path("docs/\(cited.path)").path))
        }
        let numbers = answer.citations.map(\.n)
        #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count && numbers.allSatisfy { $0 >= 1 })
        #expect(answer.citations.contains { $0.path == "guides/logging.md" })
    }

    @Test("ask prints the answer, the sources with their heading path, and the mode it used", arguments: IndexBackend.all)
    func askText(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try await indexExamples()
        let result = try await rag.succeed("ask", "How do I restore a backup?", "--index", index)
        #expect(result.stdout.contains("Sources:"))
        #expect(result.stdout.contains("Sources:\n  ["), "\(result.stdout)")
        #expect(result.stdout.contains("guides/backups.md › "), "\(result.stdout)")
        #expect(result.stdout.contains("extractive"))
    }

    @Test("status --json reports counts, model, dimensions and bytes", arguments: IndexBackend.all)
    func statusJSON(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        let summary = try await indexExamples()
        let result = try await rag.succeed("status", "--index", index, "--json")
        let object = try result.jsonObject()
        #expect(Set(object.keys) == ["index", "root", "documents", "chunks", "tokens", "model", "dimensions", "bytes", "lastRun", "chunker", "chunkSize", "overlap"])
        let status = try result.json(StatusJSON.self)
        #expect(status.documents == summary.added.count)
        #expect(status.chunks == summary.chunks)
        #expect(status.tokens == summary.tokens)
        #expect(status.dimensions > 0)
        #expect(!status.model.isEmpty)
        #expect(status.bytes > 0)
        #expect(status.lastRun != nil)
        #expect(status.root == folder.path("docs").path)
        #expect(status.chunker == "markdown" && status.chunkSize == 800 && status.overlap == 400)
    }

    @Test("status prints one labelled line per fact", arguments: IndexBackend.all)
    func statusText(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try await indexExamples()
        let result = try await rag.succeed("status", "--index", index)
        for label in ["Index:", "Folder:", "Documents:", "Chunks:", "Tokens:", "Embedding model:", "Size on disk:", "Last run:"] {
            #expect(result.stdout.contains(label), "\(label) missing in \(result.stdout)")
        }
    }

    @Test("The index defaults to ./.rag and is found from a subfolder, like git")
    func defaultLocation() async throws {
        try await rag.succeed("index", "docs", "--quiet")
        #expect(FileManager.default.fileExists(atPath: folder.path(".rag").path))
        let nested = Rag(workingDirectory: folder.path("docs/guides"))
        let status = try await nested.succeed("status", "--json").json(StatusJSON.self)
        #expect(status.index == folder.path(".rag").path)
        #expect(status.root == folder.path("docs").path)
        let search = try await nested.succeed("search", "backup", "--json").json(SearchJSON.self)
        #expect(!search.results.isEmpty)
    }

    @Test("RAG_INDEX names the index when --index is absent", arguments: IndexBackend.all)
    func environmentIndex(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try await indexExamples()
        let other = Rag(workingDirectory: FileManager.default.temporaryDirectory, environment: ["RAG_INDEX": index])
        let status = try await other.succeed("status", "--json").json(StatusJSON.self)
        #expect(status.index == index)
    }

    @Test("A later run without a folder re-indexes the index's own folder", arguments: IndexBackend.all)
    func folderDefaultsToIndexRoot(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        try await indexExamples()
        let summary = try await rag.succeed("index", "--index", index, "--json").json(IndexJSON.self)
        #expect(summary.root == folder.path("docs").path)
        #expect(summary.unchanged.count == (try Corpus.examplePaths()).count)
    }

    @Test("Progress goes to stderr as plain lines when it is not a terminal; --quiet prints nothing", arguments: IndexBackend.all)
    func progressLines(_ backend: IndexBackend) async throws {
        try choice.use(backend)
        let result = try await rag.succeed("index", "docs", "--index", index)
        #expect(result.stderrLines.first?.hasPrefix("Indexing ") == true, "\(result.stderr)")
        #expect(result.stderrLines.contains { $0.hasPrefix("indexed ") && $0.contains("files") })
        #expect(!result.stderr.contains("\r"))
        #expect(result.stdout.contains("added"))
        #expect(result.stdout.contains("embedding calls"))

        let quiet = try await rag.succeed("index", "--index", index, "--quiet")
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty)
    }
}
