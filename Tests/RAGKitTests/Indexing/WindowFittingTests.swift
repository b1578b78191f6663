import Chunkers
import Foundation
import Testing
@testable import RAGKit

/// Chunks are fitted to a model's window as the model's own tokenizer counts it.
@Suite("Fitting chunks to a model's window")
struct WindowFittingTests {
    /// A stand-in for WordPiece: every word is two tokens, so cl100k budgets overshoot the window.
    static let window = InputWindow(tokens: 60, count: { text in text.split(whereSeparator: \.isWhitespace).count * 2 })

    static func document() throws -> Document {
        let paragraph = (1...70).map { "word\($0)" }.joined(separator: " ") + "."
        let text = "# Title\n\n## Section one\n\n\(paragraph)\n\n\(paragraph)\n\n## Section two\n\nShort text here.\n"
        let folder = try TemporaryDirectory()
        let file = try folder.write("a.md", text)
        return try #require(DocumentLoader().load(contentsOf: file, relativePath: "a.md").document)
    }

    @Test("Every fitted chunk fits the window, maps back to the document, and keeps its heading path")
    func fits() throws {
        let document = try Self.document()
        let tokenizer = try BPETokenizer.load(.cl100kBase)
        let chunks = try HeadingChunker(tokenizer: tokenizer, size: 200, overlap: 20).chunks(of: document)
        #expect(chunks.contains { Self.window.count($0.text) > Self.window.tokens }, "the fixture must overflow the window")

        let fitted = WindowFitting(window: Self.window, tokenizer: tokenizer).fit(chunks, of: document)
        #expect(fitted.count > chunks.count)
        let bytes = Array(document.text.utf8)
        for chunk in fitted {
            #expect(Self.window.count(chunk.text) <= Self.window.tokens, "\(chunk.text)")
            #expect(String(decoding: bytes[chunk.byteRange], as: UTF8.self) == chunk.text)
            #expect(!chunk.headingPath.isEmpty)
        }
        #expect(fitted.contains { $0.headingPath.last == "Section one" } && fitted.contains { $0.headingPath.last == "Section two" })
        // Chunks within the window are kept as they were.
        for chunk in chunks where Self.window.count(chunk.text) <= Self.window.tokens {
            #expect(fitted.contains(chunk))
        }
    }

    @Test("An embedder without a window of its own leaves chunking alone")
    func noWindow() {
        #expect(LocalEmbedder().inputWindow == nil)
    }
}
