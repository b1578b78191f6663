import Foundation
import RAGKit

/// The body of `POST /v1/search`: `{"query", "k", "mode", "path", "metadata"}`, the options of `rag search`.
public struct SearchRequest: Decodable, Sendable {
    /// The text to search for.
    public var query: String
    /// The number of passages (default 5).
    public var k: Int?
    /// `vector`, `keyword` or `hybrid` (default `hybrid`).
    public var mode: String?
    /// Only passages from files matching this glob, relative to the indexed folder.
    public var path: String?
    /// Only passages from documents whose metadata has each key equal to its value.
    public var metadata: [String: String]?

    /// The library's search options, checked.
    /// - Parameter defaultK: The `k` when none is given.
    /// - Throws: ``ServerError`` 400 for an empty query, `k` below 1 or above 100, or an unknown mode.
    func searchOptions(defaultK: Int) throws(ServerError) -> SearchOptions {
        try RetrievalFields(text: query, name: "query", k: k, mode: mode, path: path, metadata: metadata).searchOptions(defaultK: defaultK)
    }
}

/// The body of `POST /v1/ask`: `{"question", "k", "mode", "path", "metadata", "stream"}`, the options of `rag ask`.
public struct AskRequest: Decodable, Sendable {
    /// The question.
    public var question: String
    /// The number of passages retrieved (default 6).
    public var k: Int?
    /// `vector`, `keyword` or `hybrid` (default `hybrid`).
    public var mode: String?
    /// Only passages from files matching this glob.
    public var path: String?
    /// Only passages from documents whose metadata has each key equal to its value.
    public var metadata: [String: String]?
    /// Whether to answer with server-sent events (`text` pieces, `citations`, `done`) instead of one JSON object.
    public var stream: Bool?

    /// The library's ask options, checked.
    /// - Throws: ``ServerError`` 400 as ``SearchRequest``.
    func askOptions() throws(ServerError) -> AskOptions {
        AskOptions(search: try RetrievalFields(text: question, name: "question", k: k, mode: mode, path: path, metadata: metadata)
            .searchOptions(defaultK: 6))
    }
}

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
        let mode = mode.map(SearchMode.init(rawValue:)) ?? .hybrid
        guard SearchMode.allKnown.contains(mode) else {
            throw .badRequest("mode must be vector, keyword or hybrid (got '\(mode.rawValue)').")
        }
        return SearchOptions(k: k, mode: mode, pathGlob: path, metadata: metadata ?? [:])
    }
}
