import Foundation

/// A sentence of a passage, with where it stands.
struct PassageSentence: Equatable {
    /// The sentence, whitespace collapsed.
    var text: String
    /// The title of the heading above it, when the passage shows one.
    var heading: String?
    /// Whether it is the first sentence under its heading: where documentation defines what the heading names.
    var opensSection: Bool
    /// Whether it is a line of a code block rather than prose.
    var isCode: Bool
}

/// Splits passage text into quotable sentences.
enum SentenceSplitter {
    /// Sentences of at least three words. Hard-wrapped lines of a paragraph are joined; paragraphs
    /// end at blank lines, headings, list items and code fences; sentences end at `.`, `!` or `?`
    /// followed by a space. Headings are left out, code lines stand alone, whitespace is collapsed.
    static func sentences(in text: String) -> [String] {
        passageSentences(in: text).map(\.text)
    }

    /// The sentences of ``sentences(in:)`` with their headings and kinds.
    /// - Parameters:
    ///   - text: The passage.
    ///   - heading: The heading the passage sits under; a first line equal to it is that heading, not a sentence.
    static func passageSentences(in text: String, heading enclosing: String? = nil) -> [PassageSentence] {
        var result: [PassageSentence] = []
        var heading = enclosing
        var opensSection = false
        var pending: [String] = []
        var paragraph: [Substring] = []
        var inCode = false
        var isFirstLine = true
        func collect(isCode: Bool) {
            for sentence in pending {
                result.append(PassageSentence(text: sentence, heading: heading, opensSection: opensSection && !isCode, isCode: isCode))
                if !isCode { opensSection = false }
            }
            pending.removeAll()
        }
        func flush() {
            split(paragraph.joined(separator: " "), into: &pending)
            paragraph.removeAll()
            collect(isCode: false)
        }
        func startSection(_ title: String) {
            heading = title
            opensSection = true
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = line.drop(while: \.isWhitespace)
            defer { if !trimmed.isEmpty { isFirstLine = false } }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                inCode.toggle()
            } else if inCode {
                append(String(trimmed), to: &pending)
                collect(isCode: true)
            } else if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("---") {
                flush()
                if trimmed.hasPrefix("#") { startSection(String(trimmed.drop { $0 == "#" || $0 == " " })) }
            } else if isFirstLine, let enclosing, trimmed.trimmingCharacters(in: .whitespaces) == enclosing {
                startSection(enclosing)
            } else {
                if isListItem(trimmed) { flush() }
                paragraph.append(trimmed)
            }
        }
        flush()
        return result
    }

    private static func isListItem(_ line: Substring) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") || line.hasPrefix("> ") || line.hasPrefix("|") {
            return true
        }
        let digits = line.prefix(while: \.isNumber)
        return !digits.isEmpty && (line.dropFirst(digits.count).hasPrefix(". ") || line.dropFirst(digits.count).hasPrefix(") "))
    }

    private static func split(_ paragraph: String, into sentences: inout [String]) {
        var current = ""
        var previous: Character?
        for character in paragraph {
            if character == " ", let previous, ".!?".contains(previous) {
                append(current, to: &sentences)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        append(current, to: &sentences)
    }

    private static func append(_ sentence: String, to sentences: inout [String]) {
        let collapsed = sentence.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let cleaned = String(collapsed.drop { "-*+>|".contains($0) || $0 == " " })
        guard WordScanner.words(in: cleaned).count >= 3, !isMarkup(cleaned) else { return }
        sentences.append(cleaned)
    }

    /// A Markdown link definition (`[name]: https://…`) or a bare HTML tag line: nothing to read.
    private static func isMarkup(_ text: String) -> Bool {
        if text.hasPrefix("["), let close = text.range(of: "]: ") { return !text[close.upperBound...].contains(" ") }
        return text.hasPrefix("<") && text.hasSuffix(">") && text.filter({ $0 == "<" }).count >= 1 && !text.contains(". ")
    }
}
