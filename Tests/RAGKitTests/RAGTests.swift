import Foundation
import Testing
@testable import RAGKit
import VectorIndex

@Suite struct RAGTests {
    private struct OtherEmbedder: Embedder {
        var model: String { "other-model" }
        var dimensions: Int { 256 }
        var limits: EmbeddingLimits { .openAI }
        func embed(_ texts: [String]) async throws -> [[Float]] { texts.map { _ in [Float](repeating: 1, count: 256) } }
    }

    @Test("Opening where there is no index says to create one, in the library's words")
    func noIndex() throws {
        let folder = try TemporaryDirectory()
        let error = #expect(throws: RAGError.self) { try RAG.open(at: folder.url.appending(path: ".rag")) }
        #expect(error?.kind == .noIndex)
        #expect(error?.remedy == .createIndex)
        #expect(error?.message.contains("--") == false)
    }

    @Test("Creating for a folder that does not exist is refused")
    func folderNotFound() throws {
        let folder = try TemporaryDirectory()
        let embedder = LocalEmbedder()
        let error = #expect(throws: RAGError.self) {
            try RAG.create(at: folder.url.appending(path: ".rag"), root: folder.url.appending(path: "missing"),
                           settings: IndexSettings(embedder: embedder), embedder: embedder)
        }
        #expect(error?.kind == .folderNotFound)
    }

    @Test("Creating over an existing index is refused unless replacing")
    func existing() async throws {
        let fixture = try IndexFixture(files: ["a.md": "# A\n\nAbout anteaters and ants.\n"])
        let embedder = LocalEmbedder(dimensions: 64)
        let first = try fixture.create(embedder)
        try await IndexFixture.index(first)
        let error = #expect(throws: RAGError.self) { try fixture.create(embedder) }
        #expect(error?.kind == .indexExists)
        let replaced = try RAG.create(at: fixture.indexURL, root: fixture.folder.url, settings: IndexSettings(embedder: embedder),
                                      embedder: embedder, replacing: true)
        #expect(try await replaced.status().documents == 0)
    }

    @Test("An index refuses another embedding model or dimension count", arguments: [
        LocalEmbedder(dimensions: 128) as any Embedder, OtherEmbedder() as any Embedder,
    ])
    func mismatch(other: any Embedder) throws {
        let fixture = try IndexFixture()
        _ = try fixture.create(LocalEmbedder(dimensions: 256))
        let error = #expect(throws: RAGError.self) { try RAG.open(at: fixture.indexURL, embedder: other) }
        #expect(error?.kind == .embeddingModelMismatch)
        #expect(error?.message.contains("ragkit-local-hash-v1 (256 dimensions)") == true)
    }

    @Test("Opening a remote-model index without its embedder allows status and keyword search only")
    func remoteIndexWithoutEmbedder() async throws {
        let fixture = try IndexFixture(files: ["a.md": "# A\n\nAbout anteaters and ants.\n"])
        let rag = try fixture.create(OtherEmbedder())
        try await IndexFixture.index(rag)
        let reopened = try RAG.open(at: fixture.indexURL)
        #expect(reopened.embedder == nil)
        #expect(try await reopened.status().documents == 1)
        #expect(try await reopened.search("anteaters", options: SearchOptions(mode: .keyword)).count == 1)
        #expect(try await reopened.search("anteaters").count == 1, "the automatic mode searches by keyword without an embedder")
        let error = await #expect(throws: RAGError.self) { try await reopened.search("anteaters", options: SearchOptions(mode: .hybrid)) }
        #expect(error?.kind == .missingAPIKey)
    }

    @Test("Bad search arguments are refused", arguments: [
        SearchOptions(k: 0), SearchOptions(k: 3, mode: SearchMode(rawValue: "fuzzy")), SearchOptions(fusionK: 0),
    ])
    func badSearch(options: SearchOptions) async throws {
        let fixture = try IndexFixture()
        let rag = try fixture.create(LocalEmbedder(dimensions: 64))
        let error = await #expect(throws: RAGError.self) { try await rag.search("x", options: options) }
        #expect(error?.kind == .invalidArgument)
    }

    @Test("Vector options given at open apply to the vector store and keep the answers")
    func vectorOptions() async throws {
        let fixture = try IndexFixture(files: IndexFixture.animalFiles())
        let rag = try fixture.create(LocalEmbedder(dimensions: 64))
        try await IndexFixture.run(rag)
        let options = VectorDatabase.Options(threads: 1, quantization: .int8, hugePages: false)
        let reopened = try RAG.open(at: fixture.indexURL, vectorOptions: options)
        #expect(reopened.vectorOptions == options)
        #expect(reopened.store.vectorOptions == options)
        #expect(rag.vectorOptions == VectorDatabase.Options())
        let query = SearchOptions(k: 3, mode: .vector)
        #expect(try await reopened.search("kinkajou", options: query).map(\.path) == (try await rag.search("kinkajou", options: query)).map(\.path))
    }

    @Test("Status reports counts, model, size on disk and the last run")
    func status() async throws {
        let fixture = try IndexFixture(files: IndexFixture.animalFiles())
        let rag = try fixture.create(LocalEmbedder(dimensions: 64))
        #expect(try await rag.status().lastRun == nil)
        let summary = try await IndexFixture.index(rag).summary
        let status = try await rag.status()
        #expect(status.documents == 12 && status.chunks == 12 && status.vectors == 12)
        #expect(status.tokens == summary.tokens && status.tokens > 12 * 10)
        #expect(status.embeddingModel == "ragkit-local-hash-v1" && status.dimensions == 64)
        #expect(status.bytesOnDisk > 0)
        #expect(status.root == fixture.folder.url.standardizedFileURL.path)
        #expect(status.lastRun != nil)
        #expect(status.lastRunSummary?.added.count == 12)
    }

    @Test("Filters by path glob and metadata apply before top-k", arguments: SearchMode.allKnown)
    func filters(mode: SearchMode) async throws {
        var files: [String: String] = [:]
        for index in 0..<20 {
            files["a/\(index).md"] = "# Note \(index)\n\nPenguins penguins penguins waddle on the ice, note \(index).\n"
        }
        files["b/only.md"] = "---\ncategory: birds\n---\n# Only\n\nA single remark that penguins exist, among other things like kettles.\n"
        let fixture = try IndexFixture(files: files)
        let rag = try fixture.create(LocalEmbedder())
        try await IndexFixture.index(rag)

        let unfiltered = try await rag.search("penguins", options: SearchOptions(k: 3, mode: mode))
        #expect(unfiltered.count == 3 && unfiltered.allSatisfy { $0.path.hasPrefix("a/") })
        let byPath = try await rag.search("penguins", options: SearchOptions(k: 3, mode: mode, pathGlob: "b/**"))
        #expect(byPath.map(\.path) == ["b/only.md"])
        let byMetadata = try await rag.search("penguins", options: SearchOptions(k: 3, mode: mode, metadata: ["category": "birds"]))
        #expect(byMetadata.map(\.path) == ["b/only.md"])
        let none = try await rag.search("penguins", options: SearchOptions(k: 3, mode: mode, pathGlob: "c/*"))
        #expect(none.isEmpty)
    }
}

