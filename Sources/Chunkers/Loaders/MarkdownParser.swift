/// Reads the structure of Markdown text: YAML front matter, ATX and setext headings, and fenced
/// code blocks (whose lines are never headings); leaves out what a rendered page never shows.
struct MarkdownParser {
    struct Result {
        /// The text without its front matter, link reference definitions and HTML comments.
        var text: String
        var metadata: [String: String]
        var headings: [Heading]
    }

    static func parse(_ source: String) -> Result {
        let (metadata, body) = splitFrontMatter(source)
        let text = removingUnrenderedMarkup(body)
        return Result(text: text, metadata: metadata, headings: headings(in: text))
    }

    // MARK: Front matter

    /// Splits `---` front matter off the top; top-level `key: value` pairs become metadata, and a
    /// `key:` followed by `- item` lines becomes a comma-separated list.
    static func splitFrontMatter(_ source: String) -> (metadata: [String: String], body: String) {
        var lines = source.lines()[...]
        guard let first = lines.first, first.trimmingCR() == "---" else { return ([:], source) }
        lines = lines.dropFirst()
        var metadata: [String: String] = [:]
        var lastKey: String?
        var consumed = first.utf8.count + 1
        var closed = false
        for line in lines {
            consumed += line.utf8.count + 1
            let trimmed = line.trimmingCR()
            if trimmed == "---" || trimmed == "..." {
                closed = true
                break
            }
            if let first = trimmed.first, first == " " || first == "\t" {
                let item = trimmed.drop { $0 == " " || $0 == "\t" }
                if let key = lastKey, item.hasPrefix("- ") {
                    let value = unquote(item.dropFirst(2))
                    metadata[key] = (metadata[key].map { $0.isEmpty ? "" : $0 + ", " } ?? "") + value
                }
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = String(trimmed[..<colon]).trimmingSpaces()
            guard !key.isEmpty, !key.hasPrefix("#") else { continue }
            metadata[key] = unquote(trimmed[trimmed.index(after: colon)...])
            lastKey = key
        }
        guard closed else { return ([:], source) }
        let bodyStart = min(consumed, source.utf8.count)
        let body = String(decoding: source.utf8.dropFirst(bodyStart), as: UTF8.self)
        return (metadata, body)
    }

    private static func unquote(_ raw: Substring) -> String {
        var value = String(raw).trimmingSpaces()
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        if value.hasPrefix("["), value.hasSuffix("]") {
            value = value.dropFirst().dropLast().split(separator: ",").map { unquote($0) }.joined(separator: ", ")
        }
        return value
    }

    // MARK: Unrendered markup

    /// The text without what a rendered page never shows: link reference definitions (`[name]: https://…`, which
    /// generated documentation lists by the hundred) and HTML comments (`<!-- YAML added: v11.10.0 -->` change logs,
    /// lint directives). Fenced code and code spans are kept as written; a line that held only such markup goes
    /// with it.
    static func removingUnrenderedMarkup(_ text: String) -> String {
        guard text.contains("<!--") || text.contains("]:") else { return text }
        // A comment never closed is no comment: its text stays (CommonMark would render it, too).
        return removingUnrenderedMarkup(text, comments: true) ?? removingUnrenderedMarkup(text, comments: false) ?? text
    }

    /// The text without link reference definitions and, with `comments`, HTML comments; `nil` when a comment is
    /// left open at the end.
    private static func removingUnrenderedMarkup(_ text: String, comments: Bool) -> String? {
        var kept: [Substring] = []
        var fences = FenceTracker()
        var inComment = false
        var startsBlock = true
        var removedSinceKept = false
        for line in text.lines() {
            let content = line.trimmingCR()
            if !inComment, fences.isCode(content) {
                kept.append(line)
                startsBlock = false
                continue
            }
            let holdsComment = comments && (inComment || content.contains("<!--"))
            let visible = holdsComment ? withoutComments(line, inComment: &inComment) : line
            let isBlank = visible.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if !isBlank, startsBlock, isLinkDefinition(visible.trimmingCR()) {
                removedSinceKept = true
                continue
            }
            if holdsComment, isBlank {
                removedSinceKept = true
                continue
            }
            if isBlank, removedSinceKept, kept.last.map({ $0.trimmingCR().isEmpty }) != false { continue }
            kept.append(visible)
            startsBlock = isBlank || content.drop(while: { $0 == " " }).hasPrefix("#")
            removedSinceKept = false
        }
        return inComment ? nil : kept.joined(separator: "\n")
    }

    /// The line without its HTML comments, or the parts of them it holds; `inComment` carries an open comment over.
    private static func withoutComments(_ line: Substring, inComment: inout Bool) -> Substring {
        var result = ""
        var rest = line
        while !rest.isEmpty {
            if inComment {
                guard let end = rest.range(of: "-->") else { return Substring(result) }
                rest = rest[end.upperBound...]
                inComment = false
            } else if let start = rest.range(of: "<!--"), !isInCodeSpan(start.lowerBound, of: line) {
                result += rest[..<start.lowerBound]
                rest = rest[start.upperBound...]
                inComment = true
            } else {
                result += rest
                break
            }
        }
        return Substring(result)
    }

    /// Whether `index` falls inside a code span: an odd number of backticks precede it on its line.
    private static func isInCodeSpan(_ index: Substring.Index, of line: Substring) -> Bool {
        !line[..<index].filter { $0 == "`" }.count.isMultiple(of: 2)
    }

    /// A link reference definition: `[label]: destination`, optionally followed by a quoted or parenthesised title,
    /// indented at most three spaces.
    private static func isLinkDefinition(_ line: Substring) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        guard indent < 4, rest.first == "[", let close = rest.range(of: "]:") else { return false }
        let label = rest[rest.index(after: rest.startIndex)..<close.lowerBound]
        guard !label.isEmpty, !label.contains("]") else { return false }
        let parts = rest[close.upperBound...].split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
        guard let destination = parts.first, !destination.isEmpty else { return false }
        guard parts.count == 2 else { return true }
        let title = parts[1].trimmingSpaces()
        guard let open = title.first, let last = title.last, title.count >= 2 else { return false }
        return (open == "\"" && last == "\"") || (open == "'" && last == "'") || (open == "(" && last == ")")
    }

