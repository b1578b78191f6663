/// A way to cut text into smaller structural pieces; each piece keeps its trailing separator, so
/// the pieces of a range tile it exactly.
enum SplitLevel: Sendable, Hashable {
    /// Paragraphs: a non-blank line after a blank one starts a piece. Fence-aware levels never
    /// cut inside a Markdown code fence.
    case paragraphs(fenceAware: Bool)
    /// Top-level code blocks: a line starting at column 0 after a blank line starts a piece.
    case codeBlocks
    /// Lines.
    case lines
    /// Sentences: after `.`, `!` or `?` and whitespace, or after an ideographic full stop.
    case sentences
    /// Words: after a run of whitespace.
    case words

    /// The piece boundaries strictly inside a range, at grapheme-cluster boundaries.
    func cuts(in range: Range<Int>, layout: TextLayout) -> [Int] {
        let bytes = layout.bytes
        var cuts: [Int] = []
        switch self {
        case .paragraphs(let fenceAware):
            var blankSeen = false
            var fence: (marker: UInt8, length: Int)?
            forEachLine(in: range, bytes: bytes) { start, end in
                let line = LineShape(bytes: bytes, start: start, end: end)
                if fenceAware, line.indent < 4, let marker = line.fence {
                    if let open = fence {
                        if marker.marker == open.marker && marker.length >= open.length && line.isBareFence { fence = nil }
                    } else {
                        if blankSeen && start > range.lowerBound { cuts.append(start) }
                        fence = marker
                        blankSeen = false
                        return
                    }
                }
                if fence != nil { return }
                if line.isBlank {
                    blankSeen = true
                } else {
                    if blankSeen && start > range.lowerBound { cuts.append(start) }
                    blankSeen = false
                }
            }
        case .codeBlocks:
            var blankSeen = false
            forEachLine(in: range, bytes: bytes) { start, end in
                let line = LineShape(bytes: bytes, start: start, end: end)
                if line.isBlank {
                    blankSeen = true
                    return
                }
                if blankSeen && line.indent == 0 && start > range.lowerBound && !line.startsWithClosingBracket { cuts.append(start) }
                blankSeen = false
            }
        case .lines:
            for position in range.dropLast() where bytes[position] == 0x0A { cuts.append(position + 1) }
        case .sentences:
            var position = range.lowerBound
            while position < range.upperBound {
                let byte = bytes[position]
                if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                    var after = position + 1
                    while after < range.upperBound, [0x22, 0x27, 0x29, 0x5D].contains(bytes[after]) { after += 1 }
                    var end = after
                    while end < range.upperBound, Self.isASCIISpace(bytes[end]) { end += 1 }
                    if end > after && end < range.upperBound { cuts.append(end) }
                    position = max(end, position + 1)
                } else if byte == 0xE3 && position + 2 < range.upperBound && bytes[position + 1] == 0x80 && bytes[position + 2] == 0x82 {
                    if position + 3 < range.upperBound { cuts.append(position + 3) }
                    position += 3
                } else {
                    position += 1
                }
            }
        case .words:
            var position = range.lowerBound
            var inSpace = false
            while position < range.upperBound {
                let space = Self.isASCIISpace(bytes[position])
                if inSpace && !space { cuts.append(position) }
                inSpace = space
                position += 1
            }
        }
        return cuts.filter { layout.isCharacterBoundary($0) }
    }

    /// The pieces of a range.
    func pieces(of range: Range<Int>, layout: TextLayout) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for cut in cuts(in: range, layout: layout) where cut > start && cut < range.upperBound {
            pieces.append(start..<cut)
            start = cut
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces
    }

    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    private func forEachLine(in range: Range<Int>, bytes: [UInt8], _ body: (Int, Int) -> Void) {
        var start = range.lowerBound
        var position = range.lowerBound
        while position < range.upperBound {
            if bytes[position] == 0x0A {
                body(start, position)
                start = position + 1
            }
            position += 1
        }
        if start < range.upperBound { body(start, range.upperBound) }
    }
}

/// The shape of one line: indentation, blankness, and whether it opens or closes a code fence.
private struct LineShape {
    let indent: Int
    let isBlank: Bool
    let fence: (marker: UInt8, length: Int)?
    let isBareFence: Bool
    let startsWithClosingBracket: Bool

    init(bytes: [UInt8], start: Int, end: Int) {
        var position = start
        var indent = 0
        while position < end, bytes[position] == 0x20 || bytes[position] == 0x09 {
            indent += bytes[position] == 0x09 ? 4 : 1
            position += 1
        }
        self.indent = indent
        isBlank = position == end || (position == end - 1 && bytes[position] == 0x0D)
        startsWithClosingBracket = position < end && [0x7D, 0x5D, 0x29].contains(bytes[position])
        if position < end, bytes[position] == 0x60 || bytes[position] == 0x7E {
            let marker = bytes[position]
            var run = position
            while run < end, bytes[run] == marker { run += 1 }
            let length = run - position
            fence = length >= 3 ? (marker, length) : nil
            var rest = run
            while rest < end, SplitLevel.isASCIISpace(bytes[rest]) { rest += 1 }
            isBareFence = rest == end
        } else {
            fence = nil
            isBareFence = false
        }
    }
}
