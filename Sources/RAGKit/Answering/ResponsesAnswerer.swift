import OpenAIClient

/// Answers through the OpenAI Responses API, streamed: `POST /responses` with the `file_search` tool over the index's
/// mirrored vector store, so the model retrieves its own passages and cites the files it used.
///
/// It answers only questions asked through the store: ``RAG/ask(_:through:options:)``, or
/// ``RAG/ask(_:using:options:from:)`` with ``PassageSource/vectorStore(_:)``. The model's `file_citation`s become the
/// answer's `[n]` markers and ``Citation``s with local paths (and headings, where the passage the store returned is
/// found in the local index). Asked to write from numbered local passages (``generate(question:sources:)``), it fails
/// with ``RAGError/Kind/invalidArgument``.
///
/// ```swift
/// let client = OpenAI(configuration: .fromEnvironment())
/// _ = try await rag.mirror(client: client)
/// for try await event in rag.ask("How do I rotate the logs?", through: ResponsesAnswerer(client: client)) { … }
/// ```
/// > Warning: Every answer costs tokens and a file search call on a paid account.
public struct ResponsesAnswerer: AnswerGenerator {
    /// ``AnswerMode/responses``.
    public var mode: AnswerMode { .responses }
    /// The client requests go through.
    public let client: OpenAI
    /// The model (default `"gpt-4o-mini"`).
    public let model: String
    /// The sampling temperature (default 0.2: answers should stick to the files).
    public let temperature: Double?

    /// What the model is told: answer from the files only, and say so when they do not hold the answer.
    static let instructions = """
        Answer the question using only what the file_search tool finds in the files. Cite the files you use. \
        If the files do not contain the answer, say that they do not; do not guess. Be concise.
        """

    /// The error of a question asked without the vector store.
    static let needsVectorStore = RAGError(
        .invalidArgument,
        "The responses answerer searches the index's mirrored OpenAI vector store itself: ask through the mirrored store, or choose the extractive or chat answerer.",
        remedy: .askThroughVectorStore
    )

    /// Creates a Responses answerer.
    /// - Parameters:
    ///   - client: The client to send requests with.
    ///   - model: The model (default `"gpt-4o-mini"`); it must support `file_search`.
    ///   - temperature: The sampling temperature (default 0.2; `nil` for the server's default).
    public init(client: OpenAI, model: String = "gpt-4o-mini", temperature: Double? = 0.2) {
        self.client = client
        self.model = model
        self.temperature = temperature
    }

    /// The request this answerer sends for a question over the store `vectorStoreID`: `file_search` with at most
    /// `search.k` results (up to 50) and `search.metadata` as attribute filters, the search results included.
    func request(question: String, vectorStoreID: String, search: SearchOptions) -> CreateResponseRequest {
        let tool = ResponseFileSearchTool(vectorStoreIDs: [vectorStoreID], filters: VectorStoreMirror.filter(for: search.metadata),
                                          maxNumResults: min(50, max(1, search.k)))
        var request = CreateResponseRequest(model: model, input: .text(question), instructions: Self.instructions, tools: [.fileSearch(tool)])
        request.include = [ResponseInclude.fileSearchCallResults]
        request.temperature = temperature
        return request
    }

    /// Fails: this answerer retrieves its own passages from the vector store; ask through ``RAG/ask(_:through:options:)``.
    /// - Returns: A stream that throws ``RAGError/Kind/invalidArgument``.
    public func generate(question: String, sources: [Citation]) -> AsyncThrowingStream<String, any Error> {
        AsyncThrowingStream { $0.finish(throwing: Self.needsVectorStore) }
    }
}
