@testable import Chunkers
import PropertyBased
import Testing

@Suite struct BytePairMergerTests {
    /// Runs one of the two merge strategies over `text` as a single piece.
    static func merge(_ text: String, with tokenizer: BPETokenizer, heap: Bool) -> [Int] {
        let bytes = Array(text.utf8)
        var sink = TokenArraySink()
        tokenizer.ranks.withLookup { lookup in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: BytePairMerger.scratchCount) { scratch in
                bytes.withUnsafeBufferPointer { buffer in
                    guard let base = buffer.baseAddress, let scratch = scratch.baseAddress else { return }
                    let merger = BytePairMerger(lookup: lookup, scratch: scratch)
                    if heap {
                        merger.mergeWithHeap(base, count: buffer.count, readable: buffer.count, into: &sink)
                    } else {
                        merger.mergeByScanning(base, count: buffer.count, readable: buffer.count, into: &sink)
                    }
                }
            }
        }
        return sink.tokens
    }

    static let pieces = oneOf(Array<Character>(["a", "b", "c", "e", "r", "s", "t", "é", "中", "😀", "0", " "]))
        .string(of: 2...BytePairMerger.smallPieceLimit / 4)

    @Test("Merges with the heap exactly as tiktoken's scan does", arguments: BPEEncoding.known)
    func heapEqualsScan(encoding: BPEEncoding) async throws {
        let tokenizer = try BPETokenizer.load(encoding)
        await propertyCheck(count: 500, input: Self.pieces) { piece in
            #expect(Self.merge(piece, with: tokenizer, heap: true) == Self.merge(piece, with: tokenizer, heap: false))
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
}
