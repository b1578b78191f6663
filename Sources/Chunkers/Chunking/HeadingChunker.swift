/// Cuts a Markdown or HTML document into its sections, one heading each, splitting an oversized
/// section recursively; every chunk knows its heading path (`Install › Linux`).
///
/// Sections never share a chunk, and overlap stays within a section. Text before the first
/// heading is a section of its own. A document without headings is chunked as
/// ``RecursiveChunker`` would.
///
/// ```swift
/// let chunker = try HeadingChunker(tokenizer: tokenizer, size: 512, overlap: 64)
/// for chunk in chunker.chunks(of: markdownDocument) { print(chunk.headingPathDescription) }
/// ```
public struct HeadingChunker: Chunker {
    /// The tokenizer that defines a token.
    public let tokenizer: any Tokenizer
    /// The most tokens per chunk.
    public let size: Int
    /// The most tokens a chunk repeats from the one before it in the same section.
    public let overlap: Int

    /// Creates a heading-aware chunker.
    ///
    /// - Parameters:
    ///   - tokenizer: The tokenizer that counts.
    ///   - size: The most tokens per chunk, 16…8191. Defaults to 800.
    ///   - overlap: The most tokens repeated within a section, 0…`size / 2`. Defaults to 100.
    /// - Throws: ``ChunkersError`` of kind ``ChunkersError/Kind/invalidConfiguration`` when a value is out of range.
    public init(tokenizer: any Tokenizer, size: Int = 800, overlap: Int = 100) throws(ChunkingError) {
        let budget = try ChunkBudget(size: size, overlap: overlap, allowedSizes: ChunkBudget.structuralSizes, chunker: "HeadingChunker")
        self.tokenizer = tokenizer
        self.size = budget.size
        self.overlap = budget.overlap
    }

    /// Cuts a document into heading sections.
    public func chunks(of document: Document) -> [Chunk] {
        let layout = TextLayout(document.text)
        let assembler = ChunkAssembler(layout: layout, document: document)
        let planner = StructuralPlanner(
            tokenizer: tokenizer, layout: layout, size: size, overlap: overlap,
            levels: [.paragraphs(fenceAware: document.kind == .markdown), .lines, .sentences, .words])
        let cuts = (assembler.structure.headingStarts + assembler.structure.pageStarts).filter(layout.isCharacterBoundary)
        return assembler.chunks(from: planner.plan(sections: StructuralPlanner.sections(of: layout.count, cuttingAt: cuts)))
    }
}
