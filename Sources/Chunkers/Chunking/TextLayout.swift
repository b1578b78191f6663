/// A document's text with byte-level access: UTF-8 offsets, grapheme-cluster boundaries, and
/// character (grapheme cluster) counts.
struct TextLayout: Sendable {
    let text: String
    let bytes: [UInt8]

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
    }

    var count: Int { bytes.count }

    func substring(_ range: Range<Int>) -> String {
        if range.lowerBound == 0 && range.upperBound == bytes.count { return text }
        return String(decoding: bytes[range], as: UTF8.self)
    }

    func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// Whether an offset falls between two grapheme clusters (or at either end of the text).
    func isCharacterBoundary(_ offset: Int) -> Bool {
        guard offset > 0 && offset < bytes.count else { return true }
        let before = bytes[offset - 1]
        let after = bytes[offset]
        // Two ASCII neighbours are always separate clusters, except a CR LF pair.
        if before < 0x80 && after < 0x80 { return !(before == 0x0D && after == 0x0A) }
        guard isScalarBoundary(offset) else { return false }
        return String.Index(index(offset), within: text) != nil
    }

    /// Whether an offset falls between two Unicode scalars (never inside a UTF-8 sequence).
    func isScalarBoundary(_ offset: Int) -> Bool {
        offset <= 0 || offset >= bytes.count || bytes[offset] & 0xC0 != 0x80
    }

    /// The nearest grapheme-cluster boundary at or before an offset.
    func characterBoundary(atOrBefore offset: Int) -> Int {
        var position = min(max(offset, 0), bytes.count)
        while !isCharacterBoundary(position) { position -= 1 }
        return position
    }

    /// The nearest grapheme-cluster boundary at or after an offset.
    func characterBoundary(atOrAfter offset: Int) -> Int {
        var position = min(max(offset, 0), bytes.count)
        while !isCharacterBoundary(position) { position += 1 }
        return position
    }

    /// The nearest scalar boundary at or before an offset.
    func scalarBoundary(atOrBefore offset: Int) -> Int {
        var position = min(max(offset, 0), bytes.count)
        while !isScalarBoundary(position) { position -= 1 }
        return position
    }

    /// The nearest scalar boundary at or after an offset.
    func scalarBoundary(atOrAfter offset: Int) -> Int {
        var position = min(max(offset, 0), bytes.count)
        while !isScalarBoundary(position) { position += 1 }
        return position
    }
}

/// Converts increasing byte offsets to character offsets in one forward pass.
struct CharacterCursor {
    private var byteOffset = 0
    private var characterOffset = 0

    /// The character offset of a byte offset at a character boundary, not before the previous one asked.
    mutating func characterOffset(at target: Int, in layout: TextLayout) -> Int {
        precondition(target >= byteOffset, "CharacterCursor only moves forward")
        var simple = true
        for byte in layout.bytes[byteOffset..<target] where byte >= 0x80 || byte == 0x0D {
            simple = false
            break
        }
        if simple {
            characterOffset += target - byteOffset
        } else {
            characterOffset += layout.text.distance(from: layout.index(byteOffset), to: layout.index(target))
        }
        byteOffset = target
        return characterOffset
    }
}
