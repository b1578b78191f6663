/// Splits UTF-8 text into the pieces that an encoding's pre-tokenization pattern matches, without
/// a regular-expression engine.
///
/// Each ``Pattern`` reproduces `tiktoken`'s regular expression (see `../shared/tokenizers/SOURCE.md`)
/// alternative by alternative, with its backtracking and possessive semantics; the comments name
/// the alternative each branch stands for. Valid only inside the call that created it: it reads
/// the text and the class table through raw pointers.
struct PreTokenizer {
    /// The pre-tokenization pattern of an encoding.
    enum Pattern: Sendable {
        /// `'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s`
        case cl100k
        /// The o200k pattern: cased words with contractions, `\p{N}{1,3}`, symbols with `[\r\n/]*`,
        /// then the whitespace alternatives.
        case o200k
    }

    let bytes: UnsafePointer<UInt8>
    let count: Int
    let ascii: UnsafePointer<ScalarClass>

    // MARK: Scalars

    /// The length of the UTF-8 sequence whose lead byte is at `index`.
    @inline(__always)
    func scalarLength(at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// The class of the scalar at `index`.
    @inline(__always)
    func scalarClass(at index: Int) -> ScalarClass {
        let lead = bytes[index]
        if lead < 0x80 { return ascii[Int(lead)] }
        return nonASCIIClass(at: index)
    }

    private func nonASCIIClass(at index: Int) -> ScalarClass {
        let lead = UInt32(bytes[index])
        if lead < 0xE0 {
            return ScalarClassTable.basicPlane[Int((lead & 0x1F) << 6 | UInt32(bytes[index + 1]) & 0x3F)]
        }
        if lead < 0xF0 {
            let value = (lead & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6
                | UInt32(bytes[index + 2]) & 0x3F
            return ScalarClassTable.basicPlane[Int(value)]
        }
        let value = (lead & 0x07) << 18 | (UInt32(bytes[index + 1]) & 0x3F) << 12
            | (UInt32(bytes[index + 2]) & 0x3F) << 6 | UInt32(bytes[index + 3]) & 0x3F
        return Unicode.Scalar(value).map(ScalarClass.init) ?? []
    }

    /// The end of the run of scalars from `start` whose class satisfies `predicate`.
    @inline(__always)
    private func runEnd(from start: Int, while predicate: (ScalarClass) -> Bool) -> Int {
        var index = start
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if !predicate(ascii[Int(lead)]) { break }
                index += 1
            } else {
                if !predicate(nonASCIIClass(at: index)) { break }
                index += scalarLength(at: index)
            }
        }
        return index
    }

    // MARK: Pieces

    /// The end of the piece that starts at `start`, which is before ``count``.
    @inline(__always)
    func pieceEnd(from start: Int, pattern: Pattern) -> Int {
        switch pattern {
        case .cl100k: cl100kPieceEnd(from: start)
        case .o200k: o200kPieceEnd(from: start)
        }
    }

    private func cl100kPieceEnd(from start: Int) -> Int {
        let lead = bytes[start]
        // '(?i:[sdmt]|ll|ve|re)
        if lead == UInt8(ascii: "'"), let end = contractionEnd(at: start) { return end }
        let first = scalarClass(at: start)
        let next = start + scalarLength(at: start)
        // [^\r\n\p{L}\p{N}]?+\p{L}++ (the possessive prefix is never given back)
        if first.isLetter { return runEnd(from: next) { $0.isLetter } }
        if first.isWordPrefix, next < count, scalarClass(at: next).isLetter {
            return runEnd(from: next) { $0.isLetter }
        }
        // \p{N}{1,3}+
        if first.isNumber { return numberEnd(from: next) }
        //  ?[^\s\p{L}\p{N}]++[\r\n]*+
        if let symbolsStart = symbolRunStart(at: start, first: first) {
            return newlineRunEnd(from: runEnd(from: symbolsStart) { $0.isSymbol }, slash: false)
        }
        return whitespacePieceEnd(from: start, next: next, trailingRunIsWhole: true)
    }

    private func o200kPieceEnd(from start: Int) -> Int {
        let first = scalarClass(at: start)
        let next = start + scalarLength(at: start)
        // [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
        // tried with the optional prefix first, then without it.
        if first.isWordPrefix, let end = lowerWordEnd(from: next) { return end }
        if first.isUpperish || first.isLowerish, let end = lowerWordEnd(from: start) { return end }
        // [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:…)?
        if first.isWordPrefix, let end = upperWordEnd(from: next) { return end }
        if first.isUpperish, let end = upperWordEnd(from: start) { return end }
        // \p{N}{1,3}
        if first.isNumber { return numberEnd(from: next) }
        //  ?[^\s\p{L}\p{N}]+[\r\n/]*
        if let symbolsStart = symbolRunStart(at: start, first: first) {
            return newlineRunEnd(from: runEnd(from: symbolsStart) { $0.isSymbol }, slash: true)
        }
        return whitespacePieceEnd(from: start, next: next, trailingRunIsWhole: false)
    }

