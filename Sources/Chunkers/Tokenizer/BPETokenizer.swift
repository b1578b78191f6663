/// A byte-pair-encoding tokenizer that reproduces OpenAI's `cl100k_base` and `o200k_base` exactly.
///
/// It gives the same ids as OpenAI's `tiktoken` for every text: the pre-tokenization patterns are
/// hand-written over UTF-8 bytes, and the merges follow `tiktoken`'s order. The rank files are
/// embedded in the binary, so loading needs no resource bundle or file.
///
/// ```swift
/// let tokenizer = try BPETokenizer.load(.cl100kBase)
/// let ids = tokenizer.encode("hello world")        // [15339, 1917]
/// tokenizer.decode(ids)                            // "hello world"
/// tokenizer.count("hello world")                   // 2
/// ```
///
/// Instances are immutable and safe to share between tasks and threads.
///
/// ## Topics
/// ### Loading
/// - ``load(_:)``
/// - ``forModel(_:)``
/// ### Encoding
/// - ``encode(_:)``
/// - ``encode(_:allowedSpecial:)``
/// - ``count(_:)``
/// ### Decoding
/// - ``decode(_:)``
/// - ``decodeBytes(_:)``
/// - ``byteCount(of:)``
public final class BPETokenizer: Tokenizer, Sendable {
    /// The encoding this tokenizer implements.
    public let encoding: BPEEncoding

    /// The special tokens of the encoding, such as `<|endoftext|>`, with their ids.
    public let specialTokens: [String: Int]

    let ranks: RankTable
    let pattern: PreTokenizer.Pattern
    private let specialTokenBytes: [Int: [UInt8]]

    init(encoding: BPEEncoding, ranks: RankTable, pattern: PreTokenizer.Pattern, specialTokens: [String: Int]) {
        self.encoding = encoding
        self.ranks = ranks
        self.pattern = pattern
        self.specialTokens = specialTokens
        specialTokenBytes = Dictionary(uniqueKeysWithValues: specialTokens.map { ($0.value, Array($0.key.utf8)) })
    }

    /// One more than the largest token id, special tokens included.
    ///
    /// Some ids below it are unused (`cl100k_base` has gaps before its special tokens).
    public var vocabularySize: Int { max(ranks.rankCount, (specialTokens.values.max() ?? -1) + 1) }

    // MARK: Encoding

    /// Encodes text into token ids, treating special-token text such as `<|endoftext|>` as ordinary text.
    ///
    /// Equal to `tiktoken`'s `encode_ordinary`. Complexity: O(n) in the UTF-8 length for text
    /// made of words, O(n log n) in the worst case.
    public func encode(_ text: String) -> [Int] {
        var sink = TokenArraySink()
        sink.tokens.reserveCapacity(text.utf8.count / 4 + 1)
        withUTF8(text) { encodeOrdinary($0, into: &sink) }
        return sink.tokens
    }

    /// Encodes text into token ids, turning the special tokens named in `allowedSpecial` into
    /// their ids; the text of any other special token is encoded as ordinary text.
    ///
    /// Equal to `tiktoken`'s `encode(text, allowed_special=allowedSpecial, disallowed_special=())`.
    /// Names that are not special tokens of this encoding are ignored.
    ///
    /// ```swift
    /// tokenizer.encode("hi<|endoftext|>", allowedSpecial: ["<|endoftext|>"])   // [6151, 100257]
    /// ```
    /// - Parameters:
    ///   - text: The text to encode.
    ///   - allowedSpecial: The special tokens to recognise, such as `["<|endoftext|>"]`;
    ///     pass `Set(tokenizer.specialTokens.keys)` for all of them.
    /// - Returns: The token ids.
    public func encode(_ text: String, allowedSpecial: Set<String>) -> [Int] {
        let allowed = allowedSpecial.compactMap { name in specialTokens[name].map { (Array(name.utf8), $0) } }
        if allowed.isEmpty { return encode(text) }
        var sink = TokenArraySink()
        sink.tokens.reserveCapacity(text.utf8.count / 4 + 1)
        withUTF8(text) { bytes in
            var start = 0
            while let (at, special) = nextSpecial(in: bytes, from: start, among: allowed) {
                encodeOrdinary(UnsafeBufferPointer(rebasing: bytes[start..<at]), into: &sink)
                sink.tokens.append(special.id)
                start = at + special.name.count
            }
            encodeOrdinary(UnsafeBufferPointer(rebasing: bytes[start...]), into: &sink)
        }
        return sink.tokens
    }

