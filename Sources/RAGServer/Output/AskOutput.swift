import RAGKit

/// The JSON of an answer, as `rag ask --json` prints it and `POST /v1/ask` returns it:
/// `{"question", "answer", "mode", "citations": [{"n", "path", "heading", "page", "text"}]}`.
public struct AskOutput: Encodable, Sendable {
    /// One cited source.
    public struct Source: Encodable, Sendable {
        /// The citation number, as in `[1]`.
        public var n: Int
        /// The document's path, relative to the indexed folder.
        public var path: String
        /// The heading path, joined by ``OutputFormat/headingSeparator``.
        public var heading: String
        /// The page, for paged documents; `null` otherwise.
        @NullWhenAbsent public var page: Int?
        /// The cited passage.
        public var text: String

        /// Creates the source of a citation.
        /// - Parameter citation: The citation.
        public init(_ citation: Citation) {
            n = citation.number
            path = citation.path
            heading = OutputFormat.heading(citation.headingPath)
            page = citation.page
            text = citation.text
        }
    }

    /// The question, trimmed.
    public var question: String
    /// The answer text, with `[n]` markers.
    public var answer: String
    /// Who wrote it: `extractive`, `chat`, `remote`.
    public var mode: String
    /// The sources the answer cites.
    public var citations: [Source]

    /// Creates the output of an answer.
    /// - Parameter answer: The finished answer.
    public init(_ answer: Answer) {
        question = answer.question
        self.answer = answer.text
        mode = answer.mode.rawValue
        citations = answer.citations.map(Source.init)
    }
}
