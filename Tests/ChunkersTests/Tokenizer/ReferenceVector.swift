import Chunkers
import Foundation
import Testing

/// One reference encoding: a text and its ids in both encodings, as `tiktoken` gives them.
struct ReferenceVector: Decodable, Sendable, CustomTestStringConvertible {
    let text: String
    let cl100kBase: [Int]
    let o200kBase: [Int]

    enum CodingKeys: String, CodingKey {
        case text
        case cl100kBase = "cl100k_base"
        case o200kBase = "o200k_base"
    }

    /// The expected ids in `encoding`.
    func ids(_ encoding: BPEEncoding) -> [Int] { encoding == .cl100kBase ? cl100kBase : o200kBase }

    var testDescription: String { String(text.debugDescription.prefix(60)) }

    /// Parses JSON Lines of reference vectors.
    static func parse(_ jsonLines: String) throws -> [ReferenceVector] {
        let decoder = JSONDecoder()
        return try jsonLines.split(separator: "\n").map { line in
            try decoder.decode(ReferenceVector.self, from: Data(line.utf8))
        }
    }

    /// The vectors shipped in the test target (a copy of part of the shared file, plus long cases).
    static let shipped: [ReferenceVector] = (try? parse(ReferenceVectors.jsonLines)) ?? []

    /// `shared/tokenizers/vectors.jsonl` in the nearest `shared` folder beside the package root or
    /// one of its parents (a git worktree sits one level deeper than the main clone), or nil.
    static let sharedFile: URL? = {
        var directory = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { directory.deleteLastPathComponent() }
        for _ in 0..<3 {
            directory.deleteLastPathComponent()
            let candidate = directory.appendingPathComponent("shared/tokenizers/vectors.jsonl")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }()
}
