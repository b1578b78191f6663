import OpenAIClient

/// Where ``RAG/search(_:options:from:)`` and ``RAG/ask(_:using:options:from:)`` take their passages: the local
/// index, or the OpenAI vector store it is mirrored into. Search and ask are one code path for both.
public enum PassageSource: Sendable {
    /// The local index: vector, keyword or hybrid search over its files.
    case local
    /// The index's mirrored OpenAI vector store (see ``RAG/mirror(client:options:onEvent:)``), searched through
    /// `client`; hits are mapped back to local paths and headings.
    case vectorStore(OpenAI)
}

extension RAG {
    /// Searches the index, or its mirrored vector store.
    ///
    /// - Parameters:
    ///   - query: Free text; operators are not interpreted.
    ///   - options: k, mode and filters.
    ///   - source: ``PassageSource/local`` or ``PassageSource/vectorStore(_:)``.
    /// - Returns: Up to `k` hits, best first.
    /// - Throws: ``RAGError``, as ``search(_:options:)`` or ``remoteSearch(_:client:options:)``.
    public func search(_ query: String, options: SearchOptions = .init(), from source: PassageSource) async throws -> [SearchHit] {
        switch source {
        case .local: try await search(query, options: options)
        case .vectorStore(let client): try await remoteSearch(query, client: client, options: options)
        }
    }

    /// Answers a question from the index's passages, or from its mirrored vector store's.
    ///
    /// A ``ResponsesAnswerer`` asked through ``PassageSource/vectorStore(_:)`` answers as
    /// ``ask(_:through:options:)`` does (the model searches the store itself, through the answerer's client);
    /// asked from ``PassageSource/local``, it fails with ``RAGError/Kind/invalidArgument``.
    /// - Parameters:
    ///   - question: The question.
    ///   - generator: Who writes the answer.
    ///   - options: Retrieval and budget.
    ///   - source: Where the passages come from.
    /// - Returns: `started`, `text` pieces, then `finished` with the cited sources.
    public func ask(_ question: String, using generator: any AnswerGenerator, options: AskOptions = .init(),
                    from source: PassageSource) -> AsyncThrowingStream<AnswerEvent, any Error> {
        if let responses = generator as? ResponsesAnswerer, case .vectorStore = source {
            return ask(question, through: responses, options: options)
        }
        return answer(question, using: generator, options: options) { [self] query, search in
            try await self.search(query, options: search, from: source)
        }
    }
}
