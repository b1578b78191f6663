import Foundation
import OpenAIClient
import RAGKit
import Testing
import TestSupport

/// The index-level mirror API: documents and records from the index's storage (files or PostgreSQL), remote search.
@Suite struct RAGMirrorTests {
    @Test("Mirrors an index with its chunking and metadata, reports status, and searches the store like the index")
    func mirrorIndex() async throws {
        let fixture = try IndexFixture(files: [
            "guide.md": "---\ntitle: Setup guide\n---\n# Setup\n\nInstall the agent, then restart the monitor.\n",
            "notes/rotation.txt": "Log rotation happens every night at midnight.\n",
        ])
        let rag = try fixture.create(LocalEmbedder(), chunkSize: 300, overlap: 100)
        try await IndexFixture.run(rag)
        #expect(try await rag.mirrorStatus() == nil)
        let remote = VectorStoreStandIn()
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let sleeps = RecordedSleeps()
            let client = OpenAI.mirrorTesting(server, sleeps: sleeps)
            let summary = try await rag.mirror(client: client, options: MirrorOptions(sleep: { await sleeps.record($0) }))
            #expect(summary.uploaded == ["guide.md", "notes/rotation.txt"])
            let storeID = try #require(summary.vectorStoreID)
            let attached = await remote.storeFiles(in: storeID)
            #expect(attached.allSatisfy { $0.chunkingJSON?.contains(#""max_chunk_size_tokens":300"#) == true && $0.chunkingJSON?.contains(#""chunk_overlap_tokens":100"#) == true })
            let guide = try #require(attached.first { $0.attributeStrings["path"] == "guide.md" })
            #expect(guide.attributeStrings["kind"]?.isEmpty == false)
            #expect(guide.attributeStrings["title"] == "Setup guide")
            let guideHash = try await rag.mirrorLocalFiles().first { $0.relativePath == "guide.md" }?.contentHash
            #expect(guide.attributeStrings["content_hash"] == guideHash)

            let status = try #require(try await rag.mirrorStatus())
            #expect(status.vectorStoreID == storeID)
            #expect([status.inSync, status.pending, status.failed] as [Int] == [2, 0, 0])
            #expect(status.lastSyncAt != nil)
            #expect(status.lastSummary?.uploaded == summary.uploaded)

            let hits = try await rag.remoteSearch("log rotation midnight", client: client, options: SearchOptions(k: 1))
            #expect(hits.map(\.path) == ["notes/rotation.txt"])
            #expect(hits.first?.rank == 1)
            let filtered = try await rag.remoteSearch("restart monitor", client: client, options: SearchOptions(metadata: ["title": "Setup guide"]))
            #expect(filtered.map(\.path) == ["guide.md"])
            let globbed = try await rag.remoteSearch("rotation restart", client: client, options: SearchOptions(pathGlob: "notes/*"))
            #expect(globbed.map(\.path) == ["notes/rotation.txt"])

            // Reopened, the index still knows its store, and a second run changes nothing.
            let reopened = try RAG.open(at: fixture.indexURL)
            let again = try await reopened.mirror(client: client, options: MirrorOptions(sleep: { await sleeps.record($0) }))
            #expect(again.vectorStoreID == storeID && !again.changedAnything)
        }
    }

    @Test("Remote search names a file by its recorded path, so a glob matches a path longer than an attribute value")
    func remoteSearchLongPath() async throws {
        let paths = MirrorPlannerTests.twoLongPaths
        let fixture = try IndexFixture(files: [paths[0]: "The aardvark digs at night.\n", paths[1]: "The bandicoot sleeps by day.\n"])
        let rag = try fixture.create(LocalEmbedder(), chunkSize: 300, overlap: 100)
        try await IndexFixture.run(rag)
        let remote = VectorStoreStandIn()
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let sleeps = RecordedSleeps()
            let client = OpenAI.mirrorTesting(server, sleeps: sleeps)
            _ = try await rag.mirror(client: client, options: MirrorOptions(sleep: { await sleeps.record($0) }))
            let hits = try await rag.remoteSearch("bandicoot sleeps", client: client, options: SearchOptions(k: 2, pathGlob: "**/second-of-two.md"))
            #expect(hits.map(\.path) == [paths[1]])
        }
    }

    @Test("Mirrors an index kept in files or in PostgreSQL through a full sync, a change, an interrupted run and a rebuild that keeps the records",
          arguments: IndexBackend.all)
    func mirrorAcrossRuns(_ backend: IndexBackend) async throws {
        let folder = try TemporaryDirectory()
        for (path, text) in IndexFixture.animalFiles() { try folder.write(path, text) }
        let index = try backend.indexURL(for: folder.url)
        let providers = ProviderRequest(embedder: .local, environment: [:])
        func update(rebuild: Bool = false, chunkSize: Int? = nil) async throws {
            let request = IndexingRequest(directory: index, root: folder.url, providers: providers, chunkSize: chunkSize,
                                          chunkOverlap: chunkSize.map { $0 / 4 }, rebuild: rebuild)
            _ = try await RAG.openForIndexing(request).index { _ in }
        }
        func open() async throws -> RAG { try await RAG.open(at: index, providers: providers) }
        try await update()
        #expect(try await open().mirrorStatus() == nil)
        let paths = IndexFixture.animalFiles().keys.sorted()
        let remote = VectorStoreStandIn()
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let sleeps = RecordedSleeps()
            let client = OpenAI.mirrorTesting(server, sleeps: sleeps)
            let options = MirrorOptions(maxConcurrentUploads: 1, sleep: { await sleeps.record($0) })

            let first = try await open().mirror(client: client, options: options)
            let storeID = try #require(first.vectorStoreID)
            #expect(first.uploaded == paths)
            let status = try #require(try await open().mirrorStatus())
            #expect(status.vectorStoreID == storeID && [status.inSync, status.pending, status.failed] as [Int] == [paths.count, 0, 0])
            #expect(status.lastSummary?.uploaded == paths)
            #expect(try await open().remoteSearch("kinkajou", client: client, options: SearchOptions(k: 1)).map(\.path) == ["zoo/10-kinkajou.md"])

            try folder.write(paths[1], "# The badger\n\nThe badger moved to the nocturnal house.\n")
            try folder.remove(paths[2])
            try folder.write("zoo/12-okapi.md", "# The okapi\n\nThe okapi lives in enclosure 12.\n")
            try await update()
            let second = try await open().mirror(client: client, options: options)
            #expect(second.replaced == [paths[1]] && second.removed == [paths[2]] && second.uploaded == ["zoo/12-okapi.md"])
            #expect(second.vectorStoreID == storeID && second.unchanged.count == paths.count - 2)

            // Cut off after the store lookup, the listing and one upload: the upload is recorded, the run marked interrupted.
            try folder.write(paths[3], "# The dingo\n\nThe dingo moved.\n")
            try folder.write(paths[4], "# The echidna\n\nThe echidna moved.\n")
            try await update()
            await remote.startOutage(afterRequests: 3)
            await #expect(throws: RAGError.self) {
                _ = try await open().mirror(client: .mirrorTesting(server, maxRetries: 0, sleeps: sleeps), options: options)
            }
            await remote.startOutage(afterRequests: nil)
            let ledger = try await open().mirrorLedger()
            #expect(try await ledger.store()?.wasInterrupted == true)
            let hashes = Dictionary(uniqueKeysWithValues: try await open().mirrorLocalFiles().map { ($0.relativePath, $0.contentHash) })
            let cutOff = try #require(try await ledger.records().first { $0.relativePath == paths[3] })
            #expect(cutOff.state == .pending && cutOff.contentHash == hashes[paths[3]])
            let resumed = try await open().mirror(client: client, options: options)
            #expect(resumed.vectorStoreID == storeID && resumed.replaced.contains(paths[4]))
            let attached = await remote.storeFiles(in: storeID)
            #expect(attached.count == hashes.count && attached.allSatisfy { $0.status == "completed" })
            #expect(Set(attached.compactMap { $0.attributeStrings["content_hash"] }) == Set(hashes.values))
            #expect(Set(await remote.allFiles.map(\.id)) == Set(attached.map(\.id)), "no orphan uploads")
            let records = try await ledger.records()
            #expect(records.map(\.relativePath) == hashes.keys.sorted() && records.allSatisfy { $0.state == .synced })
            #expect(try await ledger.store()?.wasInterrupted == false)

            // A rebuild makes a new index, with the records of the old one.
            try await update(rebuild: true, chunkSize: 200)
            let rebuilt = try await open()
            #expect(rebuilt.settings.chunkSize == 200)
            #expect(try await rebuilt.mirrorLedger().records() == records)
            #expect(try await rebuilt.mirrorStatus()?.vectorStoreID == storeID)
            let again = try await rebuilt.mirror(client: client, options: options)
            #expect(again.vectorStoreID == storeID && !again.changedAnything)
        }
    }

    @Test("Remote hits carry the heading path and chunk position of the local chunk their passage is in")
    func remoteHitsAreLocated() async throws {
        let guide = """
            # Beacon

            Beacon watches the services on a host and restarts them when they fail.

            ## Install

            Download the package for your distribution and install it with the package manager.

            ## Rotation

            Beacon does not rotate its own log file. Logrotate keeps fourteen compressed copies
            and rotates them daily at midnight, so the disk never fills up.

            """
        let fixture = try IndexFixture(files: ["guide.md": guide])
        let embedder = LocalEmbedder()
        let rag = try RAG.create(
            at: fixture.indexURL, root: fixture.folder.url,
            settings: IndexSettings(embedder: embedder, chunker: .markdown, chunkSize: 100, chunkOverlap: 0),
            embedder: embedder)
        try await IndexFixture.run(rag)
        let local = try #require(try await rag.search("logrotate fourteen", options: SearchOptions(k: 1, mode: .keyword)).first)
        #expect(local.headingPath == ["Beacon", "Rotation"])
        let remote = VectorStoreStandIn(searchReturnsParagraphs: true)
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let sleeps = RecordedSleeps()
            let client = OpenAI.mirrorTesting(server, sleeps: sleeps)
            _ = try await rag.mirror(client: client, options: MirrorOptions(sleep: { await sleeps.record($0) }))

            // The store's passage is the paragraph on one line; the local chunk has the heading and a line break.
            let hit = try #require(try await rag.remoteSearch("logrotate fourteen midnight", client: client, options: SearchOptions(k: 1)).first)
            #expect(hit.text.hasPrefix("Beacon does not rotate its own log file. Logrotate keeps fourteen compressed copies and"))
            #expect(hit.headingPath == ["Beacon", "Rotation"])
            #expect(hit.chunkIndex == local.chunkIndex)
            #expect(hit.page == nil)

            // Rewritten locally and re-indexed but not mirrored again: the store's passage is found nowhere.
            let rewritten = guide.replacingOccurrences(
                of: "Beacon does not rotate its own log file. Logrotate keeps fourteen compressed copies\nand rotates them daily at midnight, so the disk never fills up.",
                with: "Beacon leaves rotation to the journal.")
            #expect(rewritten != guide)
            try fixture.folder.write("guide.md", rewritten)
            try await IndexFixture.run(rag)
            let stale = try #require(try await rag.remoteSearch("logrotate fourteen midnight", client: client, options: SearchOptions(k: 1)).first)
            #expect(stale.text.contains("fourteen compressed copies"))
            #expect(stale.headingPath.isEmpty)
            #expect(stale.chunkIndex == 0)
        }
    }

    @Test("Remote search before any mirror run says what to do")
    func remoteSearchWithoutStore() async throws {
        let fixture = try IndexFixture(files: ["a.md": "alpha"])
        let rag = try fixture.create(LocalEmbedder())
        try await TestHTTPServer.withServer { server in
            let error = await #expect(throws: RAGError.self) { _ = try await rag.remoteSearch("alpha", client: .mirrorTesting(server)) }
            #expect(error?.kind == .invalidArgument)
            #expect(error?.message.contains("mirror it first") == true)
        }
    }

    @Test("Needs an API key or a base URL")
    func connection() throws {
        let error = #expect(throws: RAGError.self) { _ = try MirrorConnection(environment: [:]) }
        #expect(error?.kind == .missingAPIKey)
        #expect(error?.message.contains("OPENAI_API_KEY") == true)
        #expect(throws: Never.self) { _ = try MirrorConnection(environment: ["OPENAI_API_KEY": "sk-x"]) }
        #expect(throws: Never.self) { _ = try MirrorConnection(environment: [:], baseURL: "http://127.0.0.1:1/v1") }
        #expect(throws: RAGError.self) { _ = try MirrorConnection(environment: [:], baseURL: "not a url") }
    }
}

