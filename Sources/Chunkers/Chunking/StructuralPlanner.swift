/// Plans chunks by splitting on structure, level by level, down to a token budget, then
/// merging neighbouring pieces greedily with overlap.
///
/// A piece over the budget is split at the next level; a piece still over the budget after the
/// last level is cut into token windows. Merged chunks are counted on their own text, and the
/// overlap carried into the next chunk is the longest run of whole trailing pieces whose own
/// token count is within the overlap.
struct StructuralPlanner {
    let tokenizer: any Tokenizer
    let layout: TextLayout
    let size: Int
    let overlap: Int
    let levels: [SplitLevel]

    /// Chunks for each section in turn; sections tile the text, and no chunk crosses a section boundary.
    func plan(sections: [Range<Int>]) -> [PlannedChunk] {
        sections.flatMap { merge(atoms(of: $0, level: 0)) }
    }

    private func count(_ range: Range<Int>) -> Int {
        tokenizer.count(layout.substring(range))
    }

    /// Pieces within the budget, in order, tiling the range.
    private func atoms(of range: Range<Int>, level: Int) -> [PlannedChunk] {
        guard level < levels.count else {
            return TokenWindowPlanner(tokenizer: tokenizer, layout: layout, size: size, overlap: 0).windows(in: range)
        }
        var result: [PlannedChunk] = []
        for piece in levels[level].pieces(of: range, layout: layout) {
            let tokens = count(piece)
            if tokens <= size {
                result.append(PlannedChunk(range: piece, tokenCount: tokens))
            } else {
                result.append(contentsOf: atoms(of: piece, level: level + 1))
            }
        }
        return result
    }

    private func merge(_ atoms: [PlannedChunk]) -> [PlannedChunk] {
        var chunks: [PlannedChunk] = []
        var first = 0
        while first < atoms.count {
            var last = first
            var estimate = atoms[first].tokenCount
            while last + 1 < atoms.count && estimate + atoms[last + 1].tokenCount <= size {
                last += 1
                estimate += atoms[last].tokenCount
            }
            var range = atoms[first].range.lowerBound..<atoms[last].range.upperBound
            var tokens = last == first ? atoms[first].tokenCount : count(range)
            while tokens > size && last > first {
                last -= 1
                range = atoms[first].range.lowerBound..<atoms[last].range.upperBound
                tokens = last == first ? atoms[first].tokenCount : count(range)
            }
            chunks.append(PlannedChunk(range: range, tokenCount: tokens))
            guard last + 1 < atoms.count else { break }
            first = overlapStart(atoms, first: first, last: last)
        }
        return chunks
    }

    /// The first piece of the next chunk: the earliest piece after `first` such that the pieces
    /// from it to `last` fit in the overlap, or `last + 1` when none do.
    private func overlapStart(_ atoms: [PlannedChunk], first: Int, last: Int) -> Int {
        guard overlap > 0 else { return last + 1 }
        var start = last + 1
        var estimate = 0
        while start - 1 > first && estimate + atoms[start - 1].tokenCount <= overlap {
            start -= 1
            estimate += atoms[start].tokenCount
        }
        while start < last && count(atoms[start].range.lowerBound..<atoms[last].range.upperBound) > overlap {
            start += 1
        }
        return start
    }
}

extension StructuralPlanner {
    /// Splits `0..<count` at the given offsets into consecutive non-empty sections.
    static func sections(of length: Int, cuttingAt offsets: [Int]) -> [Range<Int>] {
        var sections: [Range<Int>] = []
        var start = 0
        for cut in Set(offsets).sorted() where cut > start && cut < length {
            sections.append(start..<cut)
            start = cut
        }
        if start < length { sections.append(start..<length) }
        return sections
    }
}