    /// `'(?i:[sdmt]|ll|ve|re)` at `start` (the apostrophe): the end of the contraction, or nil.
    ///
    /// Case-insensitive matching also folds U+017F LATIN SMALL LETTER LONG S to `s`.
    @inline(__always)
    private func contractionEnd(at start: Int) -> Int? {
        guard start + 1 < count else { return nil }
        let letter = bytes[start + 1] | 0x20
        switch letter {
        case UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "m"), UInt8(ascii: "t"): return start + 2
        default: break
        }
        guard start + 2 < count else { return nil }
        let second = bytes[start + 2]
        switch (letter, second | 0x20) {
        case (UInt8(ascii: "l"), UInt8(ascii: "l")), (UInt8(ascii: "v"), UInt8(ascii: "e")),
            (UInt8(ascii: "r"), UInt8(ascii: "e")):
            return start + 3
        default:
            return bytes[start + 1] == 0xC5 && second == 0xBF ? start + 3 : nil
        }
    }

    /// `\p{N}{1,3}` after its first number, which ends at `next`.
    @inline(__always)
    private func numberEnd(from next: Int) -> Int {
        var end = next
        for _ in 0..<2 {
            guard end < count, scalarClass(at: end).isNumber else { break }
            end += scalarLength(at: end)
        }
        return end
    }

    /// Where the symbol run of ` ?[^\s\p{L}\p{N}]+` starts, or nil when the alternative fails.
    @inline(__always)
    private func symbolRunStart(at start: Int, first: ScalarClass) -> Int? {
        if first.isSymbol { return start }
        if bytes[start] == UInt8(ascii: " "), start + 1 < count, scalarClass(at: start + 1).isSymbol {
            return start + 1
        }
        return nil
    }

    /// `[\r\n]*` (or `[\r\n/]*`) from `start`.
    @inline(__always)
    private func newlineRunEnd(from start: Int, slash: Bool) -> Int {
        var end = start
        while end < count {
            let byte = bytes[end]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || (slash && byte == UInt8(ascii: "/"))
            else { break }
            end += 1
        }
        return end
    }

    /// The whitespace alternatives, from a whitespace scalar at `start` that ends at `next`.
    ///
    /// cl100k: `\s++$|\s*[\r\n]|\s+(?!\S)|\s`; o200k: `\s*[\r\n]+|\s+(?!\S)|\s+`. Both take the
    /// run up to and including its last newline, else all but its last scalar when something
    /// follows, else one scalar; cl100k first takes a run that reaches the end of the text whole.
    @inline(__always)
    private func whitespacePieceEnd(from start: Int, next: Int, trailingRunIsWhole: Bool) -> Int {
        var end = start
        var lastScalarStart = start
        var afterLastNewline = -1
        while end < count {
            let scalar = scalarClass(at: end)
            guard scalar.isWhitespace else { break }
            lastScalarStart = end
            end += scalarLength(at: end)
            if scalar.isNewline { afterLastNewline = end }
        }
        if trailingRunIsWhole && end == count { return end }
        if afterLastNewline >= 0 { return afterLastNewline }
        if end == count { return end }
        return lastScalarStart > start ? lastScalarStart : next
    }

    /// o200k's first word alternative without its prefix, from `start`:
    /// `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+` with a contraction, or nil.
    ///
    /// The upper run is greedy and backtracks: when no lower-case scalar follows it, the match ends
    /// after the last scalar of the run that is also in the lower class.
    @inline(__always)
    private func lowerWordEnd(from start: Int) -> Int? {
        var end = start
        var afterLastLowerish = -1
        var stop: ScalarClass = []
        while end < count {
            stop = scalarClass(at: end)
            guard stop.isUpperish else { break }
            end += scalarLength(at: end)
            if stop.isLowerish { afterLastLowerish = end }
        }
        if end < count, stop.isLowerish {
            return o200kContractionEnd(at: runEnd(from: end) { $0.isLowerish })
        }
        return afterLastLowerish >= 0 ? o200kContractionEnd(at: afterLastLowerish) : nil
    }

    /// o200k's second word alternative without its prefix, from `start`:
    /// `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*` with a contraction, or nil.
    @inline(__always)
    private func upperWordEnd(from start: Int) -> Int? {
        guard start < count else { return nil }
        let upperEnd = runEnd(from: start) { $0.isUpperish }
        if upperEnd == start { return nil }
        return o200kContractionEnd(at: runEnd(from: upperEnd) { $0.isLowerish })
    }

    /// `(?i:'s|'t|'re|'ve|'m|'ll|'d)?` at `end`.
    @inline(__always)
    private func o200kContractionEnd(at end: Int) -> Int {
        guard end < count, bytes[end] == UInt8(ascii: "'") else { return end }
        return contractionEnd(at: end) ?? end
    }
}
