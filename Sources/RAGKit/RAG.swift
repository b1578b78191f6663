import Chunkers
import Foundation
import VectorIndex

/// An index of a folder of documents: index it, search it, ask it questions.
///
/// Open it once and share it: every method is safe to call from concurrent tasks, searches run
/// while an indexing run writes (they see the documents committed so far), and nothing is printed
/// or kept in global state.
///
/// ```swift
/// let embedder = LocalEmbedder()
/// let rag = try RAG.create(at: folder.appending(path: ".rag"), root: folder,
///                          settings: IndexSettings(embedder: embedder), embedder: embedder)
/// for try await event in rag.index() { if case .finished(let summary) = event { print(summary.added) } }
/// let hits = try await rag.search("log rotation")
/// for try await event in rag.ask("How do I rotate the logs?", using: ExtractiveAnswerer()) { … }
/// ```
///
/// ## Topics
/// ### Opening
/// - ``create(at:root:settings:embedder:replacing:vectorOptions:)``
/// - ``open(at:embedder:vectorOptions:)``
/// - ``vectorOptions``
/// ### Using
/// - ``index(options:)``
/// - ``search(_:options:)``
/// - ``ask(_:using:options:)``
/// - ``ask(_:through:options:)``
/// - ``status()``
public final class RAG: Sendable {
    /// This library's version, as tagged: `0.2.0`.
    public static let version = "0.2.0"

    /// The index format this version writes.
    public static let formatVersion = "1"

    /// The index directory (usually `<root>/.rag`).
    public let directory: URL
    /// The settings the index was created with.
    public var settings: IndexSettings { store.settings }
    /// The indexed folder; result paths are relative to it.
    public var root: URL { store.root }
    /// The embedder in use, or `nil` when the index needs a remote one that was not given.
    public let embedder: (any Embedder)?

    /// How the vector store was opened (see ``open(at:embedder:vectorOptions:)``).
    public var vectorOptions: VectorDatabase.Options { store.vectorOptions }

    let store: IndexStore
    /// The lock and pending switch of an index opened for indexing; `nil` for one opened to read.
    let session: IndexingSession?

    init(store: IndexStore, embedder: (any Embedder)?, session: IndexingSession? = nil) {
        self.store = store
        self.directory = store.location
        self.embedder = embedder
        self.session = session
    }

    // MARK: Using

    /// Brings the index up to date with its folder, streaming progress.
    ///
    /// Only changed files are read and chunked (a file whose size and modification time match the
    /// catalog is not even read), only chunk texts the vector store lacks are embedded, and deleted
    /// files are removed. Cancelling the consuming task stops the run; what was embedded is kept
    /// and the next run resumes from it.
    /// - Parameter options: Exclusions, concurrency and size limit (defaults: none, 4, the loader's).
    /// - Returns: Events ending with ``IndexingEvent/finished(_:)``; the stream throws ``RAGError``
    ///   (`.indexBusy` when another run holds the index, provider errors) or `CancellationError`.
    /// > Warning: With a remote embedder this costs money: the first run embeds every chunk.
    public func index(options: IndexingOptions = .init()) -> AsyncThrowingStream<IndexingEvent, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let summary = try await self.index(options: options) { continuation.yield($0) }
                    continuation.yield(.finished(summary))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Brings the index up to date with its folder, reporting events to a closure, and returns
    /// when the run has completely ended.
    ///
    /// The structured form of ``index(options:)``: cancelling the calling task stops the run, and
    /// when this returns or throws, the index is released, so another run can start at once.
    /// - Parameters:
    ///   - options: Exclusions, concurrency and size limit.
    ///   - onEvent: Called with every event but ``IndexingEvent/finished(_:)``, from the run's task.
    /// - Returns: The run's summary.
    /// - Throws: ``RAGError`` or `CancellationError`.
    public func index(options: IndexingOptions = .init(), onEvent: @escaping @Sendable (IndexingEvent) -> Void) async throws -> IndexingSummary {
        guard let embedder else {
            throw RAGError(.missingAPIKey, "This index was built with \(store.settings.embeddingModel), which needs its embeddings provider to update it.", remedy: .setAPIKey)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: store.root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RAGError(.folderNotFound, "The indexed folder \(store.root.path) does not exist any more: check the path, or rebuild the index for another folder.", remedy: .reindex)
        }
        let sessionLock = session.flatMap { $0.lock.isHeld ? $0.lock : nil }
        let lock: any IndexingLock
        if let sessionLock { lock = sessionLock } else { lock = try await store.storage.lockForIndexing() }
        defer { if sessionLock == nil { lock.release() } }  // on failure; a completed run waits for the release below
        let indexer = Indexer(store: store, embedder: embedder, options: options, chunkers: try ChunkerSet(settings: store.settings),
                              onWrite: { [session, layout = store.files?.directory] () throws(RAGError) in try session?.establish(layout) })
        let summary: IndexingSummary
        do {
            summary = try await indexer.run(emit: onEvent)
        } catch {
            // A first build has no model of its own yet: what helps is a model the server serves, not a rebuild.
            guard var mismatch = error as? RAGError, mismatch.remedy == .chooseEmbeddingModel, session?.isEstablished == false else { throw error }
            mismatch.remedy = .chooseServedEmbeddingModel
            throw mismatch
        }
        try await session?.finish(store.files?.directory)
        if sessionLock == nil { await lock.releaseAndWait() }
        return summary
    }