    /// Counts the tokens of text without building the list of ids; equal to `encode(text).count`.
    public func count(_ text: String) -> Int {
        var sink = TokenCountSink()
        withUTF8(text) { encodeOrdinary($0, into: &sink) }
        return sink.count
    }

    // MARK: Decoding

    /// Decodes token ids into text; byte sequences that are not valid UTF-8 (a token list cut
    /// inside a character) become U+FFFD.
    ///
    /// An id that is neither a token nor a special token of this encoding decodes to U+FFFD.
    public func decode(_ tokens: [Int]) -> String {
        String(decoding: decodeBytes(tokens), as: UTF8.self)
    }

    /// Decodes token ids into the bytes they stand for, without UTF-8 validation.
    ///
    /// An id that is neither a token nor a special token of this encoding gives the three bytes
    /// of U+FFFD.
    public func decodeBytes(_ tokens: [Int]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokens.count * 4)
        ranks.tokenBytes.withUnsafeBufferPointer { tokenBytes in
            for token in tokens {
                if token >= 0, token < ranks.rankCount {
                    let start = Int(ranks.tokenOffsets[token])
                    let end = Int(ranks.tokenOffsets[token + 1])
                    if start < end {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: tokenBytes[start..<end]))
                        continue
                    }
                }
                bytes.append(contentsOf: specialTokenBytes[token] ?? Self.replacementCharacter)
            }
        }
        return bytes
    }

    /// The number of UTF-8 bytes that a token id stands for (3, those of U+FFFD, for an unknown id).
    public func byteCount(of token: Int) -> Int {
        if token >= 0, token < ranks.rankCount {
            let length = Int(ranks.tokenOffsets[token + 1]) - Int(ranks.tokenOffsets[token])
            if length > 0 { return length }
        }
        return specialTokenBytes[token]?.count ?? Self.replacementCharacter.count
    }

    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    // MARK: Internals

    /// The text length (in bytes) from which merged pieces are cached during a call.
    static let pieceCacheThreshold = 16 * 1024

    /// Encodes UTF-8 text with no special tokens, piece by piece.
    func encodeOrdinary<Sink: TokenSink>(_ text: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        let pattern = pattern
        ranks.withLookup { lookup in
            ScalarClassTable.ascii.withUnsafeBufferPointer { ascii in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: BytePairMerger.scratchCount) { scratch in
                    guard let asciiBase = ascii.baseAddress, let scratchBase = scratch.baseAddress else { return }
                    let splitter = PreTokenizer(bytes: base, count: text.count, ascii: asciiBase)
                    func encodePieces(_ merger: BytePairMerger) {
                        var start = 0
                        while start < text.count {
                            let end = splitter.pieceEnd(from: start, pattern: pattern)
                            merger.encode(base + start, count: end - start, readable: text.count - start, into: &sink)
                            start = end
                        }
                    }
                    if text.count < Self.pieceCacheThreshold {
                        encodePieces(BytePairMerger(lookup: lookup, scratch: scratchBase))
                    } else {
                        PieceCache.withPieceCache { cache in
                            encodePieces(BytePairMerger(lookup: lookup, scratch: scratchBase, cache: cache))
                        }
                    }
                }
            }
        }
    }

    /// The leftmost allowed special token at or after `start` (the longest one at that position).
    private func nextSpecial(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, among allowed: [(name: [UInt8], id: Int)]
    ) -> (at: Int, special: (name: [UInt8], id: Int))? {
        var position = start
        while position < bytes.count {
            var best: (name: [UInt8], id: Int)?
            for special in allowed where special.name.count <= bytes.count - position
                && special.name.count > (best?.name.count ?? 0)
                && bytes[position] == special.name[0]
                && special.name.elementsEqual(bytes[position..<(position + special.name.count)]) {
                best = special
            }
            if let best { return (position, best) }
            position += 1
        }
        return nil
    }

    /// Calls `body` with the UTF-8 bytes of `text`, copying only when they are not contiguous.
    private func withUTF8(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable(body) != nil { return }
        var copy = text
        copy.makeContiguousUTF8()
        copy.utf8.withContiguousStorageIfAvailable(body)
    }
}
