import Foundation
import TestSupport
import Testing
@testable import RAGKit

/// An index kept in PostgreSQL behaves as one kept in files: the same runs, results and errors. Needs a server
/// (`RAGKIT_POSTGRES_URL`); each test uses a schema of its own.
@Suite("PostgreSQL index", .enabled(if: TestExtras.postgresTestsEnabled, Comment(rawValue: TestExtras.postgresSkipReason)))
struct PostgresIndexTests {
    let directory: TemporaryDirectory
    let root: URL
    let url: URL

    init() throws {
        directory = try TemporaryDirectory()
        for (path, text) in IndexFixture.animalFiles() { _ = try directory.write("docs/" + path, text) }
        root = directory.url.appending(path: "docs")
        let text = try #require(TestExtras.postgresIndexURL(), "RAGKIT_REQUIRE_EXTRAS is set but RAGKIT_POSTGRES_URL is not")
        url = try #require(URL(string: text))
    }

    private func request(_ index: URL, rebuild: Bool = false, chunkSize: Int? = nil) -> IndexingRequest {
        IndexingRequest(directory: index, root: root, providers: ProviderRequest(embedder: .local, environment: [:]),
                        chunkSize: chunkSize, chunkOverlap: chunkSize.map { $0 / 4 }, rebuild: rebuild)
    }

    /// Opens for indexing once the lock an abandoned opening held is released (its connection closes
    /// asynchronously); 10 seconds at most.
    private func openOnceFree(_ request: IndexingRequest) async throws -> RAG {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            do {
                return try await RAG.openForIndexing(request)
            } catch let error as RAGError where error.kind == .indexBusy && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
    }

    /// Indexes the folder, then gives the index's schema and a pool to change it as an earlier version left it.
    private func indexed() async throws -> (schema: String, pool: PostgresConnectionPool) {
        _ = try await RAG.openForIndexing(request(url)).index { _ in }
        let location = try PostgresLocation(url)
        return (location.schema, PostgresConnectionPool(location))
    }

    private func hits(_ rag: RAG, _ query: String, _ mode: SearchMode) async throws -> [String] {
        try await rag.search(query, options: SearchOptions(k: 5, mode: mode)).map { "\($0.path)#\($0.chunkIndex)" }
    }

    @Test("Index, search, update and delete: the same documents, counts and vector results as a file index")
    func sameAsFileIndex() async throws {
        let fileIndex = directory.url.appending(path: ".rag")
        let created = try await RAG.openForIndexing(request(url)).index { _ in }
        let fileCreated = try await RAG.openForIndexing(request(fileIndex)).index { _ in }
        #expect(created.added == fileCreated.added && created.chunks == fileCreated.chunks && !created.added.isEmpty)

        let postgres = try await RAG.open(at: url, providers: ProviderRequest(embedder: .local, environment: [:]))
        let file = try await RAG.open(at: fileIndex, providers: ProviderRequest(embedder: .local, environment: [:]))
        #expect(postgres.directory.scheme == "postgres" && postgres.root.path == root.path)
        for query in ["badger", "animals that dig", "gazelle speed"] {
            #expect(try await hits(postgres, query, .vector) == hits(file, query, .vector), "vector results for \(query)")
            #expect(try await hits(postgres, query, .keyword).first == hits(file, query, .keyword).first, "best keyword hit for \(query)")
        }
        let status = try await postgres.status()
        let fileStatus = try await file.status()
        #expect(status.documents == fileStatus.documents && status.chunks == fileStatus.chunks && status.vectors == fileStatus.vectors)
        #expect(status.bytesOnDisk > 0 && status.lastRunSummary?.added == created.added)
        #expect(try await postgres.documents().map(\.path) == file.documents().map(\.path))

        // Unchanged files are not read again; an edited file is re-embedded, a deleted one removed with its vectors.
        #expect(try await RAG.openForIndexing(request(url)).index { _ in }.chunksEmbedded == 0)
        let badger = try #require(created.added.first { $0.contains("badger") })
        try "The badger now writes about xylophones.".write(to: root.appending(path: badger), atomically: true, encoding: .utf8)
        let deleted = try #require(created.added.first { $0.contains("cheetah") })
        try FileManager.default.removeItem(at: root.appending(path: deleted))
        let updated = try await RAG.openForIndexing(request(url)).index { _ in }
        #expect(updated.updated == [badger] && updated.removed == [deleted] && updated.chunksEmbedded == 1)
        #expect(updated.vectorsCollected == 2)
        #expect(try await hits(postgres, "xylophones", .keyword).first?.hasPrefix(badger) == true)
        #expect(try await postgres.search("cheetah", options: SearchOptions(k: 5, mode: .keyword)).allSatisfy { $0.path != deleted })
        #expect(try await postgres.status().vectors == status.vectors - 1)
    }

