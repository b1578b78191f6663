/// Reads the structure of Markdown text: YAML front matter, ATX and setext headings, and fenced
/// code blocks (whose lines are never headings).
struct MarkdownParser {
    struct Result {
        /// The text without its front matter.
        var text: String
        var metadata: [String: String]
        var headings: [Heading]
    }

    static func parse(_ source: String) -> Result {
        let (metadata, body) = splitFrontMatter(source)
        return Result(text: body, metadata: metadata, headings: headings(in: body))
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

    // MARK: Headings

    static func headings(in text: String) -> [Heading] {
        var headings: [Heading] = []
        var fence: (marker: UInt8, length: Int)?
        var offset = 0
        var previous: (line: Substring, offset: Int, isParagraph: Bool)?
        for line in text.lines() {
            defer { offset += line.utf8.count + 1 }
            let content = line.trimmingCR()
            let indent = content.prefix { $0 == " " }.count
            let body = content.dropFirst(min(indent, 3))
            if let open = fence {
                if indent < 4, let close = fenceMarker(body), close.marker == open.marker, close.length >= open.length,
                   body.drop(while: { $0.asciiValue == open.marker }).allSatisfy({ $0 == " " || $0 == "\t" }) {
                    fence = nil
                }
                previous = nil
                continue
            }
            if indent < 4, let open = fenceMarker(body) {
                fence = open
                previous = nil
                continue
            }
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

    private static func fenceMarker(_ line: Substring) -> (marker: UInt8, length: Int)? {
        guard let first = line.utf8.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return nil }
        let length = line.utf8.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == UInt8(ascii: "`") && line.utf8.dropFirst(length).contains(UInt8(ascii: "`")) { return nil }
        return (first, length)
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
