/// Cuts text on its structure — paragraphs, then lines, sentences, words — into chunks of at
/// most `size` tokens, merging small pieces and repeating trailing pieces as overlap.
///
/// Pages of a PDF are kept apart, so each chunk cites one page. Markdown code fences are kept
/// whole when they fit. A run of text with no break that still exceeds the budget is cut into
/// token windows.
///
/// ```swift
/// let chunker = try RecursiveChunker(tokenizer: tokenizer, size: 400, overlap: 50)
/// let chunks = chunker.chunks(of: document)
/// ```
public struct RecursiveChunker: Chunker {
    /// The tokenizer that defines a token.
    public let tokenizer: any Tokenizer
    /// The most tokens per chunk.
    public let size: Int
    /// The most tokens a chunk repeats from the one before it.
    public let overlap: Int

    /// Creates a recursive chunker.
    ///
    /// - Parameters:
    ///   - tokenizer: The tokenizer that counts.
    ///   - size: The most tokens per chunk, 16…8191. Defaults to 800.
    ///   - overlap: The most tokens repeated from the previous chunk, 0…`size / 2`, in whole
    ///     pieces (sentences, lines…). Defaults to 100.
    /// - Throws: ``ChunkersError`` of kind ``ChunkersError/Kind/invalidConfiguration`` when a value is out of range.
    public init(tokenizer: any Tokenizer, size: Int = 800, overlap: Int = 100) throws(ChunkingError) {
        let budget = try ChunkBudget(size: size, overlap: overlap, allowedSizes: ChunkBudget.structuralSizes, chunker: "RecursiveChunker")
        self.tokenizer = tokenizer
        self.size = budget.size
        self.overlap = budget.overlap
    }

    /// Cuts a document on its structure.
    public func chunks(of document: Document) -> [Chunk] {
        let layout = TextLayout(document.text)
        let assembler = ChunkAssembler(layout: layout, document: document)
        let planner = StructuralPlanner(
            tokenizer: tokenizer, layout: layout, size: size, overlap: overlap,
            levels: [.paragraphs(fenceAware: document.kind == .markdown), .lines, .sentences, .words])
        let sections = StructuralPlanner.sections(of: layout.count, cuttingAt: assembler.structure.pageStarts)
        return assembler.chunks(from: planner.plan(sections: sections))
    }
}
