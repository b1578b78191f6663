import Foundation

/// The content words of a question, and how well a sentence matches them.
struct QuestionTerms {
    private let terms: [String]

    init(_ question: String) {
        var seen = Set<String>()
        let words = WordScanner.words(in: question).filter { seen.insert($0).inserted }
        let content = words.filter { !Self.stopWords.contains($0) }
        terms = content.isEmpty ? words : content
    }

    var isEmpty: Bool { terms.isEmpty }

    /// The terms themselves: a text containing all of them scores the most.
    var allWords: Set<String> { Set(terms) }

    /// Inverse sentence frequency of every term: rare words in these sources weigh more.
    func weights(over sentences: [Set<String>]) -> [String: Double] {
        let total = Double(sentences.count)
        var weights: [String: Double] = [:]
        for term in terms {
            let frequency = sentences.reduce(0) { $0 + (Self.match(term, in: $1) > 0 ? 1 : 0) }
            weights[term] = log(1 + total / Double(1 + frequency))
        }
        return weights
    }

    func score(_ words: Set<String>, weights: [String: Double]) -> Double {
        terms.reduce(0) { $0 + Self.match($1, in: words) * (weights[$1] ?? 0) }
    }

    /// 1 for the word itself, 0.9 for the same word with another English ending (log/logs,
    /// rotate/rotates/rotating), 0.7 for a word sharing its first five letters (rotate/rotation), else 0.
    private static func match(_ term: String, in words: Set<String>) -> Double {
        if words.contains(term) { return 1 }
        let termStem = stem(term)
        if words.contains(where: { stem($0) == termStem }) { return 0.9 }
        guard term.count >= 5 else { return 0 }
        let prefix = term.prefix(5)
        return words.contains { $0.count >= 5 && $0.hasPrefix(prefix) } ? 0.7 : 0
    }

    /// The words of `text` as the keyword index sees them, plus the parts of every identifier written in camel case
    /// (`setMaxListeners` also gives `set`, `max` and `listeners`; `URLSearchParams` gives `url`, `search`, `params`), so
    /// that a question in plain words matches the API that does it.
    static func words(in text: String) -> Set<String> {
        var words = Set(WordScanner.words(in: text))
        var run: [Character] = []
        func flush() {
            let parts = identifierParts(run)
            if parts.count > 1 { words.formUnion(parts) }
            run.removeAll(keepingCapacity: true)
        }
        for character in text {
            if character.isASCII, character.isLetter || character.isNumber { run.append(character) } else { flush() }
        }
        flush()
        return words
    }

    /// The lower-cased parts of an identifier, split where a lower-case letter or digit meets an upper-case one and
    /// before the last capital of an upper-case run that a lower-case letter follows (`SNICallback`: `sni`, `callback`).
    private static func identifierParts(_ word: [Character]) -> [String] {
        var parts: [String] = []
        var start = 0
        for index in word.indices.dropFirst() where word[index].isUppercase {
            let previous = word[index - 1]
            let next = index + 1 < word.count ? word[index + 1] : nil
            if !previous.isUppercase || next?.isLowercase == true {
                parts.append(String(word[start..<index]).lowercased())
                start = index
            }
        }
        parts.append(String(word[start...]).lowercased())
        return parts.filter { $0.count > 1 }
    }

    /// A light stem: the word without a plural, `-ing` or `-ed` ending, and without a final `e`.
    static func stem(_ word: String) -> Substring {
        var stem = Substring(word)
        for suffix in ["ing", "ies", "es", "ed", "s"] where stem.count > suffix.count + 2 && stem.hasSuffix(suffix) {
            if suffix == "s" && stem.hasSuffix("ss") { break }
            stem = stem.dropLast(suffix.count)
            break
        }
        return stem.hasSuffix("e") && stem.count > 3 ? stem.dropLast() : stem
    }

    private static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "could", "do", "does", "for", "from", "how", "i",
        "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "should", "so", "that", "the", "their",
        "then", "there", "these", "this", "to", "was", "we", "what", "when", "where", "which", "who", "why", "will",
        "with", "would", "you", "your",
    ]
}
