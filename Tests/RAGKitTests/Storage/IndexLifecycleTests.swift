import Foundation
import Synchronization
import Testing
@testable import RAGKit

/// Every CLI workflow through the public API alone: create, reopen with other chunking, rebuild beside the live
/// index, a remote index without a key, keyword search without an embedder; and how often vectors are loaded.
@Suite("Index lifecycle through the library")
struct IndexLifecycleTests {
    let directory: TemporaryDirectory
    let root: URL
    let index: URL

    init() throws {
        directory = try TemporaryDirectory()
        for (path, text) in IndexFixture.animalFiles() { _ = try directory.write("docs/" + path, text) }
        root = directory.url.appending(path: "docs")
        index = directory.url.appending(path: ".rag")
    }

    private func request(rebuild: Bool = false, chunkSize: Int? = nil, embedder: EmbedderKind? = .local,
                         environment: [String: String] = [:]) -> IndexingRequest {
        IndexingRequest(directory: index, root: root, providers: ProviderRequest(embedder: embedder, environment: environment),
                        chunkSize: chunkSize, chunkOverlap: chunkSize.map { $0 / 4 }, rebuild: rebuild)
    }

    @Test("Create, update, refuse other chunking, rebuild beside: the old index answers until the new one is complete")
    func workflow() async throws {
        let first = try await RAG.openForIndexing(request())
        let created = try await first.index { _ in }
        #expect(!created.added.isEmpty)

        let again = try await RAG.openForIndexing(request())
        #expect(try await again.index { _ in }.added.isEmpty)

        let refused = await #expect(throws: RAGError.self) { try await RAG.openForIndexing(request(chunkSize: 200)) }
        #expect(refused?.kind == .settingsMismatch && refused?.remedy == .matchChunking)

        let rebuild = try await RAG.openForIndexing(request(rebuild: true, chunkSize: 200))
        let during = try RAG.open(at: index)
        #expect(during.settings.chunkSize == 800, "the live index changed before the rebuild completed")
        let busy = await #expect(throws: RAGError.self) { try await RAG.openForIndexing(request()) }
        #expect(busy?.kind == .indexBusy)
        _ = try await rebuild.index { _ in }
        let after = try RAG.open(at: index)
        #expect(after.settings.chunkSize == 200)
        #expect(try await after.status().documents == created.added.count)
        #expect(!(try await after.search("cat", options: SearchOptions(k: 3, mode: .hybrid))).isEmpty)
    }

    @Test("A rebuild ends with the mirror records of the live index as they are when it completes, not as they were when it began")
    func rebuildKeepsMirrorWrites() async throws {
        _ = try await RAG.openForIndexing(request()).index { _ in }
        let live = try RAG.open(at: index).mirrorLedger()
        try await live.save(MirrorRecord(relativePath: "cat.md", fileID: "file-before", contentHash: "h1", state: .synced))
        let rebuild = try await RAG.openForIndexing(request(rebuild: true, chunkSize: 200))
        // A mirror run while the rebuild works: one file replaced, one added.
        try await live.removeRecord("cat.md", fileID: "file-before")
        try await live.save(MirrorRecord(relativePath: "dog.md", fileID: "file-during", contentHash: "h2", state: .synced))
        _ = try await rebuild.index { _ in }
        let after = try RAG.open(at: index)
        #expect(after.settings.chunkSize == 200)
        #expect(try await after.mirrorLedger().records().map(\.fileID) == ["file-during"])
    }

    @Test("A rebuild whose run fails leaves the live index whole")
    func failedRebuildKeepsIndex() async throws {
        _ = try await RAG.openForIndexing(request()).index { _ in }
        let before = try await RAG.open(at: index).status()
        let rebuild = try await RAG.openForIndexing(request(rebuild: true, chunkSize: 300))
        try FileManager.default.removeItem(at: root)
        await #expect(throws: RAGError.self) { try await rebuild.index { _ in } }
        let after = try await RAG.open(at: index).status()
        #expect(after.documents == before.documents && after.settings == before.settings)
    }

