import Foundation
import GRDB
import Testing
@testable import RAGKit

@Suite struct IndexingTests {
    private static let docs = [
        "ops/logs.md": """
            # Operations

            ## Log rotation

            Logs are written to /var/log/app. To rotate the logs, run `app logs rotate`; the nightly job
            compresses files older than a day and deletes them after a week.
            """,
        "install.md": """
            # Install

            Install the package with `apt-get install app`, then enable the service with systemctl.
            """,
        "faq.txt": "Frequently asked: the dashboard listens on port 8080 and needs a modern browser.\n",
    ]

    @Test("Indexes a folder, then every search mode finds the right passage")
    func indexAndSearch() async throws {
        let fixture = try IndexFixture(files: Self.docs)
        let embedder = CountingEmbedder()
        let rag = try fixture.create(embedder)
        let (summary, events) = try await IndexFixture.index(rag)
        #expect(summary.added == ["faq.txt", "install.md", "ops/logs.md"])
        #expect(summary.chunks == 3)
        #expect(summary.embeddingCalls == embedder.calls)
        #expect(summary.chunksEmbedded == 3)
        guard case .started(let total) = events.first else { Issue.record("first event is not started"); return }
        #expect(total == 3)

        for mode in SearchMode.allKnown {
            let hits = try await rag.search("how to rotate logs", options: SearchOptions(k: 2, mode: mode))
            #expect(hits.first?.path == "ops/logs.md", "mode \(mode)")
            #expect(hits.first?.rank == 1)
            #expect(hits.first?.headingPath.first == "Operations", "mode \(mode)")
        }
        let port = try await rag.search("port 8080", options: SearchOptions(k: 1))
        #expect(port.map(\.path) == ["faq.txt"])
    }

    @Test("The markdown chunker cuts by heading and records heading paths")
    func markdownChunker() async throws {
        let fixture = try IndexFixture(files: Self.docs)
        let embedder = LocalEmbedder()
        let rag = try RAG.create(at: fixture.indexURL, root: fixture.folder.url,
                                 settings: IndexSettings(embedder: embedder, chunker: .markdown, chunkSize: 200, chunkOverlap: 20),
                                 embedder: embedder)
        try await IndexFixture.index(rag)
        #expect(rag.settings.chunker == .markdown)
        let hits = try await rag.search("rotate the logs", options: SearchOptions(k: 1))
        #expect(hits.first?.path == "ops/logs.md")
        #expect(hits.first?.headingPath == ["Operations", "Log rotation"])
    }

