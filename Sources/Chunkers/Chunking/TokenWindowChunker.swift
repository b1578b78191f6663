/// Cuts text into fixed windows of tokens that overlap, as OpenAI's `static` chunking strategy
/// does, so a local index and a mirrored OpenAI vector store chunk alike.
///
/// Window *k* starts `size − overlap` tokens after window *k − 1*; the last window ends at the
/// end of the text. Cuts fall on token boundaries moved back to the nearest grapheme-cluster
/// boundary, so no window splits a character, and a window whose own text would encode to more
/// than `size` tokens is shortened until it does not.
///
/// ```swift
/// let chunker = try TokenWindowChunker(tokenizer: BPETokenizer.load(.cl100kBase))  // 800 / 400
/// let chunks = chunker.chunks(of: document)
/// ```
///
/// - Complexity: One encoding of the text, plus the first and last partial line of each window.
public struct TokenWindowChunker: Chunker {
    /// The tokenizer that defines a token.
    public let tokenizer: any Tokenizer
    /// The most tokens per chunk.
    public let size: Int
    /// The tokens each chunk shares with the one before it.
    public let overlap: Int

    /// Creates a token-window chunker.
    ///
    /// - Parameters:
    ///   - tokenizer: The tokenizer that counts and cuts, such as cl100k for OpenAI embeddings.
    ///   - size: The most tokens per chunk, 100…4096. Defaults to 800 (OpenAI's default).
    ///   - overlap: Tokens shared by neighbouring chunks, 0…`size / 2`. Defaults to 400 (OpenAI's default).
    /// - Throws: ``ChunkersError`` of kind ``ChunkersError/Kind/invalidConfiguration`` when a value is out of range.
    public init(tokenizer: any Tokenizer, size: Int = 800, overlap: Int = 400) throws(ChunkingError) {
        let budget = try ChunkBudget(size: size, overlap: overlap, allowedSizes: ChunkBudget.staticStrategySizes, chunker: "TokenWindowChunker")
        self.tokenizer = tokenizer
        self.size = budget.size
        self.overlap = budget.overlap
    }

    /// Cuts a document into overlapping token windows.
    public func chunks(of document: Document) -> [Chunk] {
        let layout = TextLayout(document.text)
        let planner = TokenWindowPlanner(tokenizer: tokenizer, layout: layout, size: size, overlap: overlap)
        return ChunkAssembler(layout: layout, document: document).chunks(from: planner.windows(in: 0..<layout.count))
    }
}
