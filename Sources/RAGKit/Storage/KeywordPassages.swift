import Foundation

/// The passages of a chunk that the keyword index ranks besides the chunk itself.
///
/// A long chunk dilutes the words that matter in BM25's length normalisation: a page's one paragraph about the
/// question scores lower inside 800 tokens of neighbouring options than it would alone. Keyword search therefore
/// ranks both the chunks and their passages — runs of whole paragraphs of at most ``characterLimit`` characters —
/// and fuses the two rankings (see ``SearchOptions/passageKeywordWeight``).
enum KeywordPassages {
    /// The most characters of paragraphs packed into one passage (a longer paragraph is a passage by itself).
    static let characterLimit = 800
    /// The most passages of one chunk; the rest of a longer chunk joins its last passage.
    static let perChunk = 64

    /// The passages of `text`: its paragraphs (separated by blank lines), packed greedily in order.
    static func split(_ text: String) -> [String] {
        var passages: [String] = []
        var current = ""
        for paragraph in text.components(separatedBy: "\n\n") {
            let trimmed = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            if current.isEmpty {
                current = trimmed
            } else if current.count + 2 + trimmed.count > characterLimit, passages.count < perChunk - 1 {
                passages.append(current)
                current = trimmed
            } else {
                current += "\n\n" + trimmed
            }
        }
        if !current.isEmpty { passages.append(current) }
        return passages
    }

    /// The keyword index's row id of a chunk's passage: the chunk id times ``perChunk`` plus its position, so the
    /// passages of one chunk are one row-id range.
    static func rowID(chunk: Int64, passage: Int) -> Int64 {
        chunk * Int64(perChunk) + Int64(passage)
    }

    /// The chunk a passage row id belongs to.
    static func chunk(ofRowID rowID: Int64) -> Int64 {
        rowID / Int64(perChunk)
    }
}
