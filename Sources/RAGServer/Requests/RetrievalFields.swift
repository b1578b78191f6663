import Foundation
import RAGKit

/// The retrieval fields search and ask share, and their checks.
struct RetrievalFields {
    /// The most passages a request may ask for.
    static let maxK = 100

    var text: String
    var name: String
    var k: Int?
    var mode: String?
    var path: String?
    var metadata: [String: String]?

    func searchOptions(defaultK: Int) throws(ServerError) -> SearchOptions {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .badRequest("The \(name) is empty: give the words to search for.")
        }
        let k = k ?? defaultK
        guard (1...Self.maxK).contains(k) else { throw .badRequest("k must be between 1 and \(Self.maxK) (got \(k)).") }
        let mode = mode.map(SearchMode.init(rawValue:)) ?? .automatic
        guard SearchMode.allKnown.contains(mode) else {
            throw .badRequest("mode must be auto, vector, keyword or hybrid (got '\(mode.rawValue)').")
        }
        return SearchOptions(k: k, mode: mode, pathGlob: path, metadata: metadata ?? [:])
    }
}
