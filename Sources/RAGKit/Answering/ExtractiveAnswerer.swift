import Foundation

/// An offline answer writer that quotes the sentences of the sources that best match the question.
///
/// It does not understand the question: it ranks sentences by the question's words they contain
/// (rarer words count more; `rotate` also matches `rotation`), quotes the best few with their
/// `[n]` markers, and says plainly when no sentence shares a word with the question.
///
/// ```swift
/// for try await event in rag.ask("How do I rotate the logs?", using: ExtractiveAnswerer()) { … }
/// ```
public struct ExtractiveAnswerer: AnswerGenerator {
    /// ``AnswerMode/extractive``.
    public var mode: AnswerMode { .extractive }
    /// The most sentences quoted (default 3).
    public var maxSentences: Int
    /// The text given when no sentence matches the question.
    public static let noAnswer = "I found nothing in the indexed documents that answers this question."

    /// Creates an extractive answerer.
    /// - Parameter maxSentences: The most sentences quoted (default 3).
    public init(maxSentences: Int = 3) {
        self.maxSentences = max(1, maxSentences)
    }

    /// Streams the best sentences, each followed by its source marker.
    public func generate(question: String, sources: [Citation]) -> AsyncThrowingStream<String, any Error> {
        let pieces = answerPieces(question: question, sources: sources)
        return AsyncThrowingStream { continuation in
            for piece in pieces { continuation.yield(piece) }
            continuation.finish()
        }
    }

    /// The answer as the pieces it is streamed in.
    func answerPieces(question: String, sources: [Citation]) -> [String] {
        let terms = QuestionTerms(question)
        let sentences = sources.flatMap { source in
            SentenceSplitter.sentences(in: source.text).enumerated().map { (source.number, $0.offset, $0.element) }
        }
        guard !terms.isEmpty, !sentences.isEmpty else { return [Self.noAnswer] }
        let sentenceWords = sentences.map { Set(WordScanner.words(in: $0.2)) }
        let weights = terms.weights(over: sentenceWords)
        var scored: [(score: Double, source: Int, position: Int, text: String)] = []
        for (index, sentence) in sentences.enumerated() {
            let matchScore = terms.score(sentenceWords[index], weights: weights)
            guard matchScore > 0 else { continue }
            // Earlier sources ranked higher in retrieval: a gentle tie-breaker, not an override.
            let score = matchScore * (1 - 0.02 * Double(min(sentence.0 - 1, 20)))
            scored.append((score, sentence.0, sentence.1, sentence.2))
        }
        scored.sort { ($0.score, -$0.source, -$0.position) > ($1.score, -$1.source, -$1.position) }
        guard let best = scored.first?.score else { return [Self.noAnswer] }
        var seen = Set<String>()
        let chosen = scored.filter { $0.score >= best * 0.35 && seen.insert($0.text).inserted }.prefix(maxSentences)
        return chosen.enumerated().map { index, sentence in
            (index == 0 ? "" : " ") + sentence.text + " [\(sentence.source)]"
        }
    }
}

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

    /// 1 for the word itself, 0.7 for a word sharing its first five letters (rotate/rotation), else 0.
    private static func match(_ term: String, in words: Set<String>) -> Double {
        if words.contains(term) { return 1 }
        guard term.count >= 5 else { return 0 }
        let stem = term.prefix(5)
        return words.contains { $0.count >= 5 && $0.hasPrefix(stem) } ? 0.7 : 0
    }

    private static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "could", "do", "does", "for", "from", "how", "i",
        "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "should", "so", "that", "the", "their",
        "then", "there", "these", "this", "to", "was", "we", "what", "when", "where", "which", "who", "why", "will",
        "with", "would", "you", "your",
    ]
}

/// Splits passage text into quotable sentences.
enum SentenceSplitter {
    /// Sentences of at least three words. Hard-wrapped lines of a paragraph are joined; paragraphs
    /// end at blank lines, headings, list items and code fences; sentences end at `.`, `!` or `?`
    /// followed by a space. Headings are left out, code lines stand alone, whitespace is collapsed.
    static func sentences(in text: String) -> [String] {
        var sentences: [String] = []
        var paragraph: [Substring] = []
        var inCode = false
        func flush() {
            split(paragraph.joined(separator: " "), into: &sentences)
            paragraph.removeAll()
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = line.drop(while: \.isWhitespace)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                inCode.toggle()
            } else if inCode {
                append(String(trimmed), to: &sentences)
            } else if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("---") {
                flush()
            } else {
                if isListItem(trimmed) { flush() }
                paragraph.append(trimmed)
            }
        }
        flush()
        return sentences
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
        guard WordScanner.words(in: cleaned).count >= 3 else { return }
        sentences.append(cleaned)
    }
}
