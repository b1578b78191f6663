import Foundation
import GRDB
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

    @Test("A chunk's passages are ranked by themselves and leave the index with the chunk")
    func passages() throws {
        let directory = try TemporaryDirectory()
        let catalog = try Catalog(url: directory.url.appending(path: "catalog.sqlite"), create: true)
        let filler = (1...12).map { "Paragraph \($0) describes unrelated options of the command in many ordinary words." }
        let long = (filler[..<6] + ["Logrotate rotates the logs.", ] + filler[6...]).joined(separator: "\n\n")
        try catalog.commit(documents: [document("long.md", [long]), document("short.md", ["logs and logrotate"])])
        let byPassage = try catalog.passageKeywordSearch("logrotate logs", limit: 10, documentIDs: nil)
        #expect(try catalog.chunks(ids: byPassage.map(\.id)).map(\.path).sorted() == ["long.md", "short.md"])
        #expect(Set(byPassage.map(\.id)).count == byPassage.count)

        let shortID = try #require(try catalog.documentStates()["short.md"]?.id)
        let filtered = try catalog.passageKeywordSearch("logrotate", limit: 10, documentIDs: [shortID])
        #expect(try catalog.chunks(ids: filtered.map(\.id)).map(\.path) == ["short.md"])

        try catalog.commit(documents: [], removing: ["long.md", "short.md"])
        #expect(try catalog.passageKeywordSearch("logrotate", limit: 10, documentIDs: nil).isEmpty)
    }

    @Test("Passages split at blank lines, pack up to 800 characters and keep every word")
    func passageSplitting() {
        let paragraphs = (1...30).map { String(repeating: "w\($0) ", count: 20).trimmingCharacters(in: .whitespaces) }
        let passages = KeywordPassages.split(paragraphs.joined(separator: "\n\n\n"))
        #expect(passages.count > 1)
        #expect(passages.allSatisfy { $0.count <= KeywordPassages.characterLimit })
        #expect(passages.joined(separator: "\n\n") == paragraphs.joined(separator: "\n\n"))
        let huge = String(repeating: "x", count: 2_000)
        #expect(KeywordPassages.split("a\n\n" + huge + "\n\nb") == ["a", huge, "b"])
        let many = (1...200).map { String(repeating: "p\($0)", count: 100) }
        let capped = KeywordPassages.split(many.joined(separator: "\n\n"))
        #expect(capped.count == KeywordPassages.perChunk)
        #expect(capped.joined(separator: "\n\n") == many.joined(separator: "\n\n"))
        #expect(KeywordPassages.split("  \n\n ").isEmpty)
        #expect(KeywordPassages.chunk(ofRowID: KeywordPassages.rowID(chunk: 42, passage: KeywordPassages.perChunk - 1)) == 42)
    }

    @Test("A catalog made before passages gains them when opened for writing; read-only it searches chunks alone")
    func passagesMigration() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appending(path: "catalog.sqlite")
        try Catalog(url: url, create: true).commit(documents: [document("a.md", ["rotate the logs with logrotate"])])
        // Make it what an earlier version wrote: no passage index, no migration recorded.
        try DatabaseQueue(path: url.path).write { db in
            try db.execute(sql: """
                DROP TRIGGER chunks_passages_delete; DROP TABLE passages_fts;
                DELETE FROM grdb_migrations WHERE identifier = 'v3-keyword-passages'
                """)
        }
        let readOnly = try Catalog(url: url, create: false, readOnly: true)
        #expect(try readOnly.passageKeywordSearch("logrotate", limit: 10, documentIDs: nil).isEmpty)
        #expect(try readOnly.keywordSearch("logrotate", limit: 10, documentIDs: nil).count == 1)

        let migrated = try Catalog(url: url, create: false)
        let hits = try migrated.passageKeywordSearch("logrotate", limit: 10, documentIDs: nil)
        #expect(try migrated.chunks(ids: hits.map(\.id)).map(\.text) == ["rotate the logs with logrotate"])
    }

    @Test("A catalog made before text revisions reads its documents as revision 0, read-only or migrated")
    func textRevisionMigration() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appending(path: "catalog.sqlite")
        var current = document("a.md", ["rotate the logs with logrotate"])
        current.textRevision = 3
        try Catalog(url: url, create: true).commit(documents: [current])
        #expect(try Catalog(url: url, create: false).documentStates()["a.md"]?.textRevision == 3)
        try DatabaseQueue(path: url.path).write { db in
            try db.execute(sql: """
                ALTER TABLE documents DROP COLUMN textRevision;
                DELETE FROM grdb_migrations WHERE identifier = 'v4-text-revision'
                """)
        }
        let readOnly = try Catalog(url: url, create: false, readOnly: true)
        #expect(try readOnly.documentStates()["a.md"]?.textRevision == 0)
        #expect(try readOnly.exportDocuments(paths: ["a.md"]).map(\.textRevision) == [0])
        let migrated = try Catalog(url: url, create: false)
        #expect(try migrated.exportDocuments(paths: ["a.md"]).map(\.textRevision) == [0])
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