    @Test("Status and keyword search load no vectors; a vector search loads them once")
    func vectorsLoadLazilyOnce() async throws {
        _ = try await RAG.openForIndexing(request()).index { _ in }
        let rag = try await RAG.open(at: index, providers: ProviderRequest(environment: [:]), needsEmbedder: false)
        _ = try await rag.status()
        _ = try await rag.search("cat", options: SearchOptions(mode: .keyword))
        #expect(rag.store.vectorLoadCount == 0)
        _ = try await rag.search("cat", options: SearchOptions(mode: .hybrid))
        _ = try await rag.search("dog", options: SearchOptions(mode: .vector))
        #expect(rag.store.vectorLoadCount == 1)
    }

    @Test("An index built with a remote embedder opens without a key for status and keyword search")
    func remoteIndexWithoutKey() async throws {
        let embedder = CountingEmbedder()
        let settings = IndexSettings(embeddingModel: "text-embedding-3-small", dimensions: embedder.dimensions)
        _ = try RAG.create(at: index, root: root, settings: settings, embedder: RenamedEmbedder(base: embedder, model: "text-embedding-3-small"))
        let rag = try await RAG.open(at: index, providers: ProviderRequest(environment: [:]), needsEmbedder: false)
        #expect(rag.embedder == nil)
        #expect(try await rag.status().documents == 0)
        _ = try await rag.search("cat", options: SearchOptions(mode: .keyword))
        let missing = await #expect(throws: RAGError.self) {
            try await RAG.open(at: index, providers: ProviderRequest(environment: [:]), needsEmbedder: true)
        }
        #expect(missing?.kind == .missingAPIKey)
    }

    @Test("A run reports waiting while the embedder does not answer")
    func reportsWaiting() async throws {
        let gate = Gate(callNumber: 1)
        let embedder = CountingEmbedder(gate: gate)
        let rag = try RAG.create(at: index, root: root, settings: IndexSettings(embedder: embedder), embedder: embedder)
        let waited = Mutex(false)
        let run = Task {
            try await rag.index(options: IndexingOptions(waitingInterval: .milliseconds(20))) { event in
                if case .waiting = event {
                    waited.withLock { $0 = true }
                    gate.open()
                }
            }
        }
        await gate.reached()
        _ = try await run.value
        #expect(waited.withLock { $0 })
    }
}

/// An embedder that reports another model name, to stand in for a remote one.
struct RenamedEmbedder: Embedder {
    let base: CountingEmbedder
    let model: String
    var dimensions: Int { base.dimensions }
    var limits: EmbeddingLimits { base.limits }
    func embed(_ texts: [String]) async throws -> [[Float]] { try await base.embed(texts) }
    func embedQuery(_ query: String, statistics: (any TermStatistics)?) async throws -> [Float] {
        try await base.embedQuery(query, statistics: statistics)
    }
}

/// A lock whose release completes some time after it is asked for, as PostgreSQL's advisory unlock does.
private final class LateReleasingLock: IndexingLock {
    private let freedFlag = Atomic<Bool>(false)
    private let released = Atomic<Bool>(false)

    var freed: Bool { freedFlag.load(ordering: .acquiring) }

    var isHeld: Bool { !released.load(ordering: .acquiring) }
    func release() { released.store(true, ordering: .releasing) }
    func releaseAndWait() async {
        release()
        await Task.yield()
        freedFlag.store(true, ordering: .releasing)
    }
}

@Suite struct IndexingSessionTests {
    @Test("A finished session returns only once its lock is free for the next run, also when switching in fails")
    func finishWaitsForTheRelease() async throws {
        let lock = LateReleasingLock()
        try await IndexingSession(lock: lock, promotesStaging: false, setsAside: false).finish(nil)
        #expect(lock.freed)

        let failing = LateReleasingLock()
        let session = IndexingSession(lock: failing, promotesStaging: true, setsAside: false,
                                      promote: { () throws(RAGError) in throw RAGError(.storage, "the swap failed") })
        await #expect(throws: RAGError.self) { try await session.finish(nil) }
        #expect(failing.freed)
    }
}