@Suite struct AskTests {
    private func collect(_ stream: AsyncThrowingStream<AnswerEvent, any Error>) async throws -> (sources: [Citation], text: String, answer: Answer?) {
        var sources: [Citation] = []
        var text = ""
        var answer: Answer?
        for try await event in stream {
            switch event {
            case .started(_, let given): sources = given
            case .text(let piece): text += piece
            case .finished(let finished): answer = finished
            }
        }
        return (sources, text, answer)
    }

    @Test("An extractive answer quotes the right passage and its sources are the passages it quotes, numbered in order")
    func extractive() async throws {
        let fixture = try IndexFixture(files: IndexFixture.animalFiles())
        let rag = try fixture.create(LocalEmbedder())
        try await IndexFixture.index(rag)
        let (sources, text, answer) = try await collect(rag.ask("When do keepers feed the kinkajou?", using: ExtractiveAnswerer()))
        let answerValue = try #require(answer)
        #expect(sources.map(\.number) == Array(1...max(1, sources.count)))
        #expect(answerValue.citations == sources)
        #expect(sources.first?.path == "zoo/10-kinkajou.md")
        #expect(text == answerValue.text)
        #expect(text.contains("Keepers feed the kinkajou every morning. [1]"))
        #expect(answerValue.mode == .extractive)
        #expect(answerValue.citations.first?.number == 1)
        #expect(answerValue.citations.map(\.number) == CitationMarkers.cited(in: text, valid: 1...6).sorted())
    }

    @Test("With nothing retrieved the generator is not called and the answer says so")
    func nothingFound() async throws {
        let fixture = try IndexFixture()
        let rag = try fixture.create(LocalEmbedder())
        let (sources, text, answer) = try await collect(rag.ask("anything at all?", using: ExtractiveAnswerer()))
        #expect(sources.isEmpty)
        #expect(text == SourceSelector.nothingFound)
        #expect(answer?.citations.isEmpty == true)
    }

    @Test("An empty question is refused")
    func emptyQuestion() async throws {
        let fixture = try IndexFixture()
        let rag = try fixture.create(LocalEmbedder())
        let error = await #expect(throws: RAGError.self) { try await collect(rag.ask("  ", using: ExtractiveAnswerer())) }
        #expect(error?.kind == .invalidArgument)
    }

    @Test("The token budget limits the sources given to the generator")
    func budget() async throws {
        let fixture = try IndexFixture(files: IndexFixture.animalFiles())
        let rag = try fixture.create(LocalEmbedder())
        try await IndexFixture.index(rag)
        let question = "keepers feed every morning"
        let all = try await collect(rag.ask(question, using: CitingEverySource(),
                                            options: AskOptions(search: SearchOptions(k: 10), promptTokenBudget: 100_000)))
        let (sources, _, _) = try await collect(rag.ask(question, using: CitingEverySource(),
                                                       options: AskOptions(search: SearchOptions(k: 10), promptTokenBudget: 60)))
        #expect(all.0.count > 3)
        #expect((1...3).contains(sources.count))
        #expect(sources.map(\.number) == Array(1...sources.count))
    }
}

/// A generator that cites every source it is given, so that the sources a question reaches it with can be counted.
private struct CitingEverySource: AnswerGenerator {
    var mode: AnswerMode { .chat }

    func generate(question: String, sources: [Citation]) -> AsyncThrowingStream<String, any Error> {
        AsyncThrowingStream { continuation in
            continuation.yield(sources.map { "Quoted [\($0.number)]." }.joined(separator: " "))
            continuation.finish()
        }
    }
}
