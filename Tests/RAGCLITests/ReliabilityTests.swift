import Foundation
import Synchronization
import Testing
import TestSupport

/// Faults that once lost or locked users' indexes: refused and failed rebuilds, damaged and read-only files, a
/// stalled server, secrets in URLs. After each, the index is the old one whole or the new one whole, and
/// searchable.
@Suite("Reliability and faults")
struct ReliabilityTests {
    let folder: TemporaryFolder
    let rag: Rag
    let index: String
    static let noteCount = 300

    init() throws {
        (folder, rag, index) = try Corpus.exampleWorkspace()
        try Corpus.writeNotes(count: Self.noteCount, in: folder, under: "docs/notes")
    }

    private var total: Int { get throws { Self.noteCount + (try Corpus.examplePaths()).count } }

    private func status(sourceLocation: SourceLocation = #_sourceLocation) async throws -> StatusJSON {
        try await rag.succeed("status", "--index", index, "--json", sourceLocation: sourceLocation).json(StatusJSON.self)
    }

    /// The directory holding the live generation's files.
    private func liveData() throws -> URL {
        let indexURL = URL(fileURLWithPath: index)
        let pointer = indexURL.appendingPathComponent("current")
        guard let name = try? String(contentsOf: pointer, encoding: .utf8) else { return indexURL }
        return indexURL.appendingPathComponent(name.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Damages `file` as a copy without its journal would be: `body` rewrites it, and the `-wal` and `-shm` files
    /// (which SQLite would otherwise read recent pages from) are removed.
    private func damage(_ file: URL, _ body: (FileHandle) throws -> Void) throws {
        let handle = try FileHandle(forWritingTo: file)
        try body(handle)
        try handle.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) }
    }

    /// Indexes `docs`, then cuts the live vector file to half, as a copy without its journal.
    private func indexWithVectorsCutToHalf() async throws {
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let vectors = try liveData().appendingPathComponent("vectors.sqlite")
        let size = try FileManager.default.attributesOfItem(atPath: vectors.path)[.size] as? Int ?? 0
        try damage(vectors) { try $0.truncate(atOffset: UInt64(size / 2)) }
    }

    /// Rebuilds with `--reindex`, expects the damaged generation set aside (`damaged-<time>/`) and the new index
    /// whole and searchable, and returns the run's summary.
    private func reindexSettingDamagedAside(sourceLocation: SourceLocation = #_sourceLocation) async throws -> IndexJSON {
        let rebuilt = try await rag.succeed("index", "docs", "--index", index, "--reindex", "--json", sourceLocation: sourceLocation)
            .json(IndexJSON.self)
        let names = try FileManager.default.contentsOfDirectory(atPath: index)
        #expect(names.contains { $0.hasPrefix("damaged-") }, "the damaged generation was not set aside: \(names)", sourceLocation: sourceLocation)
        #expect(try await status().documents == (try total), sourceLocation: sourceLocation)
        try await expectSearchable(sourceLocation: sourceLocation)
        return rebuilt
    }

    private func expectSearchable(with client: Rag? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let hits = try await (client ?? rag).succeed("search", "zq7x", "--index", index, "--json", sourceLocation: sourceLocation)
        #expect(hits.stdout.contains("note-0007"), "\(hits)", sourceLocation: sourceLocation)
    }

    /// `rag` pointed at `server` with a key, for an index embedded by the stand-in.
    private func client(of server: TestHTTPServer) -> Rag {
        var client = rag
        client.environment = ["OPENAI_BASE_URL": server.baseURL.absoluteString, "OPENAI_API_KEY": "sk-test"]
        return client
    }

    @Test("A --reindex refused because another run holds the index changes nothing")
    func refusedReindexKeepsIndex() async throws {
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let running = try rag.start(["index", "docs", "--index", index, "--reindex"])
        #expect(await running.waitForStderrLine { $0.hasPrefix("Indexing ") } != nil)
        let refused = try await rag.run("index", "docs", "--index", index, "--reindex", "--chunk-size", "300", "--overlap", "50")
        let finished = await running.finish()
        #expect(finished.status == 0, "\(finished)")
        if refused.status != 0 {
            #expect(refused.stderrLines.count == 1 && refused.stderr.contains("Another indexing run"), "\(refused)")
        }
        let after = try await status()
        let expected = try total
        #expect(after.documents == expected)
        #expect(after.chunkSize == (refused.status == 0 ? 300 : 800))
        try await expectSearchable()
    }

