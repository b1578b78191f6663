import Chunkers

/// The chunkers of an index's settings, and which one each document kind gets.
struct ChunkerSet: Sendable {
    private let kind: ChunkerKind
    private let tokens: TokenWindowChunker
    private let recursive: RecursiveChunker
    private let headings: HeadingChunker
    private let code: CodeChunker
    /// The index's token encoding, which every chunker counts in.
    let tokenizer: BPETokenizer

    init(settings: IndexSettings) throws(RAGError) {
        let tokenizer = try TokenizerCache.load(settings.tokenEncoding)
        self.tokenizer = tokenizer
        kind = settings.chunker
        do {
            tokens = try TokenWindowChunker(tokenizer: tokenizer, size: settings.chunkSize, overlap: settings.chunkOverlap)
            recursive = try RecursiveChunker(tokenizer: tokenizer, size: settings.chunkSize, overlap: settings.chunkOverlap)
            headings = try HeadingChunker(tokenizer: tokenizer, size: settings.chunkSize, overlap: settings.chunkOverlap)
            code = try CodeChunker(tokenizer: tokenizer, size: settings.chunkSize, overlap: settings.chunkOverlap)
        } catch {
            throw RAGError(.invalidArgument, "Invalid chunking settings: \(error)", underlying: error)
        }
    }

    /// Token windows for everything with `.tokens`; otherwise structure-aware chunking by kind.
    func chunker(for documentKind: DocumentKind) -> any Chunker {
        switch kind {
        case .tokens: return tokens
        case .markdown where documentKind == .markdown || documentKind == .html: return headings
        default: return documentKind == .code ? code : recursive
        }
    }
}

/// Loads tokenizers by encoding name, mapping failures to ``RAGError``.
enum TokenizerCache {
    static func load(_ encoding: String) throws(RAGError) -> BPETokenizer {
        do {
            return try BPETokenizer.load(BPEEncoding(rawValue: encoding))
        } catch {
            throw RAGError(.resource, "Could not load the \(encoding) tokenizer: \(error)", underlying: error)
        }
    }
}
