import Chunkers
import Foundation
import Testing
@testable import RAGKit

/// What a user judges: distinct documents, maps (indexes, tables of contents) after content and never quoted,
/// passages cut to whole words.
@Suite("Result shaping")
struct ResultShapingTests {
    let directory: TemporaryDirectory
    let rag: RAG

    init() async throws {
        directory = try TemporaryDirectory()
        let links = (1...40).map { "<li><a href=\"p\($0).html\">Vacuum topic \($0)</a></li>" }.joined()
        _ = try directory.write("docs/genindex.html", "<html><head><title>Index</title></head><body><h1>Index</h1><ul>\(links)</ul></body></html>")
        _ = try directory.write("docs/vacuum.md", "# Vacuum\n\nThe vacuum command reclaims storage occupied by dead tuples. Run vacuum after bulk deletes.\n")
        let long = (1...300).map { "Vacuum sentence number \($0) explains freezing and storage in more words." }.joined(separator: " ")
        _ = try directory.write("docs/long.md", "# Long\n\n" + long + "\n")
        // Long words span several tokens, so token windows cut inside them.
        let words = (1...120).map { "pneumonoultramicroscopicsilicovolcanoconiosis\($0)" }.joined(separator: " ")
        _ = try directory.write("docs/words.txt", words + "\n")
        let request = IndexingRequest(directory: directory.url.appending(path: ".rag"), root: directory.url.appending(path: "docs"),
                                      providers: ProviderRequest(embedder: .local, environment: [:]), chunker: .tokens,
                                      chunkSize: 100, chunkOverlap: 20)
        rag = try await RAG.openForIndexing(request)
        _ = try await rag.index { _ in }
    }

    @Test("Results are distinct documents by default; perDocument shows more of one", arguments: SearchMode.allKnown)
    func distinctDocuments(mode: SearchMode) async throws {
        let hits = try await rag.search("vacuum storage", options: SearchOptions(k: 10, mode: mode))
        #expect(Set(hits.map(\.path)).count == hits.count)
        let more = try await rag.search("vacuum storage freezing", options: SearchOptions(k: 10, mode: mode, perDocument: 3))
        #expect(more.filter { $0.path == "long.md" }.count == 3)
    }

    @Test("A map ranks after content, is found with a role filter, and is never quoted as an answer")
    func mapsLast() async throws {
        let hits = try await rag.search("vacuum topic", options: SearchOptions(k: 10, mode: .keyword))
        let mapIndex = try #require(hits.firstIndex { $0.path == "genindex.html" })
        #expect(hits[mapIndex].role == .map)
        #expect(hits[..<mapIndex].allSatisfy { $0.role == .content } && hits[mapIndex...].allSatisfy { $0.role == .map })
        let maps = try await rag.search("vacuum topic", options: SearchOptions(k: 10, mode: .keyword, role: .map))
        #expect(maps.map(\.path) == ["genindex.html"])
        var sources: [Citation] = []
        for try await event in rag.ask("vacuum topic", using: ExtractiveAnswerer()) {
            if case .started(_, let given) = event { sources = given }
        }
        #expect(!sources.contains { $0.path == "genindex.html" })
    }

    @Test("A passage cut inside a word starts and ends at word boundaries; the stored text stays exact")
    func wordBoundaries() async throws {
        let hits = try await rag.search("pneumonoultramicroscopicsilicovolcanoconiosis7", options: SearchOptions(k: 20, mode: .keyword, perDocument: 20))
        let cut = hits.filter { $0.path == "words.txt" && ($0.passage.hasPrefix("…") || $0.passage.hasSuffix("…")) }
        #expect(!cut.isEmpty, "no passage was cut inside a word: \(hits.map(\.passage))")
        for hit in cut {
            let inner = hit.passage.trimmingCharacters(in: CharacterSet(charactersIn: "…"))
            let range = try #require(hit.text.range(of: inner), "the passage is not part of the stored text")
            // What was dropped is exactly a partial word: no boundary inside it, one right after it.
            let before = hit.text[..<range.lowerBound], after = hit.text[range.upperBound...]
            #expect(!before.trimmingCharacters(in: .whitespacesAndNewlines).contains(" ") && (before.isEmpty || hit.passage.hasPrefix("…") || before.allSatisfy(\.isWhitespace)))
            #expect(!after.trimmingCharacters(in: .whitespacesAndNewlines).contains(" ") && (after.isEmpty || hit.passage.hasSuffix("…") || after.allSatisfy(\.isWhitespace)))
            #expect(hit.text.count > inner.count)
        }
    }
}

