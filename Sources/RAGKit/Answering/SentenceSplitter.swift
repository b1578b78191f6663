import Foundation

/// A sentence of a passage, with where it stands.
struct PassageSentence: Equatable {
    /// The sentence, whitespace collapsed.
    var text: String
    /// The title of the heading above it, when the passage shows one.
    var heading: String?
    /// Whether ``heading`` is a definition list's term (`--cached`, `core.autocrlf`, a merge strategy's `ours`): the
    /// name the sentence defines.
    var headingIsTerm = false
    /// Whether it is the first sentence under its heading: where documentation defines what the heading names.
    var opensSection: Bool
    /// Whether it is a line of a code block rather than prose.
    var isCode: Bool
    /// The line a sentence ending in a colon introduces (a command, a code line), quoted with it.
    var introduces: String? = nil
    /// The sentence before it in its paragraph, which a sentence opening with "This" or "It" refers to.
    var previous: String? = nil
}

/// Splits passage text into quotable sentences.
enum SentenceSplitter {
    /// Sentences of at least three words. Hard-wrapped lines of a paragraph are joined; paragraphs end at blank lines,
    /// headings, list items, code fences and HTML comments (left out); sentences end at `.`, `!` or `?` followed by a
    /// space (not after `e.g.` or `i.e.`). Headings and definition terms are left out, code lines stand alone,
    /// whitespace is collapsed.
    static func sentences(in text: String) -> [String] {
        passageSentences(in: text).map(\.text)
    }