    @Test("An unchanged second run makes no embedding call; touching a file without changing it neither")
    func unchangedRun() async throws {
        let fixture = try IndexFixture(files: Self.docs)
        let embedder = CountingEmbedder()
        let rag = try fixture.create(embedder)
        try await IndexFixture.index(rag)
        let callsAfterFirst = embedder.calls

        let second = try await IndexFixture.index(rag).summary
        #expect(second.embeddingCalls == 0)
        #expect(second.unchanged == ["faq.txt", "install.md", "ops/logs.md"])
        #expect(second.added.isEmpty && second.updated.isEmpty && second.removed.isEmpty)

        let later = Date(timeIntervalSinceNow: 3600)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: fixture.folder.url.appending(path: "faq.txt").path)
        let touched = try await IndexFixture.index(rag).summary
        #expect(touched.embeddingCalls == 0)
        #expect(touched.unchanged.contains("faq.txt"))
        #expect(embedder.calls == callsAfterFirst)
    }

    @Test("Documents read by an earlier release's loaders are read again; text they read the same costs no embedding")
    func earlierTextRevision() async throws {
        let fixture = try IndexFixture(files: Self.docs)
        let rag = try fixture.create(LocalEmbedder())
        #expect(try await IndexFixture.index(rag).summary.added.count == 3)
        let catalog = try #require(IndexDirectory(fixture.indexURL).liveData).appending(path: Catalog.fileName)
        try await DatabaseQueue(path: catalog.path).write { db in
            try db.execute(sql: "UPDATE documents SET textRevision = 0 WHERE path <> 'faq.txt'")
        }
        let reread = try await IndexFixture.index(rag).summary
        #expect(reread.updated == ["install.md", "ops/logs.md"])
        #expect(reread.unchanged == ["faq.txt"])
        #expect(reread.embeddingCalls == 0)
        let after = try await IndexFixture.index(rag).summary
        #expect(after.unchanged == ["faq.txt", "install.md", "ops/logs.md"])
    }

    @Test("Add, edit, rename and delete: only new text is embedded, a rename costs nothing")
    func incremental() async throws {
        let fixture = try IndexFixture(files: Self.docs)
        let embedder = CountingEmbedder()
        let rag = try fixture.create(embedder)
        try await IndexFixture.index(rag)

        try fixture.folder.write("new.md", "# New\n\nA brand new page about quokkas and their habits.\n")
        let added = try await IndexFixture.index(rag).summary
        #expect(added.added == ["new.md"])
        #expect(added.chunksEmbedded == 1)

        try fixture.folder.write("install.md", "# Install\n\nInstall with the tarball from the releases page instead.\n")
        let edited = try await IndexFixture.index(rag).summary
        #expect(edited.updated == ["install.md"])
        #expect(edited.chunksEmbedded == 1)
        #expect(edited.vectorsCollected == 1)
        #expect(try await rag.search("tarball releases", options: SearchOptions(k: 1, mode: .keyword)).first?.path == "install.md")
        #expect(try await rag.search("systemctl", options: SearchOptions(k: 3, mode: .keyword)).isEmpty)

        let callsBeforeRename = embedder.calls
        try fixture.folder.move("ops/logs.md", to: "operations/logging.md")
        let renamed = try await IndexFixture.index(rag).summary
        #expect(embedder.calls == callsBeforeRename)
        #expect(renamed.embeddingCalls == 0)
        #expect(renamed.added == ["operations/logging.md"])
        #expect(renamed.removed == ["ops/logs.md"])
        #expect(renamed.vectorsCollected == 0)
        #expect(try await rag.search("rotate the logs", options: SearchOptions(k: 1)).first?.path == "operations/logging.md")

        try fixture.folder.remove("new.md")
        let deleted = try await IndexFixture.index(rag).summary
        #expect(deleted.removed == ["new.md"])
        #expect(deleted.vectorsCollected == 1)
        #expect(try await rag.search("quokkas", options: SearchOptions(k: 5)).allSatisfy { $0.path != "new.md" })
        let status = try await rag.status()
        #expect(status.documents == 3 && status.chunks == 3 && status.vectors == 3)
    }

    @Test("Identical text in two files is embedded once and found in both")
    func sharedText() async throws {
        let text = "# Shared\n\nThe same paragraph about walruses appears twice.\n"
        let fixture = try IndexFixture(files: ["a.md": text, "b.md": text])
        let embedder = CountingEmbedder()
        let rag = try fixture.create(embedder)
        let summary = try await IndexFixture.index(rag).summary
        #expect(summary.chunksEmbedded == 1)
        #expect(try await rag.status().vectors == 1)
        let hits = try await rag.search("walruses", options: SearchOptions(k: 5, mode: .vector))
        #expect(hits.map(\.path) == ["a.md", "b.md"])
    }

    @Test("Resuming an interrupted run embeds only what is missing and equals a clean build")
    func resume() async throws {
        let files = IndexFixture.animalFiles()
        let options = IndexingOptions(maxConcurrentRequests: 1)

        let clean = try IndexFixture(files: files)
        let cleanEmbedder = CountingEmbedder(maxInputsPerRequest: 2)
        let cleanRAG = try clean.create(cleanEmbedder)
        let cleanSummary = try await IndexFixture.index(cleanRAG, options: options).summary
        #expect(cleanSummary.embeddingCalls == 6)

        let interrupted = try IndexFixture(files: files)
        let gate = Gate(callNumber: 3)
        let firstRAG = try interrupted.create(CountingEmbedder(maxInputsPerRequest: 2, gate: gate))
        let run = Task { try await IndexFixture.run(firstRAG, options: options) }
        await gate.reached()
        run.cancel()
        let outcome = await run.result
        #expect(throws: CancellationError.self) { try outcome.get() }

        let resumedEmbedder = CountingEmbedder(maxInputsPerRequest: 2)
        let resumedRAG = try RAG.open(at: interrupted.indexURL, embedder: resumedEmbedder)
        #expect(resumedRAG.root == interrupted.folder.url.standardizedFileURL)
        let resumed = try await IndexFixture.index(resumedRAG, options: options).summary
        #expect(resumed.embeddingCalls == 4)
        #expect(resumed.chunksEmbedded == 8)
        #expect(resumed.unchanged.count == 4)

        let cleanStatus = try await cleanRAG.status(), resumedStatus = try await resumedRAG.status()
        #expect(cleanStatus.documents == resumedStatus.documents)
        #expect(cleanStatus.chunks == resumedStatus.chunks)
        #expect(cleanStatus.vectors == resumedStatus.vectors)
        for animal in IndexFixture.animals {
            for mode in SearchMode.allKnown {
                let expected = try await cleanRAG.search("where does the \(animal) live", options: SearchOptions(k: 3, mode: mode))
                let actual = try await resumedRAG.search("where does the \(animal) live", options: SearchOptions(k: 3, mode: mode))
                #expect(actual == expected, "\(animal) \(mode)")
            }
        }
    }

    @Test("Searches during indexing see the committed documents, from this and another handle")
    func searchDuringIndexing() async throws {
        let fixture = try IndexFixture(files: IndexFixture.animalFiles())
        let gate = Gate(callNumber: 3)
        let rag = try fixture.create(CountingEmbedder(maxInputsPerRequest: 2, gate: gate))
        let run = Task { try await IndexFixture.index(rag, options: IndexingOptions(maxConcurrentRequests: 1)) }
        await gate.reached()

        let reader = try RAG.open(at: fixture.indexURL)
        for handle in [rag, reader] {
            #expect(try await handle.search("aardvark", options: SearchOptions(k: 1)).first?.path == "zoo/00-aardvark.md")
            #expect(try await handle.search("lemur", options: SearchOptions(k: 1, mode: .keyword)).isEmpty)
            #expect(try await handle.status().documents == 4)
        }
        gate.open()
        let summary = try await run.value.summary
        #expect(summary.added.count == 12)
        #expect(try await rag.search("lemur", options: SearchOptions(k: 1)).first?.path == "zoo/11-lemur.md")
    }

    @Test("A second concurrent run on the same index is refused")
    func busy() async throws {
        let fixture = try IndexFixture(files: IndexFixture.animalFiles())
        let gate = Gate(callNumber: 1)
        let rag = try fixture.create(CountingEmbedder(gate: gate))
        let run = Task { try await IndexFixture.run(rag) }
        await gate.reached()
        let error = await #expect(throws: RAGError.self) { try await IndexFixture.run(RAG.open(at: fixture.indexURL)) }
        #expect(error?.kind == .indexBusy)
        gate.open()
        _ = try await run.value
    }

    @Test("A chunk over the embedder's input limit skips its file with a clear reason")
    func oversizedChunk() async throws {
        let long = (0..<400).map { "word\($0)" }.joined(separator: " ")
        let fixture = try IndexFixture(files: ["long.txt": long, "short.txt": "a short file about otters and their dams"])
        let rag = try fixture.create(CountingEmbedder(maxTokensPerInput: 150), chunkSize: 400, overlap: 0)
        let (summary, events) = try await IndexFixture.index(rag)
        #expect(summary.added == ["short.txt"])
        #expect(summary.skipped.map(\.path) == ["long.txt"])
        #expect(summary.skipped.first?.reason.contains("exceeds the embedding model's limit of 150 tokens") == true)
        #expect(events.contains { if case .skipped(path: "long.txt", _) = $0 { true } else { false } })
    }

    @Test("Binary files are skipped and reported; the rest of the folder is indexed")
    func binary() async throws {
        let fixture = try IndexFixture(files: ["ok.md": "# Fine\n\nA readable page about narwhals.\n"])
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]).write(to: fixture.folder.url.appending(path: "blob.bin"))
        let rag = try fixture.create(CountingEmbedder())
        let summary = try await IndexFixture.index(rag).summary
        #expect(summary.added == ["ok.md"])
        #expect(summary.skipped.map(\.path) == ["blob.bin"])
    }

    @Test("Files over the size limit are skipped without being read, and leave the index")
    func sizeLimit() async throws {
        let fixture = try IndexFixture(files: ["big.md": String(repeating: "walrus ", count: 100), "small.md": "tiny seal"])
        let rag = try fixture.create(CountingEmbedder())
        let first = try await IndexFixture.index(rag).summary
        #expect(first.added == ["big.md", "small.md"])
        let second = try await IndexFixture.index(rag, options: IndexingOptions(maxFileSize: 100)).summary
        #expect(second.skipped.map(\.path) == ["big.md"])
        #expect(second.unchanged == ["small.md"])
        #expect(try await rag.status().documents == 1)
        #expect(try await rag.search("walrus", options: SearchOptions(mode: .keyword)).isEmpty)
    }
}
