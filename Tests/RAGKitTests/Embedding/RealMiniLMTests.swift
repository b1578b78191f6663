import Foundation
import Testing
import TestSupport
@testable import RAGKit

/// The pipeline with the real all-MiniLM-L6-v2 weights: chunks fitted to its window, sentences ranked by its meaning.
@Suite(.enabled(if: TestExtras.miniLMTestsEnabled, Comment(rawValue: TestExtras.miniLMSkipReason)))
struct RealMiniLMTests {
    private func embedder() throws -> TransformerEmbedder {
        let folder = try #require(TestExtras.miniLMFolder, "RAGKIT_REQUIRE_EXTRAS is set but RAGKIT_MINILM_DIR is not")
        return try TransformerEmbedder(named: folder)
    }

    @Test("Every chunk of an index fits the model's window, counted by its own WordPiece tokenizer, even with 800-token chunks")
    func chunksFitTheWindow() async throws {
        let embedder = try embedder()
        let window = try #require(embedder.inputWindow)
        // Identifiers and numbers split into many word pieces: 800 cl100k tokens hold far more than 256 of them.
        let line = "Set ulimit_nofile_soft=65536 and vm.max_map_count=262144 before starting node-7f3a9c (build 2024.11.05-rc3). "
        let fixture = try IndexFixture(files: ["tuning.md": "# Tuning\n\n" + String(repeating: line, count: 120)])
        let rag = try fixture.create(embedder, chunkSize: 800, overlap: 100)
        try await IndexFixture.index(rag)
        let chunks = try #require(try await rag.document(at: "tuning.md")).chunks
        #expect(chunks.count > 4)
        let counts = chunks.map { window.count($0.text) }
        #expect(counts.allSatisfy { $0 <= window.tokens }, "\(counts) over \(window.tokens)")
    }

    @Test("An extractive answer through RAG with the real model (sentences embedded by it) quotes the sentence that answers")
    func semanticQuote() async throws {
        let embedder = try embedder()
        let fixture = try IndexFixture(files: ["ops/logs.md": """
            # Logs
            The service writes its logs under /var/log/app. Each line starts with a timestamp and a level.
            Old log files are compressed and deleted after seven days by the nightly rotation job.
            Colours in the console output can be turned off with NO_COLOR.
            """])
        let rag = try fixture.create(embedder)
        try await IndexFixture.index(rag)
        var answer: Answer?
        for try await event in rag.ask("How do I stop old output files from filling up my disk?", using: ExtractiveAnswerer(maxSentences: 1)) {
            if case .finished(let finished) = event { answer = finished }
        }
        let text = try #require(answer).text
        #expect(text.hasPrefix("Old log files are compressed and deleted after seven days"), "\(text)")
    }
}