    @Test("A --reindex that cannot reach its server leaves the old index whole and searchable")
    func failedReindexKeepsIndex() async throws {
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let before = try await status()
        let failed = try await rag.run("index", "docs", "--index", index, "--reindex", "--embedder", "openai",
                                       "--base-url", "http://user:sk-secret@127.0.0.1:9/v1?key=sk-secret")
        #expect(failed.status == 7, "\(failed)")
        #expect(failed.stderrLines.filter { $0.hasPrefix("rag: ") }.count == 1, "\(failed)")
        #expect(failed.stderrLines.last?.hasPrefix("rag: ") == true, "\(failed)")
        #expect(!failed.stderr.contains("sk-secret"), "the secret was printed: \(failed)")
        let after = try await status()
        #expect(after == before)
        try await expectSearchable()
    }

    @Test("A --reindex killed midway leaves the old index; run again, it completes and switches in")
    func killedReindexKeepsIndex() async throws {
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let before = try await status()
        let rebuild = ["index", "docs", "--index", index, "--reindex", "--chunker", "tokens", "--chunk-size", "300", "--overlap", "50"]
        let child = try rag.start(rebuild)
        #expect(await child.waitForStderrLine { $0.hasPrefix("indexed ") } != nil)
        child.kill()
        let killed = await child.finish()
        let afterKill = try await status()
        if killed.wasSignalled {
            #expect(afterKill == before, "a killed rebuild changed the live index")
        } else {
            #expect(afterKill.chunkSize == 300, "the rebuild completed before the kill, so the new index is live")
        }
        try await expectSearchable()
        let completed = try await rag.run(rebuild + ["--quiet"])
        #expect(completed.status == 0, "\(completed)")
        let after = try await status()
        let expected = try total
        #expect(after.chunkSize == 300 && after.documents == expected)
        try await expectSearchable()
    }

    @Test("A damaged vector file: keyword search still works, and the next run sets it aside and rebuilds it")
    func damagedVectorsAreRebuilt() async throws {
        try await indexWithVectorsCutToHalf()

        try await rag.succeed("search", "zq7x", "--index", index, "--mode", "keyword", "--json")
        let repaired = try await rag.succeed("index", "docs", "--index", index, "--json").json(IndexJSON.self)
        #expect(repaired.embeddingCalls > 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: try liveData().path)
        #expect(names.contains { $0.hasPrefix("vectors.sqlite.damaged-") }, "\(names)")
        let documents = try await status().documents
        #expect(documents == (try total))
        try await expectSearchable()
    }

    @Test("A damaged vector file under --reindex: the rebuild embeds again and sets the damaged generation aside")
    func damagedVectorsAreSetAsideByReindex() async throws {
        try await indexWithVectorsCutToHalf()

        let rebuilt = try await reindexSettingDamagedAside()
        #expect(rebuilt.embeddingCalls > 0 && rebuilt.chunksReused == 0, "\(rebuilt)")
    }

    @Test("A damaged catalog: one line that says to rebuild; --reindex sets it aside and reuses the intact vectors")
    func damagedCatalogIsRebuilt() async throws {
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let catalog = try liveData().appendingPathComponent("catalog.sqlite")
        try damage(catalog) { try $0.write(contentsOf: Data(repeating: 0x41, count: 100)) }

        let broken = try await rag.run("status", "--index", index)
        #expect(broken.status != 0 && broken.stderrLines.count == 1, "\(broken)")
        #expect(broken.stderr.contains("damaged") && broken.stderr.contains("--reindex"), "\(broken)")
        let rebuilt = try await reindexSettingDamagedAside()
        #expect(rebuilt.embeddingCalls == 0, "intact vectors were embedded again")
    }

