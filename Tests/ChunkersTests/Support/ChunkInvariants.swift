import Chunkers
import Foundation
import Testing

/// Checks the invariants every chunker promises, recording an issue for each one broken.
enum ChunkInvariants {
    /// - Parameters:
    ///   - overlap: When given, each chunk's shared prefix with the one before it must count at
    ///     most this many tokens (on its own text), plus `overlapSlack` for token windows cut
    ///     inside a pre-token, where a real BPE may encode the cut text in a token or two more.
    static func check(
        _ chunks: [Chunk], of document: Document, tokenizer: any Tokenizer, size: Int, overlap: Int? = nil, overlapSlack: Int = 0,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let bytes = Array(document.text.utf8)
        if bytes.isEmpty {
            #expect(chunks.isEmpty, "an empty document has no chunks", sourceLocation: sourceLocation)
            return
        }
        guard let first = chunks.first, let last = chunks.last else {
            Issue.record("a non-empty document produced no chunks", sourceLocation: sourceLocation)
            return
        }
        #expect(first.byteRange.lowerBound == 0, "the first chunk starts the text", sourceLocation: sourceLocation)
        #expect(last.byteRange.upperBound == bytes.count, "the last chunk ends the text", sourceLocation: sourceLocation)
        var previous: Chunk?
        for chunk in chunks {
            #expect(!chunk.byteRange.isEmpty, "chunk is not empty", sourceLocation: sourceLocation)
            #expect(chunk.text == String(decoding: bytes[chunk.byteRange], as: UTF8.self), "text is the text at byteRange", sourceLocation: sourceLocation)
            let count = tokenizer.count(chunk.text)
            #expect(count == chunk.tokenCount, "tokenCount \(chunk.tokenCount) is the count of the text (\(count))", sourceLocation: sourceLocation)
            #expect(count <= size, "chunk of \(count) tokens is within \(size)", sourceLocation: sourceLocation)
            for offset in [chunk.byteRange.lowerBound, chunk.byteRange.upperBound] where !isCharacterBoundary(offset, in: document.text) {
                // The one allowed exception: a single grapheme cluster longer than the whole budget,
                // cut between its scalars.
                let cluster = character(containing: offset, in: document.text)
                #expect(offset == bytes.count || bytes[offset] & 0xC0 != 0x80, "offset \(offset) is not inside a UTF-8 sequence", sourceLocation: sourceLocation)
                #expect(tokenizer.count(String(cluster)) > size, "offset \(offset) is on a character boundary", sourceLocation: sourceLocation)
            }
            let characters = characterOffset(chunk.byteRange.lowerBound, in: document.text)..<characterOffset(chunk.byteRange.upperBound, in: document.text)
            #expect(chunk.characterRange == characters, "characterRange matches byteRange", sourceLocation: sourceLocation)
            if let previous {
                #expect(chunk.byteRange.lowerBound > previous.byteRange.lowerBound, "chunks advance", sourceLocation: sourceLocation)
                #expect(chunk.byteRange.lowerBound <= previous.byteRange.upperBound, "no gap between chunks", sourceLocation: sourceLocation)
                if let overlap, chunk.byteRange.lowerBound < previous.byteRange.upperBound {
                    let shared = String(decoding: bytes[chunk.byteRange.lowerBound..<previous.byteRange.upperBound], as: UTF8.self)
                    #expect(tokenizer.count(shared) <= overlap + overlapSlack, "overlap of \(tokenizer.count(shared)) tokens is within \(overlap)", sourceLocation: sourceLocation)
                }
            }
            previous = chunk
        }
    }

    static func isCharacterBoundary(_ offset: Int, in text: String) -> Bool {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return String.Index(index, within: text) != nil
    }

    static func character(containing offset: Int, in text: String) -> Character {
        var start = text.startIndex
        for index in text.indices {
            if text.utf8.distance(from: text.utf8.startIndex, to: index) > offset { break }
            start = index
        }
        return text[start]
    }

    static func characterOffset(_ offset: Int, in text: String) -> Int {
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return text.distance(from: text.startIndex, to: index)
    }
}

extension Document {
    /// A document made in memory, for chunker tests.
    static func inMemory(_ text: String, kind: DocumentKind = .text, headings: [Heading] = [], pages: [PageSpan] = []) -> Document {
        Document(path: "memory.txt", url: URL(fileURLWithPath: "/memory.txt"), text: text, kind: kind, headings: headings, pages: pages)
    }
}
