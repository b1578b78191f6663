import Foundation

/// An offline answer writer that quotes the sentences of the sources that answer the question.
///
/// It ranks every prose sentence of the sources by how much of the question it covers (rarer words count more;
/// `rotate` also matches `rotation`), whether its heading names the question's subject, whether it opens its
/// section (where documentation defines what a heading names), and the rank of its source; with a semantic
/// ``sentenceModel`` (an in-process model such as ``TransformerEmbedder``) also by meaning, so that a question in
/// other words than the page's still finds its sentence. It quotes the best few in reading order, each with its
/// `[n]`, leads a quote with its heading when the heading names an API or is the term a definition list defines (such
/// as `-u, --include-untracked`, led by its manual page, `git-stash(1)`, the first time), leads a sentence that opens
/// with "This" or "It" with the sentence before it, quotes the command or code line a sentence ending in a colon
/// introduces along with it, and says plainly when no sentence matches.
///
/// ```swift
/// for try await event in rag.ask("How do I rotate the logs?", using: ExtractiveAnswerer()) { … }
/// ```
///
/// Asked through ``RAG/ask(_:using:options:)``, it reads the whole of the best ``pagesRead`` pages retrieval found,
/// not only the retrieved passages (a page's defining sentence is often in a passage that did not rank), cites the
/// passages it quotes, numbered in the order quoted, and, without a model of its own, ranks by meaning with the
/// index's embedder when that is an in-process semantic model.
public struct ExtractiveAnswerer: AnswerGenerator {
    /// ``AnswerMode/extractive``.
    public var mode: AnswerMode { .extractive }
    /// The most sentences quoted (default 4: on the labelled questions a fourth sentence found the answer in about
    /// one more answer in twenty, for some 17 more words).
    public var maxSentences: Int
    /// How many of the best pages ``RAG/ask(_:using:options:)`` lets it read whole (default 5: the page that answers is
    /// often not the first one retrieved, and reading five found it more often than reading three).
    public var pagesRead: Int
    /// The model that ranks sentences by meaning, or `nil` to rank by words alone.
    public var sentenceModel: (any Embedder)?
    /// The text given when no sentence matches the question.
    public static let noAnswer = "I found nothing in the indexed documents that answers this question."

    /// Creates an extractive answerer.
    /// - Parameters:
    ///   - maxSentences: The most sentences quoted (default 4).
    ///   - pagesRead: How many of the best pages are read whole when asked through ``RAG`` (default 5).
    ///   - sentenceModel: A model that ranks sentences by meaning; `nil` ranks by words alone.
    public init(maxSentences: Int = 4, pagesRead: Int = 5, sentenceModel: (any Embedder)? = nil) {
        self.maxSentences = max(1, maxSentences)
        self.pagesRead = max(1, pagesRead)
        self.sentenceModel = sentenceModel
    }