    /// Searches the index.
    ///
    /// - Parameters:
    ///   - query: Free text; operators are not interpreted.
    ///   - options: k, mode and filters (default: 5 results, hybrid).
    /// - Returns: Up to `k` hits, best first.
    /// - Throws: ``RAGError`` `.invalidArgument`, `.missingAPIKey` (vector modes without an embedder), provider errors.
    public func search(_ query: String, options: SearchOptions = .init()) async throws -> [SearchHit] {
        try await Retriever(store: store, embedder: embedder).search(query, options: options)
    }

    /// Answers a question from the index's best passages, with numbered citations.
    ///
    /// Retrieval picks the passages; those that fit `options.promptTokenBudget` become numbered
    /// sources, sent to the generator. When nothing matches, the generator is not called and the
    /// answer says so. An ``ExtractiveAnswerer`` without a ``ExtractiveAnswerer/sentenceModel`` ranks sentences
    /// with the index's embedder when that is an in-process semantic model (``TransformerEmbedder``).
    /// - Parameters:
    ///   - question: The question.
    ///   - generator: Who writes the answer (``ExtractiveAnswerer`` offline, ``ChatAnswerer``).
    ///   - options: Retrieval and budget (default: hybrid, 6 passages, 6000 tokens).
    /// - Returns: `started`, `text` pieces, then `finished` with the cited sources.
    public func ask(_ question: String, using generator: any AnswerGenerator,
                    options: AskOptions = .init()) -> AsyncThrowingStream<AnswerEvent, any Error> {
        let retriever = Retriever(store: store, embedder: embedder)
        return answer(question, using: generator, options: options) { query, search in
            try await retriever.search(query, options: search)
        }
    }

    /// Answers a question from the passages `retrieve` finds: the one answer loop behind ``ask(_:using:options:)``
    /// and the remote ask of a mirrored index, which differ only in where passages come from.
    func answer(
        _ question: String,
        using generator: any AnswerGenerator,
        options: AskOptions,
        retrieve: @escaping @Sendable (_ query: String, _ options: SearchOptions) async throws -> [SearchHit]
    ) -> AsyncThrowingStream<AnswerEvent, any Error> {
        let encoding = store.settings.tokenEncoding
        var generator = generator
        if var extractive = generator as? ExtractiveAnswerer, extractive.sentenceModel == nil, embedder is TransformerEmbedder {
            extractive.sentenceModel = embedder
            generator = extractive
        }
        return AsyncThrowingStream { [generator] continuation in
            let task = Task {
                do {
                    let trimmed = question.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !trimmed.isEmpty else { throw RAGError(.invalidArgument, "The question is empty: ask something.") }
                    // It retrieves its own passages, from the vector store (``ask(_:through:options:)``).
                    if generator is ResponsesAnswerer { throw ResponsesAnswerer.needsVectorStore }
                    // A map (an index, a table of contents) is never quoted as an answer.
                    let hits = try await retrieve(trimmed, options.search).filter { $0.role != .map }
                    var text = ""
                    let sources: [Citation]
                    if let extractive = generator as? ExtractiveAnswerer, !hits.isEmpty {
                        (sources, text) = try await extractive.answer(
                            question: trimmed, from: try await pagePassages(of: hits, pages: extractive.pagesRead))
                        continuation.yield(.started(mode: generator.mode, sources: sources))
                        continuation.yield(.text(text))
                    } else {
                        sources = try SourceSelector(encoding: encoding).select(hits, budget: options.promptTokenBudget)
                        continuation.yield(.started(mode: generator.mode, sources: sources))
                        if sources.isEmpty {
                            text = SourceSelector.nothingFound
                            continuation.yield(.text(text))
                        } else {
                            for try await piece in generator.generate(question: trimmed, sources: sources) {
                                text += piece
                                continuation.yield(.text(piece))
                            }
                        }
                    }
                    let cited = Set(CitationMarkers.cited(in: text, valid: 1...max(1, sources.count)))
                    let citations = sources.filter { cited.contains($0.number) }
                    let unknown = CitationMarkers.cited(in: text, valid: 0...Int(Int32.max)).filter { !sources.indices.contains($0 - 1) }
                    let checked = CitationMarkers.removing(unknown, from: text)
                    continuation.yield(.finished(Answer(question: trimmed, text: checked, mode: generator.mode, citations: citations,
                                                        unknownCitations: unknown)))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// What the index holds: counts, model, size on disk, last run.
    /// - Throws: ``RAGError`` `.storage`.
    public func status() async throws(RAGError) -> IndexStatus {
        let counts = try await store.storage.counts()
        let lastRun = try await store.storage.lastRun()
        return IndexStatus(documents: counts.documents, chunks: counts.chunks, tokens: counts.tokens,
                           vectors: try await store.storage.vectorCount(), embeddingModel: settings.embeddingModel,
                           dimensions: settings.dimensions, settings: settings, bytesOnDisk: await store.storage.bytesUsed(),
                           root: root.path, indexPath: directory.path, lastRun: lastRun?.finishedAt,
                           lastRunSummary: lastRun?.summary)
    }

}

/// Keys of the catalog's `settings` table.
enum SettingKey {
    static let settings = "settings"
    static let formatVersion = "format_version"
    static let rootAbsolute = "root"
    static let rootRelative = "root_relative"
    static let createdAt = "created_at"
}
