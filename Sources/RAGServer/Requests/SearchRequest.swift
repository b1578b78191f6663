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
