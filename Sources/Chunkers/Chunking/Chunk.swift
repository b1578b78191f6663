/// A piece of a ``Document`` sized for an embeddings endpoint, with everything needed to cite it.
///
/// `text` is exactly the document's text at ``byteRange``:
/// `String(decoding: Array(document.text.utf8)[chunk.byteRange], as: UTF8.self) == chunk.text`.
/// A chunk never starts or ends inside a UTF-8 sequence or a grapheme cluster.
public struct Chunk: Sendable, Hashable, Codable {
    /// The chunk's text.
    public var text: String
    /// The UTF-8 byte range of the text in ``Document/text``.
    public var byteRange: Range<Int>
    /// The range in ``Document/text`` counted in `Character`s (extended grapheme clusters).
    public var characterRange: Range<Int>
    /// The number of tokens in ``text``, counted by the chunker's tokenizer on the text itself.
    public var tokenCount: Int
    /// The titles of the headings above the chunk, outermost first (`["Install", "Linux"]`).
    public var headingPath: [String]
    /// The page the chunk starts on, for paged documents (PDF); `nil` otherwise.
    public var page: Int?

    /// Creates a chunk.
    public init(text: String, byteRange: Range<Int>, characterRange: Range<Int>, tokenCount: Int, headingPath: [String] = [], page: Int? = nil) {
        self.text = text
        self.byteRange = byteRange
        self.characterRange = characterRange
        self.tokenCount = tokenCount
        self.headingPath = headingPath
        self.page = page
    }

    /// The heading path for display: `"Install › Linux"`; empty when there are no headings above.
    public var headingPathDescription: String { headingPath.joined(separator: " › ") }
}
