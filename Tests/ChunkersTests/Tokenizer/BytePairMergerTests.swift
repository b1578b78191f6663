@testable import Chunkers
import PropertyBased
import Testing

@Suite struct BytePairMergerTests {
    /// Runs one of the two merge strategies over `text` as a single piece.
    enum Strategy { case scan, heap, buckets }

    static func merge(_ text: String, with tokenizer: BPETokenizer, _ strategy: Strategy) -> [Int] {
        let bytes = Array(text.utf8)
        var sink = TokenArraySink()
        tokenizer.ranks.withLookup { lookup in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: BytePairMerger.scratchCount) { scratch in
                bytes.withUnsafeBufferPointer { buffer in
                    guard let base = buffer.baseAddress, let scratch = scratch.baseAddress else { return }
                    let merger = BytePairMerger(lookup: lookup, scratch: scratch)
                    switch strategy {
                    case .scan: merger.mergeByScanning(base, count: buffer.count, readable: buffer.count, into: &sink)
                    case .heap:
                        var queue = HeapPairQueue(capacity: buffer.count)
                        LinkedPartsMerger(lookup: lookup)
                            .merge(base, count: buffer.count, readable: buffer.count, queue: &queue, into: &sink)
                    case .buckets:
                        var queue = BucketPairQueue(count: buffer.count, rankCount: lookup.rankCount)
                        LinkedPartsMerger(lookup: lookup)
                            .merge(base, count: buffer.count, readable: buffer.count, queue: &queue, into: &sink)
                    }
                }
            }
        }
        return sink.tokens
    }

    static let pieces = oneOf(Array<Character>(["a", "b", "c", "e", "r", "s", "t", "é", "中", "😀", "0", " "]))
        .string(of: 2...BytePairMerger.smallPieceLimit / 4)

    @Test("Merges with a heap and with rank buckets exactly as tiktoken's scan does", arguments: BPEEncoding.known)
    func strategiesAgree(encoding: BPEEncoding) async throws {
        let tokenizer = try BPETokenizer.load(encoding)
        await propertyCheck(count: 500, input: Self.pieces) { piece in
            let scanned = Self.merge(piece, with: tokenizer, .scan)
            #expect(Self.merge(piece, with: tokenizer, .heap) == scanned)
            #expect(Self.merge(piece, with: tokenizer, .buckets) == scanned)
        }
    }

    @Test("Encodes a 2 MB piece of one repeated letter in one pass", arguments: BPEEncoding.known)
    func longPiece(encoding: BPEEncoding) throws {
        let tokenizer = try BPETokenizer.load(encoding)
        let text = String(repeating: "a", count: 2_000_000)
        let ids = tokenizer.encode(text)
        #expect(tokenizer.decode(ids) == text)
        // The piece is a run of whole tokens: the same token repeated, then a remainder.
        let period = ids.firstIndex { $0 != ids[0] } ?? ids.count
        #expect(period > ids.count - 4)
        #expect(ids.count < text.count / 4)
    }

    @Test("Gives the same ids for long text, where merged pieces are cached, as piece by piece", arguments: BPEEncoding.known)
    func cachedPieces(encoding: BPEEncoding) throws {
        let tokenizer = try BPETokenizer.load(encoding)
        // Each word starts its own piece (a space then letters), so the text encodes as its words do.
        let words = [" zxqvbnmwords", " Tokenizerification", " reStructuredTexts", " qwertyuiopasdf", " ééàüß", " 中文分词器"]
        var text = "x"
        var expected = tokenizer.encode("x")
        var index = 0
        while text.utf8.count <= BPETokenizer.pieceCacheThreshold * 2 {
            let word = words[index % words.count] + String(repeating: "z", count: index % 7)
            text += word
            expected += tokenizer.encode(word)
            index += 1
        }
        #expect(tokenizer.encode(text) == expected)
        #expect(tokenizer.count(text) == expected.count)
    }
}
