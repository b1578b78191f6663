import Foundation
import OpenAIClient
import RAGKit
import Testing
import TestSupport

/// A folder, its mirror ledger and a stand-in store, wired together for one test.
struct MirrorHarness {
    let folder: TemporaryDirectory
    let ledger: any MirrorLedger
    let remote: VectorStoreStandIn
    let sleeps = RecordedSleeps()

    /// A harness whose ledger is a SQLite file in the folder (`.files`), or that of an index of the folder kept in
    /// PostgreSQL (`.postgres`).
    init(_ backend: IndexBackend, processingSteps: Int = 1, pollAfterMilliseconds: Int? = nil) async throws {
        folder = try TemporaryDirectory()
        switch backend {
        case .files:
            ledger = try SQLiteMirrorLedger.open(at: folder.url.appendingPathComponent(".catalog.sqlite"))
        case .postgres:
            let request = IndexingRequest(directory: try backend.indexURL(for: folder.url), root: folder.url,
                                          providers: ProviderRequest(embedder: .local, environment: [:]))
            let writer = try await RAG.openForIndexing(request)
            _ = try await writer.index { _ in }
            ledger = writer.mirrorLedger()
        }
        remote = VectorStoreStandIn(processingSteps: processingSteps, pollAfterMilliseconds: pollAfterMilliseconds)
    }

    /// The folder's files as the index would describe them (hidden files left out).
    func localFiles() throws -> [MirrorLocalFile] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: folder.url, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { return [] }
        var files: [MirrorLocalFile] = []
        let rootPath = folder.url.resolvingSymlinksInPath().path
        for case let url as URL in enumerator {
            guard try url.resourceValues(forKeys: Set(keys)).isRegularFile == true else { continue }
            let data = try Data(contentsOf: url)
            let path = String(url.resolvingSymlinksInPath().path.dropFirst(rootPath.count + 1))
            files.append(MirrorLocalFile(relativePath: path, contentHash: Self.hash(data), byteCount: data.count, kind: "text", metadata: ["title": path.uppercased()]))
        }
        return files
    }

    func mirror(_ server: TestHTTPServer, maxRetries: Int = 2) -> VectorStoreMirror {
        VectorStoreMirror(
            client: .mirrorTesting(server, maxRetries: maxRetries, sleeps: sleeps), ledger: ledger, root: folder.url,
            chunking: VectorStoreMirror.chunking(chunkSize: 300, chunkOverlap: 100)
        )
    }

    func options(_ configure: (inout MirrorOptions) -> Void = { _ in }) -> MirrorOptions {
        let sleeps = sleeps
        var options = MirrorOptions(sleep: { await sleeps.record($0) })
        configure(&options)
        return options
    }

    func sync(_ server: TestHTTPServer, maxRetries: Int = 2, _ configure: (inout MirrorOptions) -> Void = { _ in }) async throws -> MirrorSummary {
        try await mirror(server, maxRetries: maxRetries).sync(local: localFiles(), options: options(configure))
    }

    /// Expects the store to hold exactly one completed file per accepted local file, with its content and attributes.
    func expectStoreMatchesFolder(_ storeID: String?, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let storeID = try #require(storeID, sourceLocation: sourceLocation)
        let local = try localFiles().filter { MirrorPlanner().skipReason($0) == nil }
        let attached = await remote.storeFiles(in: storeID)
        #expect(attached.map(\.status).allSatisfy { $0 == "completed" }, sourceLocation: sourceLocation)
        #expect(Set(attached.compactMap { $0.attributeStrings["path"] }) == Set(local.map(\.relativePath)), sourceLocation: sourceLocation)
        #expect(attached.count == local.count, "one store file per local file", sourceLocation: sourceLocation)
        for file in local {
            let stored = attached.first { $0.attributeStrings["path"] == file.relativePath }
            #expect(stored?.attributeStrings["content_hash"] == file.contentHash, sourceLocation: sourceLocation)
            var content: [UInt8]?
            if let stored { content = await remote.file(stored.id)?.content }
            #expect(content == Array(try Data(contentsOf: file.url(in: folder.url))), sourceLocation: sourceLocation)
        }
        // No orphan uploads: every stored file is attached.
        #expect(Set(await remote.allFiles.map(\.id)) == Set(attached.map(\.id)), sourceLocation: sourceLocation)
        let records = try await ledger.records()
        #expect(records.map(\.relativePath) == local.map(\.relativePath).sorted(), sourceLocation: sourceLocation)
        #expect(records.allSatisfy { $0.state == .synced }, sourceLocation: sourceLocation)
    }

    static func hash(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}

