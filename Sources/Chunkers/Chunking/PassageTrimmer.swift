/// Cuts a passage to whole words for display: a chunk cut inside a word loses the partial word
/// at that end.
///
/// ```swift
/// let shown = PassageTrimmer.trim(chunk, in: document.text)
/// print(shown.displayText)   // "…the installer now. Then reboot…"
/// ```
///
/// A word is a run of letters, digits, marks and `_`; everything else (spaces, punctuation) is a
/// boundary. The result is never empty for text with a non-whitespace character: when dropping
/// the partial words would leave nothing, the passage is kept whole.
public enum PassageTrimmer {
    /// Trims a chunk of `documentText` to whole words, looking at the characters on either side of
    /// ``Chunk/byteRange`` to tell whether it was cut inside a word.
    ///
    /// - Parameters:
    ///   - chunk: A chunk of the document.
    ///   - documentText: The ``Document/text`` the chunk was cut from.
    /// - Returns: The passage, its partial words dropped; ``Chunk/text`` trimmed of whitespace when
    ///   the range does not fit the text.
    public static func trim(_ chunk: Chunk, in documentText: String) -> TrimmedPassage {
        let bytes = documentText.utf8
        let range = chunk.byteRange
        guard range.lowerBound >= 0, range.upperBound <= bytes.count, range.lowerBound <= range.upperBound else {
            return trim(chunk.text, startsMidWord: false, endsMidWord: false)
        }
        let start = bytes.index(bytes.startIndex, offsetBy: range.lowerBound)
        let end = bytes.index(bytes.startIndex, offsetBy: range.upperBound)
        let startsMidWord = start > bytes.startIndex && isWordCharacter(before: start, in: documentText)
            && isWordCharacter(at: start, in: documentText)
        let endsMidWord = end < bytes.endIndex && end > start && isWordCharacter(at: end, in: documentText)
            && isWordCharacter(before: end, in: documentText)
        return trim(chunk.text, startsMidWord: startsMidWord, endsMidWord: endsMidWord)
    }

    /// Trims text to whole words.
    ///
    /// - Parameters:
    ///   - text: The passage.
    ///   - startsMidWord: Whether the passage starts inside a word (its first word is partial).
    ///   - endsMidWord: Whether the passage ends inside a word (its last word is partial).
    /// - Returns: The passage without the partial words and surrounding whitespace.
    public static func trim(_ text: String, startsMidWord: Bool, endsMidWord: Bool) -> TrimmedPassage {
        var slice = Substring(text)
        var trimmedStart = false
        var trimmedEnd = false
        if startsMidWord, let first = slice.first, isWordCharacter(first) {
            let rest = slice.drop(while: isWordCharacter)
            if rest.contains(where: { !$0.isWhitespace }) {
                slice = rest
                trimmedStart = true
            }
        }
        if endsMidWord, let last = slice.last, isWordCharacter(last) {
            let kept = slice[..<(slice.lastIndex { !isWordCharacter($0) } ?? slice.startIndex)]
            if kept.contains(where: { !$0.isWhitespace }) {
                slice = kept
                trimmedEnd = true
            }
        }
        let trimmed = slice.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        let result = String(trimmed)
        guard !result.isEmpty else {
            return TrimmedPassage(text: text, trimmedStart: false, trimmedEnd: false)
        }
        return TrimmedPassage(text: result, trimmedStart: trimmedStart, trimmedEnd: trimmedEnd)
    }

    // MARK: Characters

    static func isWordCharacter(_ character: Character) -> Bool {
        character == "_" || character.unicodeScalars.first.map { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark
        } ?? false
    }

    private static func isWordCharacter(at index: String.UTF8View.Index, in text: String) -> Bool {
        guard let scalarIndex = index.samePosition(in: text.unicodeScalars), scalarIndex < text.unicodeScalars.endIndex else {
            return false
        }
        return isWordCharacter(Character(text.unicodeScalars[scalarIndex]))
    }

    private static func isWordCharacter(before index: String.UTF8View.Index, in text: String) -> Bool {
        guard let scalarIndex = index.samePosition(in: text.unicodeScalars), scalarIndex > text.unicodeScalars.startIndex else {
            return false
        }
        return isWordCharacter(Character(text.unicodeScalars[text.unicodeScalars.index(before: scalarIndex)]))
    }
}