    // MARK: Headings

    static func headings(in text: String) -> [Heading] {
        var headings: [Heading] = []
        var fences = FenceTracker()
        var offset = 0
        var previous: (line: Substring, offset: Int, isParagraph: Bool)?
        for line in text.lines() {
            defer { offset += line.utf8.count + 1 }
            let content = line.trimmingCR()
            if fences.isCode(content) {
                previous = nil
                continue
            }
            let indent = content.prefix { $0 == " " }.count
            let body = content.dropFirst(min(indent, 3))
            if indent < 4, let heading = atxHeading(body, offset: offset) {
                headings.append(heading)
                previous = nil
                continue
            }
            if indent < 4, let level = setextLevel(body), let above = previous, above.isParagraph {
                headings.append(Heading(level: level, title: String(above.line).trimmingSpaces(), offset: above.offset))
                previous = nil
                continue
            }
            let isBlank = content.allSatisfy { $0 == " " || $0 == "\t" }
            let isParagraph = !isBlank && indent < 4 && !body.hasPrefix(">") && !body.hasPrefix("- ") && !body.hasPrefix("* ")
                && !body.hasPrefix("<") && !body.hasPrefix("|")
            previous = isBlank ? nil : (content, offset, isParagraph)
        }
        return headings
    }

    private static func atxHeading(_ line: Substring, offset: Int) -> Heading? {
        let level = line.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        var rest = line.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        rest = Substring(String(rest).trimmingSpaces())
        // A closing run of `#` preceded by a space is not part of the title.
        let trailingHashes = rest.reversed().prefix { $0 == "#" }.count
        if trailingHashes > 0 {
            let beforeHashes = rest.dropLast(trailingHashes)
            if beforeHashes.isEmpty || beforeHashes.last == " " || beforeHashes.last == "\t" { rest = beforeHashes }
        }
        return Heading(level: level, title: String(rest).trimmingSpaces(), offset: offset)
    }

    private static func setextLevel(_ line: Substring) -> Int? {
        let trimmed = String(line).trimmingSpaces()
        guard let first = trimmed.first, first == "=" || first == "-", trimmed.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }
}

/// Follows fenced code blocks line by line, so that their lines are read as code, never as headings or markup.
struct FenceTracker {
    private var open: (marker: UInt8, length: Int)?

    /// Whether the line (without its `\r`) opens, continues or closes a fenced code block.
    mutating func isCode(_ line: Substring) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        let body = line.dropFirst(min(indent, 3))
        if let fence = open {
            if indent < 4, let close = Self.marker(body), close.marker == fence.marker, close.length >= fence.length,
               body.drop(while: { $0.asciiValue == fence.marker }).allSatisfy({ $0 == " " || $0 == "\t" }) {
                open = nil
            }
            return true
        }
        guard indent < 4, let marker = Self.marker(body) else { return false }
        open = marker
        return true
    }

    private static func marker(_ line: Substring) -> (marker: UInt8, length: Int)? {
        guard let first = line.utf8.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return nil }
        let length = line.utf8.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == UInt8(ascii: "`") && line.utf8.dropFirst(length).contains(UInt8(ascii: "`")) { return nil }
        return (first, length)
    }
}

extension String {
    /// The lines, split at `\n` bytes (a `\r\n` pair is one `Character`, so `split` on
    /// characters would miss it); a line keeps its trailing `\r`.
    func lines() -> [Substring] {
        utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }
}

extension Substring {
    fileprivate func trimmingCR() -> Substring { hasSuffix("\r") ? dropLast() : self }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