@Suite struct RAGRemoteAskTests {
    @Test("Answers through the vector store with numbered citations of the remote passages")
    func remoteAsk() async throws {
        let fixture = try IndexFixture(files: [
            "rotation.md": "# Rotation\n\nLog rotation happens every night at midnight.\n",
            "install.md": "# Install\n\nInstall the agent with the package manager.\n",
        ])
        let rag = try fixture.create(LocalEmbedder())
        try await IndexFixture.run(rag)
        let remote = VectorStoreStandIn(processingSteps: 0)
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let client = OpenAI.mirrorTesting(server)
            _ = try await rag.mirror(client: client)
            var started: [Citation] = []
            var answer: Answer?
            for try await event in rag.ask("When does log rotation happen?", using: ExtractiveAnswerer(), from: .vectorStore(client)) {
                switch event {
                case .started(_, let sources): started = sources
                case .finished(let finished): answer = finished
                case .text: break
                }
            }
            #expect(started.first?.path == "rotation.md")
            #expect(started.map(\.number) == Array(1...started.count))
            let finished = try #require(answer)
            #expect(finished.text.contains("midnight"))
            #expect(finished.citations.map(\.path).contains("rotation.md"))
            let searches = await server.requests.filter { $0.path.hasSuffix("/search") }
            #expect(searches.count == 1)
        }
    }
}
