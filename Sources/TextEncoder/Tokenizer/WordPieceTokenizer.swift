import Foundation

/// A BERT WordPiece tokenizer that gives the same ids as Hugging Face `tokenizers` for BERT-family models.
///
/// Text goes through the ``BERTNormalizer`` (cleaning, CJK isolation, accent stripping, lowercasing, word split
/// on whitespace and punctuation), then each word is cut greedily into the longest vocabulary pieces, later
/// pieces carrying the `##` prefix. A word longer than ``maximumCharactersPerWord`` or with no matching piece
/// becomes the unknown token. Special tokens written literally in the text (such as `[SEP]`) map to their ids.
///
/// ```swift
/// let tokenizer = try WordPieceTokenizer(folder: modelFolder)
/// let ids = tokenizer.encode("Hello, world!", maximumLength: 256)  // [CLS] hello , world ! [SEP]
/// ```
public struct WordPieceTokenizer: Sendable {
    /// Piece text to id.
    public let vocabulary: [String: Int32]
    /// The normalizer and word splitter.
    public let normalizer: BERTNormalizer
    /// The id of the unknown token (`[UNK]`).
    public let unknownID: Int32
    /// The id of the classifier token that starts every sequence (`[CLS]`).
    public let classifierID: Int32
    /// The id of the separator token that ends every sequence (`[SEP]`).
    public let separatorID: Int32
    /// The prefix of a piece that continues a word (`##`).
    public let continuingSubwordPrefix: String
    /// Words with more Unicode scalars than this become the unknown token (100 for BERT).
    public let maximumCharactersPerWord: Int
    /// Special tokens recognised verbatim in the text, by content.
    let specialTokens: [String: Int32]

    /// Creates a tokenizer from a vocabulary.
    ///
    /// - Parameters:
    ///   - vocabulary: Piece text to id.
    ///   - normalizer: The normalizer; an uncased BERT's by default.
    ///   - unknownToken: The unknown token; `[UNK]` by default.
    ///   - classifierToken: The sequence start token; `[CLS]` by default.
    ///   - separatorToken: The sequence end token; `[SEP]` by default.
    ///   - continuingSubwordPrefix: The prefix of word-continuing pieces; `##` by default.
    ///   - maximumCharactersPerWord: The longest word tokenized; 100 by default.
    ///   - specialTokens: Tokens matched verbatim in the text; `[CLS]`, `[SEP]`, `[UNK]`, `[PAD]`, `[MASK]`
    ///     (those in the vocabulary) by default.
    /// - Throws: ``TextEncoderError`` with kind `.invalidTokenizer` when a special token is not in the vocabulary.
    public init(
        vocabulary: [String: Int32], normalizer: BERTNormalizer = BERTNormalizer(), unknownToken: String = "[UNK]",
        classifierToken: String = "[CLS]", separatorToken: String = "[SEP]", continuingSubwordPrefix: String = "##",
        maximumCharactersPerWord: Int = 100, specialTokens: [String]? = nil
    ) throws(TextEncoderError) {
        func id(_ token: String) throws(TextEncoderError) -> Int32 {
            guard let id = vocabulary[token] else {
                throw TextEncoderError(.invalidTokenizer, "the vocabulary has no \"\(token)\" token")
            }
            return id
        }
        self.vocabulary = vocabulary
        self.normalizer = normalizer
        unknownID = try id(unknownToken)
        classifierID = try id(classifierToken)
        separatorID = try id(separatorToken)
        self.continuingSubwordPrefix = continuingSubwordPrefix
        self.maximumCharactersPerWord = maximumCharactersPerWord
        let specials = specialTokens ?? ["[CLS]", "[SEP]", "[UNK]", "[PAD]", "[MASK]"]
        var table: [String: Int32] = [:]
        for token in specials where !token.isEmpty {
            if let id = vocabulary[token] { table[token] = id }
        }
        self.specialTokens = table
    }

    /// The number of ids in the vocabulary.
    public var vocabularySize: Int { vocabulary.count }

    /// Counts the WordPiece tokens of `text`, without the `[CLS]` and `[SEP]` that ``encode(_:maximumLength:)``
    /// adds.
    ///
    /// A chunker fits a chunk to a model window of `maximumTokens` by keeping this at most `maximumTokens - 2`.
    ///
    /// - Parameter text: The text.
    /// - Returns: The number of tokens.
    public func tokenCount(_ text: String) -> Int {
        var count = 0
        forEachToken(in: text) { _ in
            count += 1
            return true
        }
        return count
    }

    /// Tokenizes `text` into WordPiece ids, without special tokens at the ends.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - limit: Stops after this many tokens; no limit by default.
    /// - Returns: The ids, in order.
    public func tokenize(_ text: String, limit: Int = .max) -> [Int32] {
        var ids: [Int32] = []
        guard limit > 0 else { return ids }
        forEachToken(in: text) { id in
            ids.append(id)
            return ids.count < limit
        }
        return ids
    }

    /// Tokenizes `text` for the model: `[CLS]`, the pieces truncated to fit, `[SEP]`.
    ///
    /// - Parameters:
    ///   - text: The text; an empty text gives `[CLS] [SEP]`.
    ///   - maximumLength: The longest result, special tokens included (at least 2).
    /// - Returns: The ids.
    public func encode(_ text: String, maximumLength: Int) -> [Int32] {
        [classifierID] + tokenize(text, limit: max(maximumLength, 2) - 2) + [separatorID]
    }

    /// Calls `body` with each token id of `text`; `body` returns `false` to stop.
    func forEachToken(in text: String, _ body: (Int32) -> Bool) {
        var stopped = false
        for segment in segments(of: text) {
            if stopped { return }
            switch segment {
            case .special(let id):
                stopped = !body(id)
            case .text(let piece):
                normalizer.forEachWord(in: piece) { word in
                    for id in wordPieces(word) where !stopped {
                        stopped = !body(id)
                    }
                    return !stopped
                }
            }
        }
    }

    private enum Segment {
        case text(Substring)
        case special(Int32)
    }

    /// Splits `text` around special tokens written verbatim in it.
    private func segments(of text: String) -> [Segment] {
        guard !specialTokens.isEmpty, text.contains("[") else { return [.text(text[...])] }
        var result: [Segment] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "[" {
                let rest = text[index...]
                if let match = specialTokens.first(where: { rest.hasPrefix($0.key) }) {
                    if start < index { result.append(.text(text[start..<index])) }
                    result.append(.special(match.value))
                    index = text.index(index, offsetBy: match.key.count)
                    start = index
                    continue
                }
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { result.append(.text(text[start...])) }
        return result
    }

    /// Greedy longest-match-first WordPiece over one word.
    func wordPieces(_ word: [Unicode.Scalar]) -> [Int32] {
        guard word.count <= maximumCharactersPerWord else { return [unknownID] }
        var pieces: [Int32] = []
        var start = 0
        while start < word.count {
            var end = word.count
            var found: Int32?
            while start < end {
                var candidate = start > 0 ? continuingSubwordPrefix : ""
                candidate.unicodeScalars.append(contentsOf: word[start..<end])
                if let id = vocabulary[candidate] {
                    found = id
                    break
                }
                end -= 1
            }
            guard let found else { return [unknownID] }
            pieces.append(found)
            start = end
        }
        return pieces
    }
}
