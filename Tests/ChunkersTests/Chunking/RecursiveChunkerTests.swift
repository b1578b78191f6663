import Chunkers
import PropertyBased
import Testing

@Suite struct RecursiveChunkerTests {
    let tokenizer = ByteTokenizer()

    @Test("Rejects a size outside 16…8191 and an overlap over half the size", arguments: [(15, 0), (8192, 0), (100, 51), (100, -1)])
    func rejectsOutOfRange(size: Int, overlap: Int) {
        #expect(throws: ChunkingError.self) { _ = try RecursiveChunker(tokenizer: tokenizer, size: size, overlap: overlap) }
    }

    @Test("Keeps paragraphs whole when they fit, and merges small ones")
    func paragraphsWhole() throws {
        let paragraphs = (0..<12).map { index in (0..<8).map { "word\(index)x\($0)" }.joined(separator: " ") + "." }
        let text = paragraphs.joined(separator: "\n\n")
        let document = Document.inMemory(text)
        let chunker = try RecursiveChunker(tokenizer: tokenizer, size: 60, overlap: 0)
        let chunks = chunker.chunks(of: document)
        ChunkInvariants.check(chunks, of: document, tokenizer: tokenizer, size: 60, overlap: 0)
        #expect(chunks.count > 1)
        for chunk in chunks {
            // Every chunk is a run of whole paragraphs: it starts a paragraph and ends at one's end.
            let trimmed = chunk.text.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(paragraphs.contains { trimmed.hasPrefix($0) })
            #expect(trimmed.hasSuffix("."))
        }
    }

    @Test("Splits an oversized paragraph at sentences before words")
    func sentencesBeforeWords() throws {
        let sentences = (0..<30).map { "Sentence number \($0) says little." }
        let text = sentences.joined(separator: " ")
        let document = Document.inMemory(text)
        let chunks = try RecursiveChunker(tokenizer: tokenizer, size: 40, overlap: 0).chunks(of: document)
        ChunkInvariants.check(chunks, of: document, tokenizer: tokenizer, size: 40, overlap: 0)
        for chunk in chunks.dropLast() {
            #expect(chunk.text.hasSuffix("little. "))
        }
    }

    @Test("Cuts a single 200 kB line without spaces into token windows")
    func longLineWithoutBreaks() throws {
        let text = String(repeating: "abcdefghij", count: 20_000)
        let document = Document.inMemory(text)
        let chunks = try RecursiveChunker(tokenizer: tokenizer, size: 500, overlap: 0).chunks(of: document)
        ChunkInvariants.check(chunks, of: document, tokenizer: tokenizer, size: 500, overlap: 0)
        #expect(chunks.count == (200_000 + 1_499) / 1_500)
    }

    @Test("Repeats whole trailing pieces as overlap, within the overlap budget")
    func overlapInWholePieces() throws {
        let text = (0..<200).map { "Line \($0) of the file" }.joined(separator: "\n")
        let document = Document.inMemory(text)
        let chunks = try RecursiveChunker(tokenizer: tokenizer, size: 100, overlap: 30).chunks(of: document)
        ChunkInvariants.check(chunks, of: document, tokenizer: tokenizer, size: 100, overlap: 30)
        for (previous, next) in zip(chunks, chunks.dropFirst()) {
            #expect(next.byteRange.lowerBound < previous.byteRange.upperBound, "consecutive chunks share text")
            #expect(next.text.hasPrefix("Line "), "the overlap starts at a whole line")
        }
    }

    @Test("Keeps a Markdown code fence with blank lines in one chunk")
    func keepsFenceWhole() throws {
        let fence = "```swift\nlet a = 1\n\nlet b = 2\n\nprint(a + b)\n```\n"
        let text = "Intro paragraph here.\n\n" + fence + "\nAfter the code.\n"
        let document = Document.inMemory(text, kind: .markdown)
        let chunks = try RecursiveChunker(tokenizer: tokenizer, size: 40, overlap: 0).chunks(of: document)
        ChunkInvariants.check(chunks, of: document, tokenizer: tokenizer, size: 40)
        #expect(chunks.contains { $0.text.contains(fence) })
    }

    @Test("Keeps PDF pages apart, each chunk citing its page")
    func pagesApart() throws {
        let pageTexts = ["first page text", "second page text", "third page text"]
        let text = pageTexts.joined(separator: "\n\n")
        var spans: [PageSpan] = []
        var offset = 0
        for (index, page) in pageTexts.enumerated() {
            spans.append(PageSpan(number: index + 1, byteRange: offset..<offset + page.utf8.count))
            offset += page.utf8.count + 2
        }
        let document = Document.inMemory(text, kind: .pdf, pages: spans)
        let chunks = try RecursiveChunker(tokenizer: tokenizer, size: 100, overlap: 0).chunks(of: document)
        #expect(chunks.map(\.page) == [1, 2, 3])
        #expect(chunks.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) } == pageTexts)
    }

    @Test("Chunk invariants hold on random text", arguments: [(16, 0), (40, 20), (100, 30)])
    func invariantsOnRandomText(size: Int, overlap: Int) async throws {
        let chunker = try RecursiveChunker(tokenizer: tokenizer, size: size, overlap: overlap)
        await propertyCheck(count: 60, input: RandomText.text(maxFragments: 400)) { text in
            let document = Document.inMemory(text, kind: .markdown)
            ChunkInvariants.check(chunker.chunks(of: document), of: document, tokenizer: tokenizer, size: size, overlap: overlap)
        }
    }
}

import Foundation