    @Test("ann=hnsw searches through an HNSW index and finds what the exact search finds; filters apply before top-k")
    func hnsw() async throws {
        _ = try await RAG.openForIndexing(request(url)).index { _ in }
        let providers = ProviderRequest(embedder: .local, environment: [:])
        var components = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false))
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "ann", value: "hnsw"), URLQueryItem(name: "ef_search", value: "40")]
        let approximate = try await RAG.open(at: try #require(components.url), providers: providers)
        let exact = try await RAG.open(at: url, providers: providers)
        for animal in IndexFixture.animals {
            #expect(try await hits(approximate, animal, .vector).first == hits(exact, animal, .vector).first, "\(animal)")
        }
        let filtered = try await approximate.search("keepers feed", options: SearchOptions(k: 3, mode: .vector, pathGlob: "zoo/0*"))
        #expect(filtered.count == 3 && filtered.allSatisfy { $0.path.hasPrefix("zoo/0") })
        let bad = await #expect(throws: RAGError.self) { try await RAG.open(at: try #require(URL(string: url.absoluteString + "&ann=ivf")), providers: providers) }
        #expect(bad?.kind == .invalidArgument)
    }

    @Test("Copy files → PostgreSQL → files: same documents and results, nothing embedded again; an occupied destination is refused")
    func copyBothWays() async throws {
        let fileIndex = directory.url.appending(path: ".rag")
        _ = try await RAG.openForIndexing(request(fileIndex)).index { _ in }
        let copied = try await RAG.copy(from: fileIndex, to: url)
        let back = try await RAG.copy(from: url, to: directory.url.appending(path: "back"))
        let original = try await RAG.open(at: fileIndex, providers: ProviderRequest(embedder: .local, environment: [:]))
        for rag in [copied, back] {
            #expect(rag.settings == original.settings && rag.root.path == original.root.path)
            #expect(try await rag.status().vectors == original.status().vectors)
            #expect(try await rag.documents().map(\.path) == original.documents().map(\.path))
        }
        for query in ["badger", "keepers feed the ibex"] {
            let reopened = try await RAG.open(at: url, providers: ProviderRequest(embedder: .local, environment: [:]))
            #expect(try await hits(reopened, query, .vector) == hits(original, query, .vector))
        }
        let update = try await RAG.openForIndexing(request(url)).index { _ in }
        #expect(update.chunksEmbedded == 0 && update.added.isEmpty && update.unchanged.count == IndexFixture.animals.count)

        let occupied = await #expect(throws: RAGError.self) { try await RAG.copy(from: fileIndex, to: url) }
        #expect(occupied?.kind == .indexExists)
        let none = await #expect(throws: RAGError.self) { try await RAG.copy(from: directory.url.appending(path: "missing"), to: url) }
        #expect(none?.kind == .noIndex)
    }

    @Test("An index made before text revisions copies as revision 0, and its next run reads every document again")
    func earlierTextRevision() async throws {
        let (schema, pool) = try await indexed()
        try await pool.execute("undo migration v4", "ALTER TABLE \(unescaped: schema).documents DROP COLUMN text_revision",
                               "DELETE FROM \(unescaped: schema).migrations WHERE version = 'v4'")
        let copy = try await RAG.copy(from: url, to: directory.url.appending(path: "copy"))
        #expect(try await copy.documents().count == IndexFixture.animals.count)

        let reread = try await RAG.openForIndexing(request(url)).index { _ in }
        #expect(reread.updated.count == IndexFixture.animals.count && reread.chunksEmbedded == 0)
        let after = try await RAG.openForIndexing(request(url)).index { _ in }
        #expect(after.unchanged.count == IndexFixture.animals.count)
    }

    @Test("A second indexer is refused while one holds the index, and may run once it is done")
    func secondIndexerRefused() async throws {
        let first = try await RAG.openForIndexing(request(url))
        let refused = await #expect(throws: RAGError.self) { try await RAG.openForIndexing(request(url)) }
        #expect(refused?.kind == .indexBusy && refused?.remedy == .waitForOtherRun)
        _ = try await first.index { _ in }
        // A completed run has released the lock on the server when it returns: the next one opens at once.
        for _ in 0..<5 {
            _ = try await RAG.openForIndexing(request(url)).index { _ in }
            let reopened = try await RAG.open(at: url, providers: ProviderRequest(embedder: .local, environment: [:]))
            _ = try await reopened.index { _ in }
        }
        _ = try await RAG.openForIndexing(request(url)).index { _ in }
    }

    @Test("A rebuild is built beside the live index, swapped in when complete, and reuses the vectors of the same model")
    func rebuild() async throws {
        let providers = ProviderRequest(embedder: .local, environment: [:])
        let created = try await RAG.openForIndexing(request(url)).index { _ in }
        let rebuild = try await RAG.openForIndexing(request(url, rebuild: true, chunkSize: 200))
        let during = try await RAG.open(at: url, providers: providers)
        #expect(during.settings.chunkSize != 200 && during.settings.chunkSize > 0)
        #expect(try await during.status().chunks == created.chunks)
        _ = try await rebuild.index { _ in }
        let after = try await RAG.open(at: url, providers: providers)
        #expect(after.settings.chunkSize == 200 && after.settings.chunkOverlap == 50)
        #expect(try await after.documents().count == IndexFixture.animals.count)
        #expect(try await hits(after, "badger", .keyword).first?.contains("badger") == true)

        let again = try await RAG.openForIndexing(request(url, rebuild: true, chunkSize: 200)).index { _ in }
        #expect(again.chunksEmbedded == 0 && again.added.count == IndexFixture.animals.count)
        #expect(try await RAG.open(at: url, providers: providers).status().vectors == after.status().vectors)
    }

    @Test("An index made before the mirror tables reads as never mirrored and gets them on the first mirror write; a copy has no mirror")
    func mirrorTablesAddedLater() async throws {
        let (schema, pool) = try await indexed()
        try await pool.execute("undo the mirror migration", "DROP TABLE \(unescaped: schema).mirror_store, \(unescaped: schema).mirror_files",
                               "DELETE FROM \(unescaped: schema).migrations WHERE version IN ('v2', 'v3')")
        let rag = try await RAG.open(at: url, providers: ProviderRequest(embedder: .local, environment: [:]))
        #expect(try await rag.mirrorStatus() == nil)
        #expect(try await rag.mirrorLedger().records().isEmpty)

        try await rag.mirrorLedger().setStore("vs_later")
        try await rag.mirrorLedger().save(MirrorRecord(relativePath: "zoo/01-badger.md", fileID: "file-1", contentHash: "abc"))
        #expect(try await rag.mirrorStatus().map { [$0.vectorStoreID, String($0.pending)] } == ["vs_later", "1"])
        let versions = try await pool.rows("read the migrations", "SELECT version FROM \(unescaped: schema).migrations ORDER BY version") {
            try $0.decode(String.self)
        }
        #expect(versions == ["v1", "v2", "v3", "v4"])

        // An index from between v2 and v3 reads its records without migrating, and gets the column on a write.
        try await pool.execute("undo migration v3", "ALTER TABLE \(unescaped: schema).mirror_files DROP COLUMN superseded_file_id",
                               "DELETE FROM \(unescaped: schema).migrations WHERE version = 'v3'")
        let older = try await RAG.open(at: url, providers: ProviderRequest(embedder: .local, environment: [:]))
        #expect(try await older.mirrorLedger().records().map(\.fileID) == ["file-1"])
        var replaced = MirrorRecord(relativePath: "zoo/01-badger.md", fileID: "file-2", contentHash: "def", supersededFileID: "file-1")
        try await older.mirrorLedger().save(replaced)
        replaced.updatedAt = try #require(try await older.mirrorLedger().records().first).updatedAt
        #expect(try await older.mirrorLedger().records() == [replaced])

        let copy = try await RAG.copy(from: url, to: directory.url.appending(path: "copy"))
        #expect(try await copy.mirrorStatus() == nil)
    }

    @Test("Other chunking and another folder are refused with what to do")
    func refusals() async throws {
        _ = try await RAG.openForIndexing(request(url)).index { _ in }
        let chunking = await #expect(throws: RAGError.self) { try await RAG.openForIndexing(request(url, chunkSize: 200)) }
        #expect(chunking?.kind == .settingsMismatch)
        var other = request(url)
        other.root = directory.url
        let folder = await #expect(throws: RAGError.self) { try await RAG.openForIndexing(other) }
        #expect(folder?.kind == .folderMismatch)
    }

    @Test("A first build that committed nothing is not pinned: a run naming nothing resumes its choices, one naming others starts it again")
    func unestablishedFirstBuild() async throws {
        // Opened and abandoned before its run stored anything (a kill before the first commit).
        _ = try await RAG.openForIndexing(request(url, chunkSize: 200))
        let resumed = try await openOnceFree(request(url))
        #expect(resumed.settings.chunkSize == 200)
        _ = consume resumed
        var otherFolder = request(url, chunkSize: 300)
        otherFolder.root = directory.url
        let restarted = try await openOnceFree(otherFolder)
        #expect(restarted.settings.chunkSize == 300 && restarted.root.path == directory.url.standardizedFileURL.path)
        _ = try await restarted.index { _ in }
        // Once it has committed documents, it is pinned.
        let refused = await #expect(throws: RAGError.self) { try await RAG.openForIndexing(request(url, chunkSize: 200)) }
        #expect(refused?.kind == .settingsMismatch || refused?.kind == .folderMismatch)
    }

    @Test("An empty schema is no index; a bad URL, an unknown database and an unreachable server say what to do")
    func errors() async throws {
        let providers = ProviderRequest(embedder: .local, environment: [:])
        let empty = await #expect(throws: RAGError.self) { try await RAG.open(at: url, providers: providers) }
        #expect(empty?.kind == .noIndex)

        let base = try #require(TestExtras.postgresURL.flatMap { URLComponents(string: $0) })
        var database = base
        database.path = "/no_such_database"
        let unknown = await #expect(throws: RAGError.self) { try await RAG.open(at: try #require(database.url), providers: providers) }
        #expect(unknown?.message.contains("createdb") == true)

        var unreachable = base
        unreachable.port = 1
        let refused = await #expect(throws: RAGError.self) { try await RAG.open(at: try #require(unreachable.url), providers: providers) }
        #expect(refused?.kind == .serverUnreachable && refused?.message.contains("start the server") == true)

        for bad in ["postgres://host/db?schema=Bad-Name", "postgres://host/db?sslmode=sometimes", "postgres://host/", "postgres://host/db?color=red"] {
            let error = await #expect(throws: RAGError.self) { try await RAG.open(at: try #require(URL(string: bad)), providers: providers) }
            #expect(error?.kind == .invalidArgument, "\(bad)")
        }
    }
}