@Suite struct VectorStoreMirrorTests {
    @Test("Mirrors a folder into a new store; a second run sends no upload and changes nothing", arguments: IndexBackend.all)
    func mirrorTwice(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("a.md", "# Alpha\nrefunds within thirty days")
        try harness.folder.write("guides/b.txt", "beta guide")
        try harness.folder.write("data.csv", "x,y")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let first = try await harness.sync(server)
            #expect(first.createdStore)
            #expect(first.uploaded == ["a.md", "guides/b.txt"])
            #expect(first.skipped == [MirrorSkip(relativePath: "data.csv", reason: "file search does not accept .csv files")])
            #expect(first.failed.isEmpty && first.pending.isEmpty)
            try await harness.expectStoreMatchesFolder(first.vectorStoreID)
            let attached = await harness.remote.storeFiles(in: first.vectorStoreID ?? "")
            #expect(attached.allSatisfy { $0.chunkingJSON == #"{"static":{"chunk_overlap_tokens":100,"max_chunk_size_tokens":300},"type":"static"}"# })
            let aHash = try harness.localFiles().first { $0.relativePath == "a.md" }?.contentHash ?? ""
            #expect(attached.first { $0.attributeStrings["path"] == "a.md" }?.attributeStrings == [
                "path": "a.md", "content_hash": aHash, "kind": "text", "title": "A.MD",
            ])

            let requestsBefore = await server.requests.count
            let second = try await harness.sync(server)
            #expect(second.vectorStoreID == first.vectorStoreID)
            #expect(!second.createdStore && !second.changedAnything)
            #expect(second.unchanged == ["a.md", "guides/b.txt"])
            let secondRequests = await server.requests.dropFirst(requestsBefore)
            #expect(secondRequests.map { "\($0.method) \($0.path)" } == ["GET /v1/vector_stores/\(first.vectorStoreID ?? "")", "GET /v1/vector_stores/\(first.vectorStoreID ?? "")/files"])
            #expect(try await harness.ledger.status()?.inSync == 2)
        }
    }

    @Test("Replaces changed files, removes deleted ones, and uploads new ones", arguments: IndexBackend.all)
    func changes(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("a.md", "alpha")
        try harness.folder.write("b.md", "beta")
        try harness.folder.write("c.md", "gamma")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let first = try await harness.sync(server)
            let oldB = try await harness.ledger.records().first { $0.relativePath == "b.md" }?.fileID
            try harness.folder.write("b.md", "beta, revised")
            try harness.folder.remove("c.md")
            try harness.folder.write("d.md", "delta")
            let second = try await harness.sync(server)
            #expect(second.uploaded == ["d.md"])
            #expect(second.replaced == ["b.md"])
            #expect(second.removed == ["c.md"])
            #expect(second.unchanged == ["a.md"])
            #expect(await harness.remote.file(oldB ?? "") == nil)
            try await harness.expectStoreMatchesFolder(first.vectorStoreID)
        }
    }

    @Test("Dry run reports the plan and sends nothing but reads", arguments: IndexBackend.all)
    func dryRun(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("a.md", "alpha")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let summary = try await harness.sync(server) { $0.dryRun = true }
            #expect(summary.dryRun && summary.vectorStoreID == nil)
            #expect(summary.uploaded == ["a.md"])
            #expect(await server.requests.isEmpty)
            #expect(try await harness.ledger.store() == nil)
        }
    }

    @Test("Converges after a run killed midway, without duplicating files", arguments: IndexBackend.all, [1, 2, 3, 4, 5, 6, 7])
    func killedMidway(_ backend: IndexBackend, requestsBeforeKill: Int) async throws {
        let harness = try await MirrorHarness(backend)
        for name in ["a", "b", "c", "d"] { try harness.folder.write("\(name).md", "file \(name)") }
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            await harness.remote.startOutage(afterRequests: requestsBeforeKill)
            await #expect(throws: RAGError.self) {
                _ = try await harness.sync(server, maxRetries: 0) { $0.maxConcurrentUploads = 1 }
            }
            await harness.remote.startOutage(afterRequests: nil)
            let resumed = try await harness.sync(server)
            try await harness.expectStoreMatchesFolder(resumed.vectorStoreID)
            #expect(await harness.remote.allStores.count == 1)
            let again = try await harness.sync(server)
            #expect(!again.changedAnything)
        }
    }

    @Test("After an interrupted run, deletes the uploads it never recorded, and only those", arguments: IndexBackend.all)
    func orphanUploads(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("a.md", "alpha")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let storeID = try #require(try await harness.sync(server).vectorStoreID)
            let client = OpenAI.mirrorTesting(server)
            let orphan = try await client.files.create(CreateFileRequest(bytes: Array("ghost".utf8), filename: "\(storeID)--ghost.md", purpose: .assistants))
            let unrelated = try await client.files.create(CreateFileRequest(bytes: Array("mine".utf8), filename: "ghost.md", purpose: .assistants))

            _ = try await harness.sync(server)
            #expect(await harness.remote.file(orphan.id) != nil, "a clean previous run does not sweep")

            try await harness.ledger.beginRun()
            _ = try await harness.sync(server)
            #expect(await harness.remote.file(orphan.id) == nil)
            #expect(await harness.remote.file(unrelated.id) != nil)
            #expect(try await harness.ledger.store()?.wasInterrupted == false)
        }
    }

    @Test("Reconciles a file deleted remotely and one someone else added", arguments: IndexBackend.all)
    func reconciles(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("a.md", "alpha")
        try harness.folder.write("b.md", "beta")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let first = try await harness.sync(server)
            let storeID = try #require(first.vectorStoreID)
            let a = try #require(try await harness.ledger.records().first { $0.relativePath == "a.md" })
            await harness.remote.deleteBehindTheScenes(fileID: a.fileID)
            let client = OpenAI.mirrorTesting(server)
            let foreign = try await client.files.create(CreateFileRequest(bytes: Array("stray".utf8), filename: "stray.txt", purpose: .assistants))
            _ = try await client.vectorStores.files.create(vectorStoreID: storeID, CreateVectorStoreFileRequest(fileID: foreign.id))

            let second = try await harness.sync(server)
            #expect(second.replaced == ["a.md"])
            #expect(second.removed == ["stray.txt (\(foreign.id))"])
            #expect(await harness.remote.storeFiles(in: storeID).contains { $0.id == foreign.id } == false)
            #expect(await harness.remote.file(foreign.id) != nil, "a file the mirror did not upload is detached, not deleted")
            await harness.remote.deleteBehindTheScenes(fileID: foreign.id)
            try await harness.expectStoreMatchesFolder(storeID)
        }
    }

    @Test("Reports a file that fails processing with the server's reason, and keeps it failed until it changes", arguments: IndexBackend.all)
    func processingFailure(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("good.md", "fine")
        try harness.folder.write("scan.pdf", "%PDF")
        await harness.remote.failProcessing(named: "scan.pdf", code: "unsupported_file", message: "The file has no text.")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let first = try await harness.sync(server)
            #expect(first.failed == [MirrorSkip(relativePath: "scan.pdf", reason: "unsupported_file: The file has no text.")])
            #expect(try await harness.ledger.status().map { [$0.inSync, $0.pending, $0.failed] as [Int] } == [1, 0, 1])
            let uploadsBefore = await server.requests.filter { $0.path == "/v1/files" && $0.method == "POST" }.count
            let second = try await harness.sync(server)
            #expect(second.failed.map(\.relativePath) == ["scan.pdf"])
            #expect(await server.requests.filter { $0.path == "/v1/files" && $0.method == "POST" }.count == uploadsBefore)

            await harness.remote.clearProcessingFault(named: "scan.pdf")
            try harness.folder.write("scan.pdf", "%PDF-1.7 with text")
            let third = try await harness.sync(server)
            #expect(third.replaced == ["scan.pdf"] && third.failed.isEmpty)
            try await harness.expectStoreMatchesFolder(first.vectorStoreID)
        }
    }

    @Test("Reports an upload that keeps failing, and uploads it on the next run", arguments: IndexBackend.all)
    func uploadFailure(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("a.md", "alpha")
        try harness.folder.write("b.md", "beta")
        await harness.remote.failUpload(named: "b.md", status: 500, times: 3)
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let first = try await harness.sync(server, maxRetries: 2)
            #expect(first.uploaded == ["a.md"])
            #expect(first.failed.map(\.relativePath) == ["b.md"])
            #expect(first.failed.first?.reason.hasPrefix("upload failed:") == true)
            let second = try await harness.sync(server)
            #expect(second.uploaded == ["b.md"])
            try await harness.expectStoreMatchesFolder(first.vectorStoreID)
        }
    }

    @Test("Rides out a 429 burst", arguments: IndexBackend.all)
    func rateLimitBurst(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        for name in ["a", "b", "c"] { try harness.folder.write("\(name).md", "file \(name)") }
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            await harness.remote.rateLimitNext(3, retryAfterMilliseconds: 5)
            let summary = try await harness.sync(server, maxRetries: 4)
            #expect(summary.uploaded.count == 3)
            #expect(await harness.sleeps.durations.filter { $0 == .milliseconds(5) }.count == 3)
            try await harness.expectStoreMatchesFolder(summary.vectorStoreID)
        }
    }

    @Test("Stops with a clear error when the quota is exhausted, and finishes on the next run", arguments: IndexBackend.all)
    func quota(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("a.md", "alpha")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            await harness.remote.setQuotaExhausted(true)
            let error = await #expect(throws: RAGError.self) { _ = try await harness.sync(server) }
            #expect(error?.kind == .quotaExhausted)
            #expect(error?.message.contains("quota") == true)
            await harness.remote.setQuotaExhausted(false)
            let summary = try await harness.sync(server)
            try await harness.expectStoreMatchesFolder(summary.vectorStoreID)
        }
    }

    @Test("Refuses a vector store that does not exist", arguments: IndexBackend.all)
    func unknownStore(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("a.md", "alpha")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let error = await #expect(throws: RAGError.self) { _ = try await harness.sync(server) { $0.vectorStoreID = "vs_missing" } }
            #expect(error?.kind == .vectorStoreNotFound)
            #expect(error?.message.contains("vs_missing") == true)
            #expect(await harness.remote.allStores.isEmpty)
        }
    }

    @Test("Mirrors into an existing store, and into a new one when the recorded store was deleted", arguments: IndexBackend.all)
    func existingAndDeletedStore(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("a.md", "alpha")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let existing = await harness.remote.makeStore(name: "shared")
            let first = try await harness.sync(server) { $0.vectorStoreID = existing }
            #expect(first.vectorStoreID == existing && !first.createdStore)
            try await harness.expectStoreMatchesFolder(existing)

            await harness.remote.deleteStoreBehindTheScenes(existing)
            let second = try await harness.sync(server)
            #expect(second.createdStore && second.vectorStoreID != existing)
            try await harness.expectStoreMatchesFolder(second.vectorStoreID)
        }
    }

    @Test("Uploads large files through the multipart uploads endpoint", arguments: IndexBackend.all)
    func multipart(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("big.txt", String(repeating: "abcdefghij", count: 50))
        try harness.folder.write("small.md", "small")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let summary = try await harness.sync(server) { $0.multipartThreshold = 100; $0.multipartPartSize = 200 }
            #expect(summary.uploaded == ["big.txt", "small.md"])
            let requests = await server.requests
            #expect(requests.filter { $0.path.hasSuffix("/parts") }.count == 3)
            #expect(requests.filter { $0.path == "/v1/files" }.count == 1)
            try await harness.expectStoreMatchesFolder(summary.vectorStoreID)
        }
    }

    @Test("Waits as long as the server's openai-poll-after-ms asks between processing checks", arguments: IndexBackend.all)
    func followsPollAfter(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend, processingSteps: 2, pollAfterMilliseconds: 7)
        try harness.folder.write("a.md", "alpha")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let summary = try await harness.sync(server) { $0.pollInterval = .seconds(1); $0.waitTimeout = .seconds(30) }
            #expect(summary.pending.isEmpty && summary.uploaded == ["a.md"])
            let durations = await harness.sleeps.durations
            #expect(!durations.isEmpty && durations.allSatisfy { $0 == .milliseconds(7) }, "\(durations)")
        }
    }

    @Test("Reports files still processing when the wait ends, and records them on the next run", arguments: IndexBackend.all)
    func boundedWait(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend, processingSteps: 50)
        try harness.folder.write("a.md", "alpha")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let first = try await harness.sync(server) { $0.pollInterval = .seconds(1); $0.waitTimeout = .seconds(3) }
            #expect(first.pending == ["a.md"])
            #expect(await harness.sleeps.durations == [.seconds(1), .seconds(1), .seconds(1)])
            #expect(try await harness.ledger.status()?.pending == 1)
            let second = try await harness.sync(server) { $0.pollInterval = .seconds(1); $0.waitTimeout = .seconds(100) }
            #expect(second.adopted == ["a.md"] && second.uploaded.isEmpty)
            try await harness.expectStoreMatchesFolder(first.vectorStoreID)
        }
    }

    @Test("A changed file whose new version fails processing stays searchable at its earlier version, across runs, until a version is processed",
          arguments: IndexBackend.all)
    func failedReplacementKeepsEarlierVersion(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("a.md", "alpha")
        try harness.folder.write("b.md", "beta")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let first = try await harness.sync(server)
            let storeID = try #require(first.vectorStoreID)
            let earlier = try #require(try await harness.ledger.records().first { $0.relativePath == "a.md" }?.fileID)

            await harness.remote.failProcessing(named: "a.md", code: "invalid_file", message: "The file could not be parsed.")
            try harness.folder.write("a.md", "alpha, revised badly")
            let second = try await harness.sync(server)
            #expect(second.replaced == ["a.md"] && second.failed.map(\.relativePath) == ["a.md"])
            let failed = try #require(try await harness.ledger.records().first { $0.relativePath == "a.md" })
            #expect(failed.state == .failed && failed.supersededFileID == earlier)
            #expect(await harness.remote.storeFiles(in: storeID).first { $0.id == earlier }?.status == "completed")

            // The next run neither removes the earlier version as untracked nor uploads the failed one again.
            let third = try await harness.sync(server)
            #expect(third.removed.isEmpty && third.uploaded.isEmpty && third.failed.map(\.relativePath) == ["a.md"])
            #expect(await harness.remote.storeFiles(in: storeID).first { $0.id == earlier }?.status == "completed")

            // A version that processes replaces both.
            await harness.remote.clearProcessingFault(named: "a.md")
            try harness.folder.write("a.md", "alpha, revised well")
            let fourth = try await harness.sync(server)
            #expect(fourth.replaced == ["a.md"] && fourth.failed.isEmpty)
            #expect(await harness.remote.file(earlier) == nil)
            #expect(await harness.remote.file(failed.fileID) == nil)
            #expect(try await harness.ledger.records().allSatisfy { $0.supersededFileID == nil })
            try await harness.expectStoreMatchesFolder(storeID)
        }
    }

    @Test("A changed file's earlier version stays while its replacement is still processing when a run ends, and goes once it is processed",
          arguments: IndexBackend.all)
    func pendingReplacementKeepsEarlierVersion(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        try harness.folder.write("a.md", "alpha")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let first = try await harness.sync(server)
            let storeID = try #require(first.vectorStoreID)
            let earlier = try #require(try await harness.ledger.records().first?.fileID)

            await harness.remote.setProcessingSteps(50)
            try harness.folder.write("a.md", "alpha, revised")
            let second = try await harness.sync(server) { $0.pollInterval = .seconds(1); $0.waitTimeout = .seconds(2) }
            #expect(second.pending == ["a.md"])
            #expect(await harness.remote.storeFiles(in: storeID).first { $0.id == earlier }?.status == "completed")
            #expect(try await harness.ledger.records().first?.supersededFileID == earlier)

            await harness.remote.setProcessingSteps(1)
            let third = try await harness.sync(server) { $0.pollInterval = .seconds(1); $0.waitTimeout = .seconds(100) }
            #expect(third.adopted == ["a.md"] && third.uploaded.isEmpty && third.replaced.isEmpty)
            #expect(await harness.remote.file(earlier) == nil)
            try await harness.expectStoreMatchesFolder(storeID)
        }
    }

    @Test("A path longer than an attribute value is stored as its beginning and its hash, and recorded in full", arguments: IndexBackend.all)
    func longPaths(_ backend: IndexBackend) async throws {
        let harness = try await MirrorHarness(backend)
        let paths = MirrorPlannerTests.twoLongPaths
        try harness.folder.write(paths[0], "the aardvark digs at night")
        try harness.folder.write(paths[1], "the bandicoot sleeps by day")
        try await TestHTTPServer.withServer(handler: harness.remote.handler()) { server in
            let first = try await harness.sync(server)
            #expect(first.uploaded == paths)
            let attached = await harness.remote.storeFiles(in: first.vectorStoreID ?? "")
            #expect(attached.count == 2)
            #expect(attached.allSatisfy { $0.attributeStrings["path"]?.count == MirrorAttributes.maxValueLength })
            #expect(Set(attached.compactMap { $0.attributeStrings["path_sha256"] }).count == 2)
            #expect(try await harness.ledger.records().map(\.relativePath) == paths)
            let second = try await harness.sync(server)
            #expect(second.unchanged == paths && !second.changedAnything)
        }
    }
}
