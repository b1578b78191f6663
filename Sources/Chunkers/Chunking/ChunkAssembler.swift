/// Turns planned byte ranges into ``Chunk`` values: text, character range, heading path, page.
struct ChunkAssembler {
    let layout: TextLayout
    let structure: DocumentStructure

    init(layout: TextLayout, document: Document) {
        self.layout = layout
        structure = DocumentStructure(document)
    }

    /// Builds chunks from ranges in text order (starts and ends both increasing).
    func chunks(from planned: [PlannedChunk]) -> [Chunk] {
        var starts = CharacterCursor()
        var ends = CharacterCursor()
        return planned.map { piece in
            let range = piece.range
            return Chunk(
                text: layout.substring(range),
                byteRange: range,
                characterRange: starts.characterOffset(at: range.lowerBound, in: layout)..<ends.characterOffset(at: range.upperBound, in: layout),
                tokenCount: piece.tokenCount,
                headingPath: structure.headingPath(at: range.lowerBound),
                page: structure.page(overlapping: range))
        }
    }
}

/// A chunk's byte range and exact token count, before its text is materialised.
struct PlannedChunk: Sendable, Hashable {
    var range: Range<Int>
    var tokenCount: Int
}
