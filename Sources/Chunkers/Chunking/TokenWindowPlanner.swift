/// Plans overlapping windows of at most `size` tokens over a byte range of a text.
///
/// The range is encoded once; windows are cut at token boundaries moved back to the nearest
/// grapheme-cluster boundary, and each window's token count is then taken on its own text. Counting
/// a window in full would encode the text twice more at 50% overlap, so only its first and last
/// partial lines are re-encoded: BPE tokenizers that pre-tokenize with OpenAI's patterns never join
/// a line break with a following letter or digit, so between such line starts the window's tokens
/// are exactly the tokens of the whole text. Windows without two such line starts are counted in full.
struct TokenWindowPlanner {
    let tokenizer: any Tokenizer
    let layout: TextLayout
    let size: Int
    let overlap: Int

    func windows(in range: Range<Int>) -> [PlannedChunk] {
        guard !range.isEmpty else { return [] }
        let tokens = tokenizer.encode(layout.substring(range))
        var boundaries = [Int]()
        boundaries.reserveCapacity(tokens.count + 1)
        var offset = range.lowerBound
        boundaries.append(offset)
        for token in tokens {
            offset += tokenizer.byteCount(of: token)
            boundaries.append(min(offset, range.upperBound))
        }
        boundaries[boundaries.count - 1] = range.upperBound
        let context = WindowContext(planner: self, range: range, boundaries: boundaries)
        return context.plan()
    }
}

private struct WindowContext {
    let planner: TokenWindowPlanner
    let range: Range<Int>
    /// Byte offset where each token starts, plus the range end.
    let boundaries: [Int]
    /// Offsets right after a `\n` and before an ASCII letter or digit: the pieces between them
    /// encode to the same tokens on their own as inside the whole text.
    let lineStarts: [Int]

    init(planner: TokenWindowPlanner, range: Range<Int>, boundaries: [Int]) {
        self.planner = planner
        self.range = range
        self.boundaries = boundaries
        var starts: [Int] = []
        let bytes = planner.layout.bytes
        var position = range.lowerBound + 1
        while position < range.upperBound {
            if bytes[position - 1] == 0x0A && Self.isASCIIAlphanumeric(bytes[position]) { starts.append(position) }
            position += 1
        }
        lineStarts = starts
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private var layout: TextLayout { planner.layout }
    private var size: Int { planner.size }
    private var tokenCount: Int { boundaries.count - 1 }

    /// The index of the last token that starts at or before an offset.
    private func token(containing offset: Int) -> Int {
        max(0, boundaries.partitioningIndex { $0 > offset } - 1)
    }

    /// The index of the token that starts exactly at an offset, if one does.
    private func token(startingAt offset: Int) -> Int? {
        let index = boundaries.partitioningIndex { $0 >= offset }
        return index < boundaries.count && boundaries[index] == offset ? index : nil
    }

    /// The token count of the text in a range, taken on that text alone.
    func count(_ window: Range<Int>) -> Int {
        let first = lineStarts.partitioningIndex { $0 > window.lowerBound }
        let last = lineStarts.partitioningIndex { $0 >= window.upperBound } - 1
        if first < last, let head = token(startingAt: lineStarts[first]), let tail = token(startingAt: lineStarts[last]) {
            let headStart = lineStarts[first]
            let tailStart = lineStarts[last]
            return planner.tokenizer.count(layout.substring(window.lowerBound..<headStart)) + (tail - head)
                + planner.tokenizer.count(layout.substring(tailStart..<window.upperBound))
        }
        return planner.tokenizer.count(layout.substring(window))
    }

    /// A cut at or before an offset and after `floor`: a grapheme boundary if there is one, else a scalar boundary.
    private func cut(atOrBefore offset: Int, after floor: Int) -> Int? {
        let character = layout.characterBoundary(atOrBefore: offset)
        if character > floor { return character }
        let scalar = layout.scalarBoundary(atOrBefore: offset)
        return scalar > floor ? scalar : nil
    }

    func plan() -> [PlannedChunk] {
        var windows: [PlannedChunk] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let startToken = token(containing: start)
            var endToken = min(startToken + size, tokenCount)
            var end = endToken == tokenCount ? range.upperBound : (cut(atOrBefore: boundaries[endToken], after: start) ?? layout.scalarBoundary(atOrAfter: start + 1))
            var tokens = count(start..<end)
            while tokens > size {
                endToken -= 1
                guard endToken > startToken, let shorter = cut(atOrBefore: boundaries[endToken], after: start) else { break }
                end = min(end, shorter)
                tokens = count(start..<end)
            }
            while tokens > size, let shorter = cut(atOrBefore: end - 1, after: start) {
                end = shorter
                tokens = count(start..<end)
            }
            windows.append(PlannedChunk(range: start..<end, tokenCount: tokens))
            guard end < range.upperBound else { break }
            let fullTokensBeforeEnd = boundaries.partitioningIndex { $0 > end } - 1
            let nextToken = max(startToken + 1, fullTokensBeforeEnd - planner.overlap)
            start = cut(atOrBefore: boundaries[min(nextToken, tokenCount)], after: start).map { min($0, end) } ?? end
        }
        return windows
    }
}
