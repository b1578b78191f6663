import RAGKit

/// The JSON of `GET /v1/documents/{path}`:
/// `{"path", "kind", "metadata", "text", "chunks": [{"chunk", "heading", "page", "tokens", "text"}]}`.
public struct DocumentOutput: Encodable, Sendable {
    /// One chunk.
    public struct Chunk: Encodable, Sendable {
        /// The chunk's position, from 0.
        public var chunk: Int
        /// The heading path, joined by ``OutputFormat/headingSeparator``.
        public var heading: String
        /// The page, for paged documents; `null` otherwise.
        @NullWhenAbsent public var page: Int?
        /// Its length in tokens.
        public var tokens: Int
        /// Its text.
        public var text: String
    }

    /// The path, relative to the indexed folder.
    public var path: String
    /// The document's kind.
    public var kind: String
    /// Its metadata.
    public var metadata: [String: String]
    /// The text extracted from the file now; `null` when the file is gone.
    @NullWhenAbsent public var text: String?
    /// The chunks, in order.
    public var chunks: [Chunk]

    /// Creates the output of a document.
    /// - Parameter document: The indexed document.
    public init(_ document: IndexedDocument) {
        path = document.entry.path
        kind = document.entry.kind
        metadata = document.entry.metadata
        text = document.text
        chunks = document.chunks.map {
            Chunk(chunk: $0.index, heading: OutputFormat.heading($0.headingPath), page: $0.page, tokens: $0.tokenCount, text: $0.text)
        }
    }
}
