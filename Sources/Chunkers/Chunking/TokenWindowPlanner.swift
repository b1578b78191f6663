/// Plans overlapping windows of at most `size` tokens over a byte range of a text.
///
/// The range is encoded once; windows are cut at token boundaries moved back to the nearest
/// grapheme-cluster boundary, and each window's token count is then taken on its own text. Counting
/// a window in full would encode the text twice more at 50% overlap, so only its first and last
/// partial lines are re-encoded. OpenAI's pre-tokenization patterns end a piece at the last line
/// break of a whitespace run, so a line start (see `WindowContext.isLineStart`) splits the
/// encoding: between two such line starts the window's tokens are exactly those of the whole text.
/// Windows without two line starts are counted in full.
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
    /// Line starts inside the range: the pieces between them encode to the same tokens on their
    /// own as inside the whole text.
    let lineStarts: [Int]

    init(planner: TokenWindowPlanner, range: Range<Int>, boundaries: [Int]) {
        self.planner = planner
        self.range = range
        self.boundaries = boundaries
        var starts: [Int] = []
        let bytes = planner.layout.bytes
        var position = range.lowerBound + 1
        while position < range.upperBound {
            if bytes[position - 1] == 0x0A && Self.isLineStart(position, in: bytes, end: range.upperBound) { starts.append(position) }
            position += 1
        }
        lineStarts = starts
    }

    /// Whether the offset after a `\n` starts a line that no pre-token can join to the line break:
    /// the line begins with an ASCII letter or digit, or with spaces or tabs and then printable
    /// ASCII. (A following `\n`, a Unicode space, or — in o200k — a `/` right after the break can
    /// extend the break's piece.)
    static func isLineStart(_ position: Int, in bytes: [UInt8], end: Int) -> Bool {
        let first = bytes[position]
        if (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) { return true }
        guard first == 0x20 || first == 0x09 else { return false }
        var next = position + 1
        while next < end, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
        return next < end && bytes[next] >= 0x21 && bytes[next] <= 0x7E
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
            // Counting a token cut by the end as shared keeps the shared text within the overlap.
            let tokensReachingEnd = boundaries.partitioningIndex { $0 >= end }
            let nextToken = max(startToken + 1, tokensReachingEnd - planner.overlap)
            // Moving the next start forward, never back, keeps the shared text within the overlap.
            let target = boundaries[min(nextToken, tokenCount)]
            var next = layout.characterBoundary(atOrAfter: target)
            if next > end { next = layout.scalarBoundary(atOrAfter: target) }
            start = next > start && next <= end ? next : end
        }
        return windows
    }
}