    /// Streams the best sentences of `sources`, each followed by its source marker.
    public func generate(question: String, sources: [Citation]) -> AsyncThrowingStream<String, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let passages = sources.enumerated().map { QuotablePassage(citation: $0.element, pageRank: $0.offset, wasRetrieved: true) }
                    let quoted = try await quote(question: question, from: passages)
                    let pieces = quoted.isEmpty ? [Self.noAnswer] : Self.pieces(quoted) { $0.citation.number }
                    for piece in pieces { continuation.yield(piece) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Quotes the best sentences of `passages` and cites the passages quoted, numbered 1, 2, … in the order quoted.
    /// - Returns: The cited passages and the answer text; no sources and ``noAnswer`` when no sentence matches.
    func answer(question: String, from passages: [QuotablePassage]) async throws -> (sources: [Citation], text: String) {
        let quoted = try await quote(question: question, from: passages)
        guard !quoted.isEmpty else { return ([], Self.noAnswer) }
        var sources: [Citation] = []
        var numbers: [Int: Int] = [:]
        for sentence in quoted where numbers[sentence.passageIndex] == nil {
            var citation = sentence.citation
            citation.number = sources.count + 1
            numbers[sentence.passageIndex] = citation.number
            sources.append(citation)
        }
        return (sources, Self.pieces(quoted) { numbers[$0.passageIndex] ?? 0 }.joined())
    }

    /// A quoted sentence with the passage it comes from.
    struct QuotedSentence {
        var text: String
        var heading: String?
        /// Whether the heading is a definition list's term.
        var headingIsTerm: Bool
        /// The line the sentence introduces, quoted after it.
        var introduces: String?
        /// The sentence before it in its paragraph.
        var previous: String?
        var passageIndex: Int
        var citation: Citation
    }

    /// The best sentences of `passages`, in reading order.
    func quote(question: String, from passages: [QuotablePassage]) async throws -> [QuotedSentence] {
        let ranker = SentenceRanker(question: question, passages: passages)
        let similarities = try await semanticSimilarities(question: question, sentences: ranker.shortlist.map(\.sentence.text))
        var introduced = Set<String>()
        return ranker.best(limit: maxSentences, similarities: similarities).compactMap {
            guard !introduced.contains("\($0.passage) \($0.sentence.text)") else { return nil }
            if let line = $0.sentence.introduces { introduced.insert("\($0.passage) \(line)") }
            return QuotedSentence(text: $0.sentence.text, heading: $0.sentence.heading, headingIsTerm: $0.sentence.headingIsTerm,
                                  introduces: $0.sentence.introduces,
                                  previous: $0.sentence.previous, passageIndex: $0.passage, citation: passages[$0.passage].citation)
        }
    }

    /// The answer's pieces: each sentence with its marker, led by its heading when that names an API (and an option's
    /// heading by its manual page), or else by the sentence before it when it opens with "This" or "It".
    private static func pieces(_ quoted: [QuotedSentence], number: (QuotedSentence) -> Int) -> [String] {
        var ledHeadings = Set<String>()
        var namedPages = Set<String>()
        return quoted.enumerated().map { index, sentence in
            var text = sentence.text
            if let heading = apiHeading(of: sentence), !text.contains(heading),
               ledHeadings.insert("\(sentence.citation.path) \(heading)").inserted {
                let page = heading.first == "-" ? manualPage(of: sentence.citation) : nil
                let lead = page.flatMap { namedPages.insert($0).inserted ? "\($0) \(heading)" : nil } ?? heading
                text = "\(lead): \(text)"
            } else if let previous = sentence.previous, previous.count <= 300, refersBack(text),
                      index == 0 || quoted[index - 1].text != previous || quoted[index - 1].passageIndex != sentence.passageIndex {
                text = "\(previous) \(text)"
            }
            if let line = sentence.introduces {
                text += line.contains("`") ? " \(line)" : " `\(line)`"
            }
            return (index == 0 ? "" : " ") + text + " [\(number(sentence))]"
        }
    }

    /// Whether a sentence opens with a word that points back to the sentence before it ("This is known as…",
    /// "It is the set of commits…"), so that it says little when quoted alone.
    static func refersBack(_ sentence: String) -> Bool {
        let opener = sentence.prefix { $0.isLetter }
        return ["This", "It", "These", "That", "They", "Such", "Its", "Their", "Those"].contains(String(opener))
            && sentence.dropFirst(opener.count).first == " "
    }

    /// The name of the manual page a passage comes from (`git-grep(1)` of "git-grep(1) Manual Page"), or `nil` when its
    /// page is not one: an option quoted from it is that command's option.
    static func manualPage(of citation: Citation) -> String? {
        guard let title = citation.headingPath.first, let open = title.firstIndex(of: "("),
              let close = title[open...].firstIndex(of: ")") else { return nil }
        let name = title[..<open]
        let section = title[title.index(after: open)..<close]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }),
              section.first?.isNumber == true, section.count <= 4, section.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        return String(title[...close])
    }

    /// The API a quoted sentence documents: its own heading when that is the term it defines or names an API, else the
    /// nearest enclosing heading that names one in code (`` `fs.watch(filename)` `` above an "Availability" section).
    private static func apiHeading(of sentence: QuotedSentence) -> String? {
        if let heading = sentence.heading, sentence.headingIsTerm || SentenceRanker.namesAnAPI(heading) { return heading }
        return sentence.citation.headingPath.last { $0.contains("`") && SentenceRanker.namesAnAPI($0) }
    }

    /// The cosine similarity of the question with every sentence, or `nil` without a model.
    private func semanticSimilarities(question: String, sentences: [String]) async throws -> [Double]? {
        guard let sentenceModel, !sentences.isEmpty else { return nil }
        let query = try await sentenceModel.embedQuery(question, statistics: nil)
        let vectors = try await sentenceModel.embed(sentences)
        return vectors.map { Self.cosine(query, $0) }
    }

    private static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        var dot: Float = 0, normA: Float = 0, normB: Float = 0
        for index in 0..<min(a.count, b.count) {
            dot += a[index] * b[index]
            normA += a[index] * a[index]
            normB += b[index] * b[index]
        }
        let norms = (normA * normB).squareRoot()
        return norms > 0 ? Double(dot / norms) : 0
    }
}