    @Test("A catalog truncated to half: what reads the damage says so and to rebuild; --reindex sets it aside and reuses the intact vectors")
    func halfTruncatedCatalogIsSetAside() async throws {
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        // A later run starts a fresh WAL holding only the pages it changed (the file itself is whole: the writer
        // checkpointed it on close). Cut the file to half behind it: SQLite still opens it (the WAL tells its size)
        // and fails only on reaching a lost page, as a file cut short by a full disk or a partial copy would.
        let catalog = try liveData().appendingPathComponent("catalog.sqlite")
        try damage(catalog) { _ in }
        try folder.write("docs/notes/note-0003.md", "# Note 3\n\nRewritten: the code word is now zq3rewrittenx.\n")
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let size = try FileManager.default.attributesOfItem(atPath: catalog.path)[.size] as? Int ?? 0
        let handle = try FileHandle(forWritingTo: catalog)
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()

        for arguments in [["status"], ["search", "zq7x", "--mode", "keyword"], ["index", "docs"]] {
            let broken = try await rag.run(arguments + ["--index", index])
            expectOneLineError(broken, status: RagExit.failure, mentioning: "damaged")
            #expect(broken.stderr.contains("--reindex"), "\(broken)")
        }
        let rebuilt = try await reindexSettingDamagedAside()
        #expect(rebuilt.embeddingCalls == 0, "intact vectors were embedded again")
    }

    @Test("A read-only vector file alone: status and every search work; indexing names the file to make writable")
    func readOnlyVectorFileIsReadable() async throws {
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        var owner = try ReadOnlyReader(folder: folder)
        defer { owner.restore() }
        try owner.giveToReader(URL(fileURLWithPath: index))
        let vectors = try liveData().appendingPathComponent("vectors.sqlite")
        try owner.makeReadOnly(vectors)
        for mode in ["hybrid", "vector", "keyword"] {
            let result = try await owner.run(rag, ["search", "zq7x", "--index", index, "--mode", mode, "--json"])
            #expect(result.status == 0 && result.stdout.contains("note-0007"), "\(result)")
        }
        let status = try await owner.run(rag, ["status", "--index", index, "--json"])
        #expect(status.status == 0, "\(status)")
        try folder.write("docs/notes/late.md", "# Late\n\nThe zqlatex note needs a vector.\n")
        let refused = try await owner.run(rag, ["index", "docs", "--index", index])
        #expect(refused.status != 0 && refused.stderrLines.count == 1, "\(refused)")
        #expect(refused.stderr.contains(vectors.path) && refused.stderr.contains("read-only"), "\(refused)")
        #expect(!refused.stderr.contains("clean close"), "\(refused)")
    }

