import Foundation
import Testing
@testable import RAGKit

@Suite struct CatalogTests {
    private func chunk(_ ordinal: Int, _ text: String) -> CatalogChunk {
        CatalogChunk(ordinal: ordinal, text: text, byteRange: 0..<text.utf8.count, characterRange: 0..<text.count,
                     headingPath: ["Top", "Sub"], page: ordinal == 0 ? nil : 2, tokenCount: text.split(separator: " ").count,
                     textHash: TextHash.of(text))
    }

    private func document(_ path: String, _ texts: [String], metadata: [String: String] = [:]) -> CatalogDocument {
        CatalogDocument(path: path, kind: "markdown", size: 10, mtime: 1_700_000_000.25, contentHash: TextHash.of(path),
                        metadata: metadata, textEncoding: "utf8", chunks: texts.enumerated().map { chunk($0.offset, $0.element) })
    }

    @Test("Opening a missing catalog without create is a no-index error")
    func missing() throws {
        let directory = try TemporaryDirectory()
        let error = #expect(throws: RAGError.self) { try Catalog(url: directory.url.appending(path: "catalog.sqlite"), create: false) }
        #expect(error?.kind == .noIndex)
    }

    @Test("Documents and chunks round-trip; replacing a document journals its old hashes")
    func roundTrip() throws {
        let directory = try TemporaryDirectory()
        let catalog = try Catalog(url: directory.url.appending(path: "catalog.sqlite"), create: true)
        try catalog.commit(documents: [document("a.md", ["alpha beta", "gamma delta"]), document("b.md", ["alpha beta"])])
        let states = try catalog.documentStates()
        #expect(Set(states.keys) == ["a.md", "b.md"])
        #expect(states["a.md"]?.mtime == 1_700_000_000.25)
        let shared = try catalog.chunks(withTextHashes: [TextHash.of("alpha beta")], documentIDs: nil)
        #expect(shared.map(\.path) == ["a.md", "b.md"])
        #expect(shared[0].headingPath == ["Top", "Sub"])
        #expect(try catalog.counts() == CatalogCounts(documents: 2, chunks: 3, tokens: 6))

        try catalog.commit(documents: [document("a.md", ["epsilon"])], removing: ["b.md"])
        #expect(try catalog.counts() == CatalogCounts(documents: 1, chunks: 1, tokens: 1))
        #expect(Set(try catalog.unreferencedJournalEntries()) == [TextHash.of("alpha beta"), TextHash.of("gamma delta")])
        try catalog.clearJournal()
        #expect(try catalog.unreferencedJournalEntries().isEmpty)
    }

    @Test("Keyword search ranks by BM25, follows edits and honours a document filter")
    func keyword() throws {
        let directory = try TemporaryDirectory()
        let catalog = try Catalog(url: directory.url.appending(path: "catalog.sqlite"), create: true)
        try catalog.commit(documents: [
            document("logs.md", ["rotate the logs with logrotate", "unrelated text about cats"]),
            document("other.md", ["logs are kept for a week"]),
        ])
        let hits = try catalog.keywordSearch("logrotate logs", limit: 10, documentIDs: nil)
        let chunks = try catalog.chunks(ids: hits.map(\.id))
        let texts = hits.compactMap { hit in chunks.first { $0.id == hit.id }?.text }
        #expect(texts == ["rotate the logs with logrotate", "logs are kept for a week"])
        #expect(hits[0].score > hits[1].score)

        let otherID = try #require(try catalog.documentStates()["other.md"]?.id)
        let filtered = try catalog.keywordSearch("logrotate logs", limit: 10, documentIDs: [otherID])
        #expect(try catalog.chunks(ids: filtered.map(\.id)).map(\.text) == ["logs are kept for a week"])

        try catalog.commit(documents: [], removing: ["logs.md"])
        #expect(try catalog.keywordSearch("logrotate", limit: 10, documentIDs: nil).isEmpty)
        #expect(try catalog.keywordSearch("\"unbalanced AND (", limit: 10, documentIDs: nil).isEmpty)
    }

    @Test("Word statistics come from the keyword index and agree with the embedder's words")
    func statistics() throws {
        let directory = try TemporaryDirectory()
        let catalog = try Catalog(url: directory.url.appending(path: "catalog.sqlite"), create: true)
        try catalog.commit(documents: [document("a.md", ["Crème brûlée recipe", "crème anglaise", "plain text"])])
        #expect(catalog.documentCount == 3)
        let words = WordScanner.words(in: "Crème brûlée nothing")
        #expect(catalog.documentFrequencies(of: words) == ["creme": 2, "brulee": 1])
    }

    @Test("Settings and runs persist across reopening")
    func persistence() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appending(path: "catalog.sqlite")
        do {
            let catalog = try Catalog(url: url, create: true)
            try catalog.setSettings(["k": "v"])
            var summary = IndexingSummary()
            summary.added = ["a.md"]
            try catalog.recordRun(startedAt: Date(), summary: summary)
        }
        let reopened = try Catalog(url: url, create: false)
        #expect(try reopened.setting("k") == "v")
        #expect(try reopened.lastRun()?.summary?.added == ["a.md"])
    }
}