    /// The sentences of ``sentences(in:)`` with their headings and kinds.
    ///
    /// A paragraph of definition terms (option lines such as `-u` / `--include-untracked`, or one bare name such as
    /// `core.autocrlf`, as a definition list renders) is the heading of the definition that follows it. A paragraph's
    /// last sentence that ends in a colon records the first line after it, which it introduces.
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
        /// Inside an HTML comment (`<!-- YAML … -->` metadata, `<!-- eslint-disable -->`): nothing to read.
        var inComment = false
        var isFirstLine = true
        /// The index in `result` of a sentence ending in a colon, waiting for the line it introduces.
        var introducing: Int?
        var headingIsTerm = false
        func collect(kind: ParagraphKind) {
            var previous: String?
            let opens = opensSection && kind != .code && kind != .listItem
            for sentence in pending {
                result.append(PassageSentence(text: sentence, heading: heading, headingIsTerm: headingIsTerm,
                                              opensSection: opens && previous == nil, isCode: kind == .code,
                                              previous: kind == .code ? nil : previous))
                if opens, kind == .prose { opensSection = false }
                previous = sentence
            }
            pending.removeAll()
        }
        func flush() {
            defer { paragraph.removeAll() }
            if let terms = definitionTerms(paragraph) {
                startSection(terms, isTerm: true)
                return
            }
            let count = result.count
            split(paragraph.joined(separator: " "), into: &pending)
            collect(kind: paragraph.first.map { ParagraphKind(firstLine: $0) } ?? .prose)
            if result.count > count, result[result.count - 1].text.hasSuffix(":") { introducing = result.count - 1 }
        }
        func startSection(_ title: String, isTerm: Bool = false) {
            heading = title
            headingIsTerm = isTerm
            opensSection = true
            introducing = nil
        }
        func introduce(_ line: Substring) {
            guard let index = introducing else { return }
            introducing = nil
            let collapsed = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !collapsed.isEmpty, collapsed.count <= maxIntroducedLength { result[index].introduces = collapsed }
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = line.drop(while: \.isWhitespace)
            defer { if !trimmed.isEmpty { isFirstLine = false } }
            if inComment {
                inComment = !trimmed.contains("-->")
            } else if !inCode, trimmed.hasPrefix("<!--") {
                flush()
                inComment = !trimmed.contains("-->")
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                inCode.toggle()
            } else if inCode {
                introduce(trimmed)
                append(String(trimmed), to: &pending)
                collect(kind: .code)
            } else if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("---") {
                flush()
                if trimmed.hasPrefix("#") { startSection(String(trimmed.drop { $0 == "#" || $0 == " " })) }
            } else if isLinkDefinition(trimmed) {
                flush()
            } else if isFirstLine, let enclosing, trimmed.trimmingCharacters(in: .whitespaces) == enclosing {
                startSection(enclosing)
            } else if trimmed.hasPrefix(">"), paragraph.first?.hasPrefix(">") == true {
                // A block quote's next line goes on with its paragraph.
                paragraph.append(trimmed.dropFirst().drop(while: \.isWhitespace))
            } else {
                if isListItem(trimmed) { flush() }
                if paragraph.isEmpty { introduce(trimmed) }
                paragraph.append(trimmed)
            }
        }
        flush()
        return result
    }

    /// The longest line a sentence may carry as the one it introduces.
    static let maxIntroducedLength = 160

    /// The paragraph as one heading when its lines are the terms of a definition list entry: up to four option lines
    /// (`-u`, `--include-untracked`), or one name on a line of its own (`core.autocrlf`, `ignore-space-change`, a merge
    /// strategy's `ours`; not a capitalised word such as an admonition's "Note").
    private static func definitionTerms(_ lines: [Substring]) -> String? {
        guard !lines.isEmpty, lines.count <= 4, lines.allSatisfy({ $0.count <= 80 }) else { return nil }
        let isOption = { (line: Substring) in
            line.first == "-" && line.dropFirst().first.map { !$0.isWhitespace } == true && line.contains(where: \.isLetter)
        }
        let isName = { (line: Substring) in
            line.first?.isLetter == true && line.last.map { $0.isLetter || $0.isNumber } == true
                && line.allSatisfy { $0.isLetter || $0.isNumber || "._-".contains($0) }
                && (line.first?.isLowercase == true || line.contains { "._-".contains($0) })
        }
        guard lines.allSatisfy(isOption) || (lines.count == 1 && isName(lines[0])) else { return nil }
        return lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
    }

    /// What a paragraph is, by its first line, for where its section opens: a section opens at its first prose
    /// paragraph, not at a list before it (a parameter list such as `* \`path\` {string}`); a note (`> Stability: 0 -
    /// Deprecated…`) opens it too, without taking the opening from the prose after it.
    private enum ParagraphKind {
        case prose, listItem, note, code

        init(firstLine line: Substring) {
            self = line.hasPrefix(">") ? .note : SentenceSplitter.isListItem(line) ? .listItem : .prose
        }
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
        for character in paragraph {
            if character == " ", endsSentence(current), !endsWithAbbreviation(current) {
                append(current, to: &sentences)
                current = ""
            } else {
                current.append(character)
            }
        }
        append(current, to: &sentences)
    }

    /// Whether `text` ends with `.`, `!` or `?`, or with one inside a closing bracket or quote ("(and yes, there are
    /// many!)", `"Stop."`).
    private static func endsSentence(_ text: String) -> Bool {
        let closers = text.reversed().prefix { ")]\"'”’".contains($0) }
        guard closers.count <= 2, let last = text.dropLast(closers.count).last else { return false }
        return ".!?".contains(last)
    }

    /// Whether `text` ends with an abbreviation whose period ends no sentence (`e.g.`, `i.e.`, `cf.`, `vs.`).
    private static func endsWithAbbreviation(_ text: String) -> Bool {
        let lastWord = text.split(whereSeparator: { $0.isWhitespace || $0 == "(" }).last.map { $0.lowercased() } ?? ""
        return ["e.g.", "i.e.", "cf.", "vs.", "approx."].contains(lastWord)
    }

    private static func append(_ sentence: String, to sentences: inout [String]) {
        let collapsed = linkTexts(sentence).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let cleaned = String(collapsed.drop { "-*+>|".contains($0) || $0 == " " })
        guard WordScanner.words(in: cleaned).count >= 3, !isMarkup(cleaned) else { return }
        sentences.append(cleaned)
    }

    /// A Markdown link definition (`[name]: https://…`, `[name]: #anchor "Title"`): nothing to read, and a run of them
    /// is no paragraph.
    private static func isLinkDefinition(_ line: Substring) -> Bool {
        guard line.hasPrefix("["), let close = line.range(of: "]: ") else { return false }
        let target = line[close.upperBound...].split(separator: " ", maxSplits: 1)
        return target.count == 1 || target[1].first.map { "\"'(".contains($0) } == true
    }

    /// The text with Markdown links shown as their text: `[the docs](url)`, `[the docs][ref]` and
    /// `` [`fs.stat(path[, options])`][] `` read as `the docs` and `` `fs.stat(path[, options])` ``.
    private static func linkTexts(_ text: String) -> String {
        guard text.contains("](") || text.contains("][") else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "[", let labelEnd = closingBracket(in: characters, from: index + 1),
               labelEnd > index + 1, labelEnd + 1 < characters.count,
               let targetEnd = linkTargetEnd(in: characters, opening: labelEnd + 1) {
                result += String(characters[(index + 1)..<labelEnd])
                index = targetEnd + 1
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// The index of the `]` closing a bracket opened just before `start`, stepping over code spans and nested brackets.
    private static func closingBracket(in characters: [Character], from start: Int) -> Int? {
        var depth = 0
        var inCode = false
        for index in start..<characters.count {
            switch characters[index] {
            case "`": inCode.toggle()
            case "[" where !inCode: depth += 1
            case "]" where !inCode:
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
        }
        return nil
    }

    /// The end of a link's target at `opening`: `(url)` without spaces, or `[reference]`.
    private static func linkTargetEnd(in characters: [Character], opening: Int) -> Int? {
        switch characters[opening] {
        case "(":
            let end = characters[(opening + 1)...].firstIndex { $0 == ")" || $0.isWhitespace }
            return end.flatMap { characters[$0] == ")" ? $0 : nil }
        case "[":
            return closingBracket(in: characters, from: opening + 1)
        default:
            return nil
        }
    }

    /// A Markdown link definition or a bare HTML tag line: nothing to read.
    private static func isMarkup(_ text: String) -> Bool {
        if isLinkDefinition(Substring(text)) { return true }
        return text.hasPrefix("<") && text.hasSuffix(">") && text.filter({ $0 == "<" }).count >= 1 && !text.contains(". ")
    }
}
