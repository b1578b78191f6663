import Chunkers
import PropertyBased
import Testing

@Suite struct TokenWindowChunkerTests {
    let tokenizer = ByteTokenizer()

    @Test("Rejects sizes and overlaps outside OpenAI's static strategy limits", arguments: [
        (99, 0), (4097, 0), (800, 401), (800, -1), (100, 51),
    ])
    func rejectsOutOfRangeConfiguration(size: Int, overlap: Int) {
        let error = #expect(throws: ChunkingError.self) {
            _ = try TokenWindowChunker(tokenizer: tokenizer, size: size, overlap: overlap)
        }
        #expect(error?.kind == .invalidConfiguration)
        #expect(error?.description.contains(String(overlap == 0 ? size : overlap)) == true)
    }

    @Test("Accepts the limits themselves", arguments: [(100, 50), (4096, 2048), (800, 400), (800, 0)])
    func acceptsLimits(size: Int, overlap: Int) throws {
        let chunker = try TokenWindowChunker(tokenizer: tokenizer, size: size, overlap: overlap)
        #expect(chunker.size == size && chunker.overlap == overlap)
    }

    @Test("Defaults to 800 tokens with 400 overlap")
    func defaults() throws {
        let chunker = try TokenWindowChunker(tokenizer: tokenizer)
        #expect(chunker.size == 800 && chunker.overlap == 400)
    }

    @Test("Windows step by size minus overlap over plain ASCII")
    func stepsBySizeMinusOverlap() throws {
        // "a0 " … each word is one 2-byte-or-less token plus a space token: 2 tokens per word.
        let text = (0..<1000).map { "w\($0 % 10)" }.joined(separator: "\n")
        let document = Document.inMemory(text)
        let chunker = try TokenWindowChunker(tokenizer: tokenizer, size: 100, overlap: 40)
        let chunks = chunker.chunks(of: document)
        ChunkInvariants.check(chunks, of: document, tokenizer: tokenizer, size: 100, overlap: 40)
        // 2000 − 1 tokens, windows start every 60 tokens: the first windows are full.
        #expect(chunks.count == 33)
        #expect(chunks.dropLast().allSatisfy { $0.tokenCount == 100 })
        #expect(chunks[1].byteRange.lowerBound == 60 * 3 / 2)
        let shared = String(decoding: Array(text.utf8)[chunks[1].byteRange.lowerBound..<chunks[0].byteRange.upperBound], as: UTF8.self)
        #expect(tokenizer.count(shared) == 40)
    }

    @Test("A text shorter than one window is one chunk")
    func shortText() throws {
        let document = Document.inMemory("Just a few words.")
        let chunks = try TokenWindowChunker(tokenizer: tokenizer).chunks(of: document)
        #expect(chunks.map(\.text) == ["Just a few words."])
        #expect(chunks.first?.characterRange == 0..<17)
    }

    @Test("An empty document has no chunks")
    func emptyDocument() throws {
        #expect(try TokenWindowChunker(tokenizer: tokenizer).chunks(of: .inMemory("")).isEmpty)
    }

    @Test("Never cuts inside an emoji ZWJ sequence or a combining sequence")
    func keepsGraphemeClusters() throws {
        let family = "👨‍👩‍👧‍👦"
        let text = String(repeating: family + "e\u{301}\u{302}", count: 300)
        let document = Document.inMemory(text)
        let chunks = try TokenWindowChunker(tokenizer: tokenizer, size: 100, overlap: 50).chunks(of: document)
        #expect(chunks.count > 5)
        ChunkInvariants.check(chunks, of: document, tokenizer: tokenizer, size: 100, overlap: 50)
    }

    @Test("A grapheme cluster longer than the budget is cut between scalars, never inside one")
    func oversizedCluster() throws {
        let text = "a" + String(repeating: "\u{301}", count: 400) + " tail"
        let document = Document.inMemory(text)
        let chunks = try TokenWindowChunker(tokenizer: tokenizer, size: 100, overlap: 0).chunks(of: document)
        let bytes = Array(text.utf8)
        for chunk in chunks {
            #expect(chunk.tokenCount <= 100)
            #expect(chunk.byteRange.lowerBound == bytes.count || bytes[chunk.byteRange.lowerBound] & 0xC0 != 0x80)
        }
        #expect(chunks.map(\.text).joined() == text)
    }

    @Test("Chunk invariants hold on random text", arguments: [(100, 50), (100, 0), (137, 21)])
    func invariantsOnRandomText(size: Int, overlap: Int) async throws {
        let chunker = try TokenWindowChunker(tokenizer: tokenizer, size: size, overlap: overlap)
        await propertyCheck(count: 60, input: RandomText.text(maxFragments: 600)) { text in
            let document = Document.inMemory(text)
            ChunkInvariants.check(chunker.chunks(of: document), of: document, tokenizer: tokenizer, size: size, overlap: overlap)
        }
    }

    @Test("Heading path and page come from the chunk's start")
    func headingAndPage() throws {
        let first = String(repeating: "alpha ", count: 200)
        let second = String(repeating: "beta ", count: 200)
        let text = first + "\n\n" + second
        let secondStart = first.utf8.count + 2
        let document = Document.inMemory(
            text, kind: .pdf,
            headings: [Heading(level: 1, title: "Guide", offset: 0), Heading(level: 2, title: "Beta", offset: secondStart)],
            pages: [PageSpan(number: 1, byteRange: 0..<first.utf8.count), PageSpan(number: 2, byteRange: secondStart..<text.utf8.count)])
        let chunks = try TokenWindowChunker(tokenizer: tokenizer, size: 100, overlap: 0).chunks(of: document)
        for chunk in chunks {
            let inSecond = chunk.byteRange.lowerBound >= secondStart
            #expect(chunk.headingPath == (inSecond ? ["Guide", "Beta"] : ["Guide"]))
            #expect(chunk.page == (inSecond ? 2 : 1))
        }
        #expect(chunks.last?.headingPathDescription == "Guide › Beta")
    }
}
