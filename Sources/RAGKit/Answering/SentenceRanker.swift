import Foundation

/// A passage the extractive answerer may quote from: a retrieved one, or another passage of a page retrieval found.
struct QuotablePassage {
    /// The passage, as it would be cited.
    var citation: Citation
    /// The rank of its page among the pages read, from 0.
    var pageRank: Int
    /// Whether retrieval returned this passage itself (not only its page).
    var wasRetrieved: Bool
    /// Whether its page is read whole, so that the page's first sentence is among the passages.
    var pageReadWhole = false
}

/// Ranks the sentences of passages as answers to a question.
struct SentenceRanker {
    /// A sentence that may be quoted, with its passage and place.
    struct Candidate {
        /// The index of its passage among those ranked.
        var passage: Int
        var position: Int
        var sentence: PassageSentence
    }

    /// How much each signal counts; chosen on the labelled questions of `Benchmarks/RetrievalQuality`.
    struct Weights {
        /// Coverage of the question's words, rarer words weighing more.
        var words = 1.0
        /// Similarity of meaning, when a model gives it (2 beat 1 and 3 on the labelled answers).
        var meaning = 2.0
        /// Coverage of the question's words by the sentence's heading.
        var heading = 1.2
        /// A sentence that opens its section.
        var opening = 0.15
        /// The first sentence of a page read whole: where a page says what it is about (a manual page's
        /// `git-rerere - Reuse recorded resolution of conflicted merges`); 0.6 beat 0.3, 0.45, 0.8 and 1.
        var lead = 0.6
        /// A sentence of a passage retrieval returned itself.
        var retrieved = 0.2
        /// How fast a later page's sentences lose weight (a sentence of page rank `r` is divided by `1 + decay·r`);
        /// 0.15 with five pages read beat 0.1 and 0.2 there, and 0, 0.3 and 0.6 with three.
        var pageDecay = 0.15
        /// The share of the best score a further sentence needs to be quoted (0.5 beat 0.6 and 0.7; 0.4 was level).
        var threshold = 0.5
        /// What a line that reads as code keeps of its score.
        var code = 0.3
        /// How many sentences, best by words, are compared by meaning.
        var meaningPool = 48

        /// The weights measured best.
        static let standard = Weights()
    }

    let passages: [QuotablePassage]
    private let weights: Weights
    private let candidates: [Candidate]
    private let wordScores: [Double]
    /// Indices of the candidates sharing a word with the question, best by words first, at most ``Weights/meaningPool``.
    private let shortlistIndices: [Int]

    init(question: String, passages: [QuotablePassage], weights: Weights = .standard) {
        let terms = QuestionTerms(question)
        let candidates = passages.enumerated().flatMap { index, passage in
            SentenceSplitter.passageSentences(in: passage.citation.text, heading: passage.citation.headingPath.last).enumerated()
                .filter { ($0.offset > 0 || !Self.isFragment($0.element)) && !Self.isQuestion($0.element)
                    && $0.element.text.count <= Self.maxSentenceLength }
                .map { Candidate(passage: index, position: $0.offset, sentence: $0.element) }
        }
        let words = candidates.map { QuestionTerms.words(in: $0.sentence.text) }
        let termWeights = terms.weights(over: words)
        var leads = Set<Int>()
        var pagesLed = Set<Int>()
        for (index, candidate) in candidates.enumerated() where !candidate.sentence.isCode {
            let passage = passages[candidate.passage]
            if passage.pageReadWhole, pagesLed.insert(passage.pageRank).inserted { leads.insert(index) }
        }
        let total = terms.score(terms.allWords, weights: termWeights)
        // Many sentences share a heading: score each heading once.
        var headingScores: [String: Double] = [:]
        let wordScores = candidates.indices.map { index -> Double in
            guard total > 0 else { return 0 }
            let candidate = candidates[index]
            let coverage = terms.score(words[index], weights: termWeights) / total
            guard coverage > 0 else { return 0 }
            let heading = candidate.sentence.heading.map { heading in
                if let known = headingScores[heading] { return known }
                let score = terms.score(QuestionTerms.words(in: heading), weights: termWeights) / total
                headingScores[heading] = score
                return score
            } ?? 0
            return weights.words * coverage + weights.heading * heading
                + (candidate.sentence.opensSection ? weights.opening : 0)
                + (leads.contains(index) ? weights.lead : 0)
                + (passages[candidate.passage].wasRetrieved ? weights.retrieved : 0)
        }
        self.weights = weights
        self.passages = passages
        self.candidates = candidates
        self.wordScores = wordScores
        shortlistIndices = candidates.indices.filter { wordScores[$0] > 0 }
            .sorted { (wordScores[$0], -$0) > (wordScores[$1], -$1) }
            .prefix(weights.meaningPool)
            .map { $0 }
    }

