/// A strategy that cuts a ``Document`` into ``Chunk``s within a token budget.
///
/// Implementations must return chunks in text order that together cover the whole text, none
/// empty, none over the budget (counted by the tokenizer on the chunk's own text), and none
/// starting or ending inside a UTF-8 sequence or grapheme cluster. An empty document has no chunks.
///
/// ```swift
/// let chunker = try TokenWindowChunker(tokenizer: BPETokenizer.load(.cl100kBase))
/// for chunk in chunker.chunks(of: document) {
///     print(chunk.headingPathDescription, chunk.tokenCount)
/// }
/// ```
public protocol Chunker: Sendable {
    /// Cuts a document into chunks, in text order.
    func chunks(of document: Document) -> [Chunk]
}
