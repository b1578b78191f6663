import RAGKit

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