    @Test("An index the user cannot write is still read: status, keyword and hybrid search")
    func readOnlyIndexIsReadable() async throws {
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        var reader = try ReadOnlyReader(folder: folder)
        defer { reader.restore() }
        try reader.makeReadOnly(URL(fileURLWithPath: index))
        for arguments in [["status", "--index", index, "--json"], ["search", "zq7x", "--index", index, "--json"],
                          ["search", "zq7x", "--index", index, "--mode", "keyword", "--json"]] {
            let result = try await reader.run(rag, arguments)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("note-0007") || arguments[0] == "status", "\(result)")
        }
        let refused = try await reader.run(rag, ["index", "docs", "--index", index])
        #expect(refused.status != 0 && refused.stderrLines.count == 1, "\(refused)")
    }

    @Test("A server that stalls an update of an existing index: the run shows it started, fails in bounded time with one line, and leaves the index whole and searchable")
    func stalledServerFailsInBoundedTime() async throws {
        try await TestHTTPServer.withServer(handler: OpenAIStandIn.handler(dimensions: 24)) { server in
            let client = client(of: server)
            try await client.succeed("index", "docs", "--index", index, "--embedding-model", "stand-in-embedding", "--quiet")
            let before = try await status().contents
            try folder.write("docs/notes/late.md", "# Late\n\nThe zqlatex note arrived after the first run.\n")

            let stalled = try ClosedPort.stalled()
            defer { close(stalled.descriptor) }
            let result = try await client.run("index", "docs", "--index", index, "--base-url", "http://127.0.0.1:\(stalled.port)/v1",
                                              "--timeout", "0.5")
            #expect(result.status == 7, "\(result)")
            #expect(result.stderrLines.first?.hasPrefix("Indexing ") == true, "\(result)")
            #expect(result.stderrLines.last?.contains("did not answer in time") == true, "\(result)")
            #expect(try await status().contents == before, "a stalled run changed the index")
            try await expectSearchable(with: client)

            let resumed = try await client.succeed("index", "docs", "--index", index, "--json").json(IndexJSON.self)
            #expect(resumed.added == ["notes/late.md"], "\(resumed)")
            #expect(try await status().documents == before.documents + 1)
        }
    }

    @Test("A 429 storm: one every request rides out ends with the new index whole; one outlasting the retries fails with one line and leaves the old index whole; both searchable")
    func rateLimitStorm() async throws {
        let storm = RateLimitStorm()
        try await TestHTTPServer.withServer(handler: storm.handler(passingTo: OpenAIStandIn.handler(dimensions: 24))) { server in
            let client = client(of: server)
            try await client.succeed("index", "docs", "--index", index, "--embedding-model", "stand-in-embedding", "--quiet")

            storm.begin(.ridden)
            let ridden = try await client.run("index", "docs", "--index", index, "--reindex", "--chunker", "tokens",
                                              "--chunk-size", "300", "--overlap", "50")
            storm.begin(.calm)
            #expect(ridden.status == 0, "\(ridden)")
            #expect(storm.limited > 0, "the storm never blew")
            let rebuilt = try await status().contents
            let expected = try total
            #expect(rebuilt.chunkSize == 300 && rebuilt.documents == expected, "\(rebuilt)")
            try await expectSearchable(with: client)

            storm.begin(.endless)
            let failed = try await client.run("index", "docs", "--index", index, "--reindex", "--chunker", "tokens",
                                              "--chunk-size", "400", "--overlap", "50")
            storm.begin(.calm)
            expectOneLineError(failed, status: 6, mentioning: "rate")
            #expect(try await status().contents == rebuilt, "a rebuild that failed changed the live index")
            try await expectSearchable(with: client)
        }
    }

    @Test("A first run killed before it stored anything pins no model: without the model flags the default one fails and leaves no index; a run naming nothing resumes what the killed run asked for")
    func firstRunPinsNoModelUntilItsFirstBatch() async throws {
        let hold = RequestHold()
        try await TestHTTPServer.withServer(handler: hold.handler(passingTo: OpenAIStandIn.handler(dimensions: 24))) { server in
            let client = client(of: server)
            let asked = ["index", "docs", "--index", index, "--embedding-model", "nomic-embed-text"]

            // Killed while the server holds the probe for the model's dimensions: nothing is recorded.
            hold.hold()
            let probing = try client.start(asked)
            #expect(await hold.waitForHeld(1, timeout: .seconds(60)))
            probing.kill()
            _ = await probing.finish()
            hold.release()

            // Without the flags the default model is tried; its vectors do not fit, and no index is left pinned to it.
            let defaulted = try await client.run("index", "docs", "--index", index)
            expectOneLineError(defaulted, status: RagExit.embeddingModelMismatch, mentioning: "text-embedding-3-small")
            // There is no index to rebuild yet: the advice is a model the server serves.
            #expect(defaulted.stderr.contains("a model the server serves") && !defaulted.stderr.contains("--reindex"), "\(defaulted)")
            let none = try await client.run("status", "--index", index)
            #expect(none.status == RagExit.noIndex, "\(none)")

            // Killed while the server holds its first batch: still no index, but the choice is recorded.
            hold.hold(skipping: 1)
            let batching = try client.start(asked)
            #expect(await hold.waitForHeld(1, timeout: .seconds(60)))
            batching.kill()
            _ = await batching.finish()
            hold.release()
            #expect(try await client.run("status", "--index", index).status == RagExit.noIndex)

            try await client.succeed("index", "docs", "--index", index, "--quiet")
            let built = try await client.succeed("status", "--index", index, "--json").json(StatusJSON.self)
            #expect(built.model == "nomic-embed-text" && built.dimensions == 24, "\(built)")
            #expect(built.documents == (try total))
            try await expectSearchable(with: client)
        }
    }

    @Test("Queries: - reads stdin, a blank query and -k -1 are usage errors, a newline in a path stays on one line")
    func queriesAndPaths() async throws {
        try folder.write("docs/odd\nname.md", "# Odd\n\nThe zq9999x word lives in a file whose name has a newline.\n")
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let piped = try await rag.run(["search", "-", "--index", index, "--mode", "keyword"], stdin: "zq9999x\n")
        #expect(piped.status == 0 && piped.stdout.contains("odd\\u{a}name.md"), "\(piped)")
        #expect(piped.stdout.split(separator: "\n").contains { $0.contains("odd") && $0.contains("name.md") })
        for arguments in [["search", "   "], ["search", "x", "-k", "-1"]] {
            let result = try await rag.run(arguments + ["--index", index])
            #expect(result.status == 64, "\(result)")
        }
    }

    @Test("Invalid numbers exit 64 with usage, whatever the value")
    func invalidArgumentsExit64() async throws {
        for arguments in [["index", "docs", "--chunk-size", "0"], ["index", "docs", "--chunk-size", "99"],
                          ["index", "docs", "--chunk-size", "4097"], ["index", "docs", "--chunk-size", "100", "--overlap", "51"],
                          ["index", "docs", "--timeout", "0"]] {
            let result = try await rag.run(arguments + ["--index", index])
            #expect(result.status == 64, "\(result)")
        }
        #expect(!FileManager.default.fileExists(atPath: index))
    }
}

