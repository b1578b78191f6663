/// A tokenizer that turns text into model token ids and back.
///
/// Chunkers count and cut text with a tokenizer. ``byteCount(of:)`` lets a chunker map token
/// boundaries back to UTF-8 byte offsets without decoding.
public protocol Tokenizer: Sendable {
    /// Encodes text into token ids, treating special-token text as ordinary text.
    func encode(_ text: String) -> [Int]

    /// Decodes token ids into text; byte sequences that are not valid UTF-8 are replaced with U+FFFD.
    func decode(_ tokens: [Int]) -> String

    /// Counts the tokens of text; equal to `encode(text).count`, but may be faster.
    func count(_ text: String) -> Int

    /// The number of UTF-8 bytes that a token id stands for.
    func byteCount(of token: Int) -> Int
}

extension Tokenizer {
    /// Counts the tokens of text by encoding it.
    public func count(_ text: String) -> Int { encode(text).count }
}
