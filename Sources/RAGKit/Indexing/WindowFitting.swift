import Chunkers

/// Splits the chunks a model's input window cannot hold, measured by the model's own tokenizer, so that no passage
/// is embedded truncated.
///
/// Chunkers cut in the index's token encoding; a model such as all-MiniLM-L6-v2 reads 256 WordPiece tokens, which
/// usually hold fewer words than 256 `cl100k_base` tokens. A chunk over the window is cut again, with a budget scaled
/// by how far over it is, into pieces that keep the chunk's heading path and page and map back to the document.
struct WindowFitting {
    let window: InputWindow
    let tokenizer: any Tokenizer

    /// `chunks` of `document`, each over the window replaced by pieces within it.
    func fit(_ chunks: [Chunk], of document: Document) -> [Chunk] {
        chunks.flatMap { fit($0, of: document, depth: 0) }
    }

    private func fit(_ chunk: Chunk, of document: Document, depth: Int) -> [Chunk] {
        let measured = window.count(chunk.text)
        guard measured > window.tokens, depth < 4, chunk.tokenCount > 8 else { return [chunk] }
        // The chunk's own tokens scaled to the window, with a margin: WordPiece counts vary along a text.
        let size = max(8, chunk.tokenCount * window.tokens * 9 / (measured * 10))
        let part = Document(path: document.path, url: document.url, text: chunk.text, kind: .text)
        guard let chunker = try? RecursiveChunker(tokenizer: tokenizer, size: size, overlap: size / 8) else { return [chunk] }
        let pieces = chunker.chunks(of: part)
        guard pieces.count > 1 else { return [chunk] }
        return pieces.flatMap { piece -> [Chunk] in
            var piece = piece
            piece.byteRange = (chunk.byteRange.lowerBound + piece.byteRange.lowerBound)..<(chunk.byteRange.lowerBound + piece.byteRange.upperBound)
            piece.characterRange = (chunk.characterRange.lowerBound + piece.characterRange.lowerBound)
                ..< (chunk.characterRange.lowerBound + piece.characterRange.upperBound)
            piece.headingPath = chunk.headingPath
            piece.page = chunk.page
            return fit(piece, of: document, depth: depth + 1)
        }
    }
}