/// Runs `rag` as a user who cannot write the index: `nobody` when the tests run as root (root ignores
/// permissions), else the current user with the write bits removed.
struct ReadOnlyReader {
    let folder: TemporaryFolder
    private let asRoot = geteuid() == 0
    private var changed: [URL] = []

    init(folder: TemporaryFolder) throws {
        self.folder = folder
    }

    /// Removes every write bit under `directory` (recorded, so ``restore()`` can give them back).
    mutating func makeReadOnly(_ directory: URL) throws {
        let urls = Self.everything(under: directory)
        for url in urls {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            let mode = (attributes[.posixPermissions] as? NSNumber)?.uint16Value ?? 0o644
            try FileManager.default.setAttributes([.posixPermissions: NSNumber(value: mode & ~0o222)], ofItemAtPath: url.path)
        }
        changed = urls
        // `nobody` must reach the folder: temporary folders are created 0755, and so are their parents.
    }

    /// Makes everything under `directory` the reader's: `nobody`'s when the tests run as root; already the current
    /// user's otherwise.
    func giveToReader(_ directory: URL) throws {
        guard asRoot else { return }
        for url in Self.everything(under: directory) {
            try FileManager.default.setAttributes([.ownerAccountID: NSNumber(value: 65534), .groupOwnerAccountID: NSNumber(value: 65534)],
                                                  ofItemAtPath: url.path)
        }
    }

    /// `url` and, when it is a directory, everything under it.
    private static func everything(under url: URL) -> [URL] {
        var urls = [url]
        if let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator { urls.append(url) }
        }
        return urls
    }

    func restore() {
        for url in changed {
            try? FileManager.default.setAttributes([.posixPermissions: NSNumber(value: 0o755)], ofItemAtPath: url.path)
        }
    }

    func run(_ rag: Rag, _ arguments: [String]) async throws -> RagResult {
        guard asRoot else { return try await rag.run(arguments) }
        var runner = rag
        runner.launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
        // The build folder may sit where `nobody` cannot go (a clone under /root): run a copy from the test's folder.
        let copy = folder.path("rag-for-nobody")
        if !FileManager.default.fileExists(atPath: copy.path) {
            try FileManager.default.copyItem(at: try RagExecutable.url(), to: copy)
            try FileManager.default.setAttributes([.posixPermissions: NSNumber(value: 0o755)], ofItemAtPath: copy.path)
        }
        runner.executable = copy
        return try await runner.run(arguments)
    }
}

/// A stand-in handler's weather: every request rate limited (429, `retry-after-ms: 1`) twice before it is answered
/// (a storm the client's two retries ride out), every request rate limited (one that outlasts them), or calm.
final class RateLimitStorm: Sendable {
    enum Weather { case calm, ridden, endless }

    private struct State {
        var weather = Weather.calm
        var attempts: [[UInt8]: Int] = [:]
        var limited = 0
    }

    private let state = Mutex(State())

    /// Starts new weather; requests already rate limited start counting again.
    func begin(_ weather: Weather) {
        state.withLock { state in
            state.weather = weather
            state.attempts = [:]
        }
    }

    /// How many 429s were answered.
    var limited: Int { state.withLock(\.limited) }

    func handler(passingTo handler: @escaping TestHTTPServer.Handler) -> TestHTTPServer.Handler {
        { request in
            let limit = self.state.withLock { state -> Bool in
                let attempt = state.attempts[request.body, default: 0]
                state.attempts[request.body] = attempt + 1
                let limited = state.weather == .endless || (state.weather == .ridden && attempt < 2)
                if limited { state.limited += 1 }
                return limited
            }
            guard limit else { return await handler(request) }
            return .error(status: 429, message: "Rate limit reached for requests", type: "requests", code: "rate_limit_exceeded",
                          headers: ["retry-after-ms": "1"])
        }
    }
}
