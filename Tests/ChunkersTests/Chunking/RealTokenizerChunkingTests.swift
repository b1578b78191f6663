import Chunkers
import Foundation
import PropertyBased
import Testing

/// The chunkers with OpenAI's real encodings, on random text and on real documents of this repository.
@Suite struct RealTokenizerChunkingTests {
    static let cl100k = Result { try BPETokenizer.load(.cl100kBase) }
    static let o200k = Result { try BPETokenizer.load(.o200kBase) }

    /// The package root, found from this file's path (Tests/ChunkersTests/Chunking/…).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Real documents shipped with every clone: the README and the Chunkers sources.
    static func realDocuments() throws -> [Document] {
        let scanner = FolderScanner(exclude: ["*.tiktoken", "Tokenizer/"])
        let (documents, _) = try DocumentLoader().load(folder: packageRoot.appendingPathComponent("Sources/Chunkers"), scanner: scanner)
        let readme = DocumentLoader().load(contentsOf: packageRoot.appendingPathComponent("README.md"), relativePath: "README.md")
        return documents + [readme.document].compactMap { $0 }
    }

    static func chunkers(_ tokenizer: any Tokenizer, size: Int, overlap: Int) throws -> [(String, any Chunker)] {
        [
            ("token window", try TokenWindowChunker(tokenizer: tokenizer, size: size, overlap: overlap)),
            ("recursive", try RecursiveChunker(tokenizer: tokenizer, size: size, overlap: overlap)),
            ("heading", try HeadingChunker(tokenizer: tokenizer, size: size, overlap: overlap)),
            ("code", try CodeChunker(tokenizer: tokenizer, size: size, overlap: overlap)),
        ]
    }

    @Test("A line start splits the encoding: encode(a + b) == encode(a) + encode(b)", arguments: [BPEEncoding.cl100kBase, .o200kBase])
    func lineStartsSplitTheEncoding(encoding: BPEEncoding) async throws {
        let tokenizer = try (encoding == .cl100kBase ? Self.cl100k : Self.o200k).get()
        let lines = Gen<String?>.element(of: [
            "plain words", "  indented code()", "\tTabbed", "/slash", "  /indented slash", "'quote", "1234 digits", "", " ",
            "trailing spaces   ", ".", "- item", "日本語", "\u{3000}ideographic", "e\u{301}", "CRLF\r", "👍🏽 ok",
        ]).map { $0 ?? "" }
        await propertyCheck(count: 200, input: lines.array(of: 2...12)) { lines in
            let text = lines.joined(separator: "\n")
            let bytes = Array(text.utf8)
            let whole = tokenizer.encode(text)
            for offset in 1..<bytes.count where bytes[offset - 1] == 0x0A && Self.isLineStart(offset, bytes) {
                let head = String(decoding: bytes[..<offset], as: UTF8.self)
                let tail = String(decoding: bytes[offset...], as: UTF8.self)
                #expect(tokenizer.encode(head) + tokenizer.encode(tail) == whole, "split at \(offset) of \(text.debugDescription)")
            }
        }
    }

    /// The planner's line-start rule, restated: a letter or digit, or spaces/tabs then printable ASCII.
    static func isLineStart(_ offset: Int, _ bytes: [UInt8]) -> Bool {
        let first = bytes[offset]
        if (0x30...0x39).contains(first) || (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) { return true }
        guard first == 0x20 || first == 0x09 else { return false }
        let rest = bytes[offset...].drop { $0 == 0x20 || $0 == 0x09 }
        return rest.first.map { (0x21...0x7E).contains($0) } ?? false
    }

    @Test("Every chunker keeps the invariants with cl100k on random text", arguments: [(100, 50), (256, 0)])
    func randomText(size: Int, overlap: Int) async throws {
        let tokenizer = try Self.cl100k.get()
        let chunkers = try Self.chunkers(tokenizer, size: size, overlap: overlap)
        await propertyCheck(count: 25, input: RandomText.text(maxFragments: 1_500)) { text in
            let document = Document.inMemory(text, kind: .markdown)
            for (_, chunker) in chunkers {
                ChunkInvariants.check(chunker.chunks(of: document), of: document, tokenizer: tokenizer, size: size, overlap: overlap, overlapSlack: 2)
            }
        }
    }

    @Test("Every chunker keeps the invariants with cl100k and o200k on this repository's documents", arguments: [BPEEncoding.cl100kBase, .o200kBase])
    func realDocuments(encoding: BPEEncoding) throws {
        let tokenizer = try (encoding == .cl100kBase ? Self.cl100k : Self.o200k).get()
        let documents = try Self.realDocuments()
        #expect(documents.count > 20)
        #expect(documents.contains { $0.kind == .markdown && !$0.headings.isEmpty })
        for (size, overlap) in [(100, 50), (800, 400)] {
            for (_, chunker) in try Self.chunkers(tokenizer, size: size, overlap: overlap) {
                for document in documents {
                    ChunkInvariants.check(chunker.chunks(of: document), of: document, tokenizer: tokenizer, size: size, overlap: overlap, overlapSlack: 2)
                }
            }
        }
    }

    @Test("Token windows of the default 800/400 step by 400 tokens, like OpenAI's static strategy")
    func staticStrategySteps() throws {
        let tokenizer = try Self.cl100k.get()
        let text = (0..<3_000).map { "Sentence \($0) of plain English text." }.joined(separator: " ")
        let document = Document.inMemory(text)
        let chunks = try TokenWindowChunker(tokenizer: tokenizer).chunks(of: document)
        let total = tokenizer.count(text)
        #expect(chunks.count == Int((Double(total - 800) / 400).rounded(.up)) + 1)
        #expect(chunks.dropLast().allSatisfy { (798...800).contains($0.tokenCount) })
        ChunkInvariants.check(chunks, of: document, tokenizer: tokenizer, size: 800, overlap: 400, overlapSlack: 2)
    }
}