    /// The sentences worth comparing by meaning: those sharing a word with the question, best by words first, at most
    /// ``Weights/meaningPool``.
    var shortlist: [Candidate] {
        shortlistIndices.map { candidates[$0] }
    }

    /// Up to `limit` sentences of the shortlist worth quoting, in reading order (page, passage, position); empty when
    /// none shares a word with the question.
    /// - Parameter similarities: The question's similarity of meaning with each ``shortlist`` sentence, in order, if known.
    func best(limit: Int, similarities: [Double]?) -> [Candidate] {
        var scored: [(score: Double, index: Int)] = []
        for (rank, index) in shortlistIndices.enumerated() {
            let candidate = candidates[index]
            var score = wordScores[index]
            if let similarities, rank < similarities.count { score += weights.meaning * max(0, similarities[rank]) }
            score *= Self.readsAsCode(candidate.sentence) ? weights.code : 1
            score /= 1 + weights.pageDecay * Double(passages[candidate.passage].pageRank)
            scored.append((score, index))
        }
        scored.sort { ($0.score, -$0.index) > ($1.score, -$1.index) }
        guard let top = scored.first?.score, top > 0 else { return [] }
        var seen = Set<String>()
        return scored.filter { $0.score >= top * weights.threshold && seen.insert(candidates[$0.index].sentence.text).inserted }
            .prefix(limit)
            .map { candidates[$0.index] }
            .sorted { (passages[$0.passage].pageRank, $0.passage, $0.position) < (passages[$1.passage].pageRank, $1.passage, $1.position) }
    }

    /// The longest text quoted as one sentence: anything longer is a list or a table run together (a change log's
    /// bug numbers), not a sentence a reader wants quoted.
    static let maxSentenceLength = 600

    /// A passage's first sentence that starts in lower case without a heading above it: the tail of a sentence its
    /// chunk window cut (a section's first line, such as a manual page's `git-stash - Stash the changes…`, is not).
    static func isFragment(_ sentence: PassageSentence) -> Bool {
        !sentence.isCode && !sentence.opensSection && sentence.text.first.map { $0.isLowercase } == true
    }

    /// A sentence that asks rather than tells (an FAQ's question, a rhetorical one): it shares the most words with a
    /// question and answers none.
    static func isQuestion(_ sentence: PassageSentence) -> Bool {
        !sentence.isCode && sentence.text.hasSuffix("?")
    }

    /// A line of a code block, or text dense in code punctuation (`{ } ; = < > [ ]`).
    static func readsAsCode(_ sentence: PassageSentence) -> Bool {
        if sentence.isCode { return true }
        let symbols = sentence.text.unicodeScalars.filter { "{};=<>[]".unicodeScalars.contains($0) }.count
        return Double(symbols) / Double(max(1, sentence.text.unicodeScalars.count)) > 0.06
    }

    /// Whether a heading names an API (`fs.readFile(path)`, `` `--keep-index` ``, `-u, --include-untracked`, a
    /// definition list's `ignore-space-change`) rather than a topic ("Usage", "2.5. Suppressing errors", "Built-in
    /// modules"): such a heading says what a quoted sentence is about.
    static func namesAnAPI(_ heading: String) -> Bool {
        let title = heading.drop { $0.isNumber || $0 == "." }.drop(while: \.isWhitespace)
        let isHyphenatedName = !title.contains(where: \.isWhitespace) && title.dropFirst().contains("-")
        return heading.count <= 80 && (title.first == "-" || isHyphenatedName || title.contains { "`(._".contains($0) })
    }
}