@Suite struct DecisiveKeywordTests {
    private func chunk(_ id: Int64, document: Int64) -> StoredChunk {
        StoredChunk(id: id, documentID: document, path: "doc-\(document).md", ordinal: 0, text: "text \(id)", headingPath: [], page: nil,
                    tokenCount: 2, textHash: "h\(id)")
    }

    @Test("The keyword ranking's document comes first when it leads the next document twofold, or is the only one found")
    func decisiveDocument() {
        let lead = [(chunk(1, document: 7), 30.0), (chunk(2, document: 7), 20.0), (chunk(3, document: 8), 14.0)]
        #expect(Retriever.decisiveDocument(lead.map { (chunk: $0.0, score: $0.1) }) == 7)
        let close = [(chunk(1, document: 7), 30.0), (chunk(3, document: 8), 16.0)]
        #expect(Retriever.decisiveDocument(close.map { (chunk: $0.0, score: $0.1) }) == nil)
        #expect(Retriever.decisiveDocument([(chunk: chunk(1, document: 9), score: 3.0)]) == 9)
        #expect(Retriever.decisiveDocument([]) == nil)
    }

    @Test("A leading document comes first in hybrid fusion even when a heavier vector ranking never found it")
    func leadingDocumentFirst() {
        let vector = (1...10).map { chunk(Int64($0), document: Int64($0)) }
        let keyword = [chunk(99, document: 42), chunk(3, document: 3)]
        let plain = DocumentFusion.fuse([vector, keyword], k: 60, weights: [3, 1])
        #expect(plain.first?.key == 3, "the vector ranking leads without a decisive keyword document")
        #expect(!plain.prefix(5).contains { $0.key == 99 })
        let led = DocumentFusion.fuse([vector, keyword], k: 60, weights: [3, 1], leading: 42)
        #expect(led.first?.key == 99)
        #expect(led.map(\.key).dropFirst().elementsEqual(plain.map(\.key).filter { $0 != 99 }))
        #expect((led.first?.score ?? 0) >= (led.dropFirst().first?.score ?? 0))
    }
}

@Suite struct PassageKeywordTests {
    @Test("Keyword search fuses whole chunks with their passages: one dense paragraph of a long page outranks a short page that mentions the words once")
    func densePassageWins() async throws {
        let directory = try TemporaryDirectory()
        func filler(_ paragraph: Int) -> String {
            (0..<3).map { "Paragraph \(paragraph) word\($0) describes unrelated settings of the tool." }.joined(separator: " ")
        }
        let long = ((0..<10).map(filler) + ["Logrotate rotates logs. Logrotate keeps old logs. Logrotate compresses logs."]
            + (10..<20).map(filler)).joined(separator: "\n\n")
        _ = try directory.write("docs/y.md", long + "\n")
        _ = try directory.write("docs/x.md", "Old logs are handled by logrotate, which the administrator configures in a file of its own; other settings of the tool are described elsewhere in this manual, with examples.\n")
        for index in 0..<8 { _ = try directory.write("docs/f\(index).md", (0..<4).map(filler).joined(separator: "\n\n") + "\n") }
        let request = IndexingRequest(directory: directory.url.appending(path: ".rag"), root: directory.url.appending(path: "docs"),
                                      providers: ProviderRequest(embedder: .local, environment: [:]), chunker: .tokens,
                                      chunkSize: 2_000, chunkOverlap: 0)
        let rag = try await RAG.openForIndexing(request)
        _ = try await rag.index { _ in }

        // Whole chunks alone rank the short page first: the long page's paragraph is diluted by its length.
        let generation = try #require(try FileManager.default.contentsOfDirectory(at: directory.url.appending(path: ".rag"), includingPropertiesForKeys: nil)
            .first { $0.lastPathComponent.hasPrefix("data-") })
        let catalog = try Catalog(url: generation.appending(path: Catalog.fileName), create: false, readOnly: true)
        let byChunk = try catalog.keywordSearch("logrotate logs", limit: 10, documentIDs: nil)
        let paths = Dictionary(uniqueKeysWithValues: try catalog.chunks(ids: byChunk.map(\.id)).map { ($0.id, $0.path) })
        #expect(byChunk.compactMap { paths[$0.id] } == ["x.md", "y.md"])

        let hits = try await rag.search("logrotate logs", options: SearchOptions(k: 2, mode: .keyword))
        #expect(hits.map(\.path) == ["y.md", "x.md"])
        #expect(hits[0].score > hits[1].score)
    }
}
