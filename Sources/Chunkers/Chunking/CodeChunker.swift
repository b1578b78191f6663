/// Cuts source code at blank-line-separated top-level blocks (a line at column 0 after a blank
/// line), merging small blocks up to the budget, and never cuts inside a line.
///
/// A block over the budget is cut between lines; only a single line longer than the budget
/// (minified code, embedded data) is cut inside, into token windows.
///
/// ```swift
/// let chunker = try CodeChunker(tokenizer: tokenizer, size: 600, overlap: 0)
/// let chunks = chunker.chunks(of: swiftFile)
/// ```
public struct CodeChunker: Chunker {
    /// The tokenizer that defines a token.
    public let tokenizer: any Tokenizer
    /// The most tokens per chunk.
    public let size: Int
    /// The most tokens a chunk repeats from the one before it, in whole blocks or lines.
    public let overlap: Int

    /// Creates a code chunker.
    ///
    /// - Parameters:
    ///   - tokenizer: The tokenizer that counts.
    ///   - size: The most tokens per chunk, 16…8191. Defaults to 800.
    ///   - overlap: The most tokens repeated from the previous chunk, 0…`size / 2`. Defaults to 0.
    /// - Throws: ``ChunkersError`` of kind ``ChunkersError/Kind/invalidConfiguration`` when a value is out of range.
    public init(tokenizer: any Tokenizer, size: Int = 800, overlap: Int = 0) throws(ChunkingError) {
        let budget = try ChunkBudget(size: size, overlap: overlap, allowedSizes: ChunkBudget.structuralSizes, chunker: "CodeChunker")
        self.tokenizer = tokenizer
        self.size = budget.size
        self.overlap = budget.overlap
    }

    /// Cuts a source file into blocks.
    public func chunks(of document: Document) -> [Chunk] {
        let layout = TextLayout(document.text)
        let assembler = ChunkAssembler(layout: layout, document: document)
        let planner = StructuralPlanner(tokenizer: tokenizer, layout: layout, size: size, overlap: overlap, levels: [.codeBlocks, .lines])
        return assembler.chunks(from: planner.plan(sections: [0..<layout.count].filter { !$0.isEmpty }))
    }
}
