import Foundation

/// Writes an answer from numbered sources: the seam a service plugs its own answer writer into.
///
/// Implementations stream the answer text in pieces and cite sources as `[n]`, where `n` is a
/// ``Citation/number`` of the given sources. When the sources do not contain the answer, they say
/// so rather than guess. They must not print.
public protocol AnswerGenerator: Sendable {
    /// Who writes the answer (reported to the user).
    var mode: AnswerMode { get }
    /// Streams the answer text for a question from its numbered sources.
    /// - Parameters:
    ///   - question: The user's question.
    ///   - sources: The numbered sources, best first; never empty when called by ``RAG``.
    /// - Returns: Pieces of answer text; the stream throws ``RAGError`` on provider failures.
    func generate(question: String, sources: [Citation]) -> AsyncThrowingStream<String, any Error>
}

/// Finds the `[n]` citation markers in answer text.
enum CitationMarkers {
    /// `text` without the single-number markers `[n]` of `numbers`.
    static func removing(_ numbers: [Int], from text: String) -> String {
        numbers.reduce(text) { text, number in text.replacingOccurrences(of: " [\(number)]", with: "").replacingOccurrences(of: "[\(number)]", with: "") }
    }

    /// The source numbers cited in `text`, in order of first appearance, limited to `valid`.
    /// Understands `[1]`, `[1][2]`, `[1, 2]` and `[1-3]`.
    static func cited(in text: String, valid: ClosedRange<Int>) -> [Int] {
        var numbers: [Int] = []
        var seen = Set<Int>()
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "[") {
            guard let close = text[open...].firstIndex(of: "]") else { break }
            let inside = text[text.index(after: open)..<close]
            index = text.index(after: open)
            guard !inside.isEmpty, inside.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == " " || $0 == "-") }) else {
                continue
            }
            for part in inside.split(separator: ",") {
                let bounds = part.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                let range: ClosedRange<Int>
                switch bounds.count {
                case 1: range = bounds[0]...bounds[0]
                case 2 where bounds[0] <= bounds[1] && bounds[1] - bounds[0] < 100: range = bounds[0]...bounds[1]
                default: continue
                }
                for number in range where valid.contains(number) && seen.insert(number).inserted {
                    numbers.append(number)
                }
            }
            index = text.index(after: close)
        }
        return numbers
    }
}
