import Foundation

/// Measures navigation boilerplate left in extracted text, and how much of a page's paragraph
/// text survived, independently of the extractor's own rules.
enum BoilerplateCounter {
    /// Words that navigation rows and sidebars are made of.
    static let navigationWords: Set<String> = [
        "prev", "previous", "next", "up", "home", "top", "topic", "chapter", "navigation", "quick", "search", "go",
        "table", "of", "contents", "this", "page", "show", "source", "report", "bug", "index", "modules", "edit",
        "on", "github", "skip", "to", "content", "main", "menu", "back", "theme",
    ]

    /// Navigation words that make a line on their own.
    static let standaloneNavigationWords: Set<String> = ["prev", "previous", "next", "up", "home", "navigation"]

    /// Lines made only of navigation words ("Previous topic", "Prev Up Home Next", "Quick search",
    /// "Table of Contents"; a single word only when it is "Prev", "Next", "Up", "Home"…), or ending
    /// with a heading permalink sign (`¶`). Lines ending with `:` or holding `(` are left out:
    /// there they are option names and signatures.
    static func navigationLines(in text: String) -> [String] {
        lines(of: text).filter { line in
            if line.hasSuffix("¶") { return true }
            guard !line.hasSuffix(":"), !line.contains("(") else { return false }
            let words = line.lowercased()
                .split(whereSeparator: { $0.isWhitespace || "|»«›‹·•:–—-[]".contains($0) }).map(String.init)
            guard words.allSatisfy(navigationWords.contains) else { return false }
            return words.count >= 2 || words.first.map(standaloneNavigationWords.contains) == true
        }
    }

    /// Lines of at least `minimumWords` words found on more than `share` of the texts (and on at
    /// least two): the chrome a generator repeats on every page.
    static func repeatedLines(in texts: [String], share: Double = 0.3, minimumWords: Int = 2) -> [String: Int] {
        var pagesByLine: [String: Int] = [:]
        for text in texts {
            for line in Set(lines(of: text)) where line.split(separator: " ").count >= minimumWords {
                pagesByLine[line, default: 0] += 1
            }
        }
        let threshold = max(2, Int((Double(texts.count) * share).rounded(.down)) + 1)
        return pagesByLine.filter { $0.value >= threshold }
    }

    /// Non-empty lines, whitespace collapsed, list markers removed.
    static func lines(of text: String) -> [String] {
        text.split(separator: "\n").compactMap { raw in
            var line = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if line.hasPrefix("- ") { line.removeFirst(2) }
            return line.isEmpty ? nil : line
        }
    }

    /// The text of the page's `<p>` elements of at least `minimumWords` words, tags stripped,
    /// common entities decoded, whitespace collapsed.
    static func paragraphs(inHTML html: String, minimumWords: Int = 8) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<p", options: .caseInsensitive) {
            let afterName = rest[open.upperBound...]
            guard let next = afterName.first, next == ">" || next == " " || next == "\n" else {
                rest = afterName
                continue
            }
            guard let close = afterName.range(of: "</p>", options: .caseInsensitive),
                  let tagEnd = afterName.firstIndex(of: ">"), tagEnd < close.lowerBound else { break }
            let inner = afterName[afterName.index(after: tagEnd)..<close.lowerBound]
            rest = afterName[close.upperBound...]
            guard !inner.contains("<p") else { continue }
            let text = collapse(decodeEntities(stripTags(inner)))
            if text.split(separator: " ").count >= minimumWords { result.append(text) }
        }
        return result
    }

    /// Whitespace runs become one space.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func stripTags(_ html: Substring) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out
    }

    private static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var index = text.startIndex
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "#39": "'"]
        while index < text.endIndex {
            if text[index] == "&", let semicolon = text[index...].prefix(10).firstIndex(of: ";") {
                let name = String(text[text.index(after: index)..<semicolon])
                var decoded: String?
                if let value = named[name] {
                    decoded = value
                } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16) {
                    decoded = Unicode.Scalar(code).map { String(Character($0)) }
                } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()) {
                    decoded = Unicode.Scalar(code).map { String(Character($0)) }
                }
                if let decoded {
                    out += decoded
                    index = text.index(after: semicolon)
                    continue
                }
            }
            out.append(text[index])
            index = text.index(after: index)
        }
        return out
    }
}
