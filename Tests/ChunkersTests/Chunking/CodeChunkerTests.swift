import Chunkers
import PropertyBased
import Testing

@Suite struct CodeChunkerTests {
    let tokenizer = ByteTokenizer()

    static func function(_ index: Int) -> String {
        """
        func f\(index)(x: Int) -> Int {
            let y = x * \(index)

            return y + 1
        }
        """
    }

    @Test("Cuts at blank-line-separated top-level blocks, not at blank lines inside them")
    func topLevelBlocks() throws {
        let source = (0..<20).map(Self.function).joined(separator: "\n\n") + "\n"
        let document = Document.inMemory(source, kind: .code)
        let chunks = try CodeChunker(tokenizer: tokenizer, size: 50, overlap: 0).chunks(of: document)
        ChunkInvariants.check(chunks, of: document, tokenizer: tokenizer, size: 50, overlap: 0)
        for chunk in chunks {
            #expect(chunk.text.hasPrefix("func f"), "each chunk starts a function")
            #expect(chunk.text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("}"), "and ends one")
        }
    }

    @Test("Cuts an oversized block between lines, never inside a line")
    func oversizedBlockBetweenLines() throws {
        let body = (0..<60).map { "    let value\($0) = compute(\($0))" }.joined(separator: "\n")
        let source = "func big() {\n\(body)\n}\n"
        let document = Document.inMemory(source, kind: .code)
        let chunks = try CodeChunker(tokenizer: tokenizer, size: 64, overlap: 0).chunks(of: document)
        ChunkInvariants.check(chunks, of: document, tokenizer: tokenizer, size: 64, overlap: 0)
        #expect(chunks.count > 3)
        let bytes = Array(source.utf8)
        for chunk in chunks where chunk.byteRange.lowerBound > 0 {
            #expect(bytes[chunk.byteRange.lowerBound - 1] == UInt8(ascii: "\n"), "chunks start at line starts")
        }
    }

    @Test("Chunk invariants hold on random code-like text", arguments: [(16, 0), (64, 16)])
    func invariantsOnRandomText(size: Int, overlap: Int) async throws {
        let chunker = try CodeChunker(tokenizer: tokenizer, size: size, overlap: overlap)
        await propertyCheck(count: 60, input: RandomText.text(maxFragments: 400)) { text in
            let document = Document.inMemory(text, kind: .code)
            ChunkInvariants.check(chunker.chunks(of: document), of: document, tokenizer: tokenizer, size: size, overlap: overlap)
        }
    }
}

import Foundation
