/// Tells whether text reads like a map of other pages — an index, a table of contents, a list of
/// links — rather than content.
///
/// ``DocumentLoader`` uses it to set ``Document/role`` for Markdown; HTML pages are judged on
/// their markup, where links are visible. Passages (chunks) can be judged on their text alone:
///
/// ```swift
/// let passage = "1.1. What is this FAQ?\n1.2. What is Debian?\n1.3. What is Linux?\n…"
/// if MapDetector.isMapLike(passage) { /* demote it, do not quote it */ }
/// ```
public enum MapDetector {
    /// Fewest entries a map has.
    static let minimumEntries = 6
    /// Least share of the lines that must be short entries.
    static let entryShare = 0.7
    /// Most words of a short entry.
    static let entryWords = 10
    /// Least share of the lines that must hold a link, in Markdown.
    static let markdownLinkShare = 0.6
    /// Fewest link lines a Markdown map has.
    static let markdownMinimumLinks = 8

    /// Whether plain text is map-like: at least six lines, most of them short entries (ten words
    /// or fewer, not ending like a sentence), few words in prose lines, and not code.
    ///
    /// Complexity: O(n) in the length of `text`.
    /// - Parameter text: Extracted text or a passage of it; list markers (`- `, `* `) are ignored.
    /// - Returns: `true` for an index, a table of contents or a list of names; `false` for prose,
    ///   code, and text of fewer than six lines.
    public static func isMapLike(_ text: String) -> Bool {
        var lines = 0
        var entries = 0
        var codeLines = 0
        var words = 0
        var proseWords = 0
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            guard !line.isEmpty else { continue }
            lines += 1
            if rawLine.hasPrefix("    ") || rawLine.hasPrefix("\t") || isCodeLike(line) {
                codeLines += 1
                continue
            }
            let content = stripListMarker(line)
            let count = content.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
            words += count
            if count <= entryWords && !endsLikeSentence(content, words: count) {
                entries += 1
            } else if count > entryWords {
                proseWords += count
            }
        }
        guard entries >= minimumEntries, codeLines * 3 < lines else { return false }
        return Double(entries) >= entryShare * Double(lines - codeLines) && proseWords * 3 < max(words, 1)
    }

    /// Whether Markdown source is mostly links: at least eight lines hold a link (`[text](url)`,
    /// `[text][ref]`, `<https://…>`, `[[wiki]]`) whose text is most of the line, and they are most
    /// of the lines outside code fences, headings and front matter.
    ///
    /// - Parameter markdown: Markdown source.
    /// - Returns: `true` for a Markdown index, table of contents or link list.
    public static func isMapLike(markdown: String) -> Bool {
        var contentLines = 0
        var linkLines = 0
        var inFence = false
        for rawLine in markdown.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            guard !inFence, !line.isEmpty, !line.hasPrefix("#"), line != "---",
                  !line.allSatisfy({ $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }) else { continue }
            contentLines += 1
            if isLinkLine(stripListMarker(line)) { linkLines += 1 }
        }
        return linkLines >= markdownMinimumLinks && Double(linkLines) >= markdownLinkShare * Double(contentLines)
    }

    // MARK: Lines

    private static func stripListMarker(_ line: Substring) -> Substring {
        var rest = line
        if let first = rest.first, first == "-" || first == "*" || first == "+" || first == "•" {
            rest = rest.dropFirst()
        } else {
            let digits = rest.prefix { $0.isNumber || $0 == "." }
            if !digits.isEmpty, digits.contains(where: \.isNumber), rest.dropFirst(digits.count).first == " " {
                rest = rest.dropFirst(digits.count)
            }
        }
        return rest.drop { $0 == " " || $0 == "\t" || $0 == "|" }
    }

    private static func endsLikeSentence(_ line: Substring, words: Int) -> Bool {
        guard let last = line.last else { return false }
        return words >= 6 && (last == "." || last == "!" || last == ";")
    }

    private static func isCodeLike(_ line: Substring) -> Bool {
        line.hasPrefix(">>>") || line.hasPrefix("$ ") || line.hasPrefix("//") || line.hasPrefix("#include")
            || line.contains(";") || line.contains("{") || line.contains("}") || line.contains(" = ")
            || line.contains("==") || line.contains("=>") || line.contains("->")
    }

    /// Whether link text makes up at least half of the visible text of a Markdown line.
    private static func isLinkLine(_ line: Substring) -> Bool {
        var linkChars = 0
        var otherChars = 0
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "[", let close = line[index...].firstIndex(of: "]") {
                let label = line[line.index(after: index)..<close].filter { $0 != "[" && $0 != "]" }
                var after = line.index(after: close)
                if after < line.endIndex, line[after] == "(" || line[after] == "[",
                   let end = line[after...].firstIndex(of: line[after] == "(" ? ")" : "]") {
                    after = line.index(after: end)
                    linkChars += label.filter { !$0.isWhitespace }.count
                    index = after
                    continue
                }
                if line[line.index(after: index)...].hasPrefix("["), after < line.endIndex, line[after] == "]" {
                    linkChars += label.filter { !$0.isWhitespace }.count
                    index = line.index(after: after)
                    continue
                }
            }
            if character == "<", line[index...].hasPrefix("<http"), let end = line[index...].firstIndex(of: ">") {
                linkChars += line.distance(from: index, to: end)
                index = line.index(after: end)
                continue
            }
            if !character.isWhitespace && !"|*_`:-–—,.()".contains(character) { otherChars += 1 }
            index = line.index(after: index)
        }
        return linkChars > 0 && linkChars >= otherChars
    }
}
