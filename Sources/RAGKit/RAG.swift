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
/// - ``status()``
public final class RAG: Sendable {
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
    public var vectorOptions: VectorDatabase.Options { store.vectors.options }

    let store: IndexStore

    private init(store: IndexStore, embedder: (any Embedder)?) {
        self.store = store
        self.directory = store.directory
        self.embedder = embedder
    }

    // MARK: Opening

    /// Whether an index exists at `directory`.
    public static func exists(at directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appending(path: Catalog.fileName).path)
    }

    /// Creates an empty index of `root` at `directory`.
    ///
    /// - Parameters:
    ///   - directory: The index directory to create (e.g. `<root>/.rag`).
    ///   - root: The folder to index.
    ///   - settings: The chunking and embedding settings, fixed for the index's life.
    ///   - embedder: The embedder; its model and dimensions must equal the settings'.
    ///   - replacing: Whether to delete an existing index there first (default `false`).
    ///   - vectorOptions: How the vector store is opened and searched: scan threads, a quantized copy, huge pages
    ///     (defaults: all processors, none, on; see `VectorDatabase.Options`).
    /// - Returns: The open index.
    /// - Throws: ``RAGError`` `.folderNotFound`, `.indexExists`, `.invalidArgument`, `.storage`.
    /// > Warning: `replacing: true` deletes the existing index, and its embeddings must be paid for again.
    public static func create(at directory: URL, root: URL, settings: IndexSettings, embedder: any Embedder,
                              replacing: Bool = false,
                              vectorOptions: VectorDatabase.Options = VectorDatabase.Options()) throws(RAGError) -> RAG {
        try settings.validate()
        guard ChunkerKind.allKnown.contains(settings.chunker) else {
            throw RAGError(.invalidArgument, "Unknown chunker '\(settings.chunker)': use tokens, recursive or markdown.")
        }
        guard BPEEncoding(rawValue: settings.tokenEncoding) == .cl100kBase || BPEEncoding(rawValue: settings.tokenEncoding) == .o200kBase else {
            throw RAGError(.invalidArgument, "Unknown token encoding '\(settings.tokenEncoding)': use cl100k_base or o200k_base.")
        }
        guard embedder.model == settings.embeddingModel, embedder.dimensions == settings.dimensions else {
            throw RAGError(.invalidArgument, "The settings name \(settings.embeddingModel) (\(settings.dimensions) dimensions) but the embedder is \(embedder.model) (\(embedder.dimensions) dimensions).")
        }
        let root = root.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RAGError(.folderNotFound, "The folder \(root.path) does not exist or is not a directory: check the path.")
        }
        let directory = directory.standardizedFileURL
        if exists(at: directory) {
            let complete = (try? Catalog(url: directory.appending(path: Catalog.fileName), create: false).setting(SettingKey.settings)) != nil
            guard replacing || !complete else {
                throw RAGError(.indexExists, "An index already exists at \(directory.path): open it, or rebuild it with --reindex.")
            }
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path)
            where name.hasPrefix(Catalog.fileName) || name.hasPrefix(IndexStore.vectorsFileName) {
                try FileManager.default.removeItem(at: directory.appending(path: name))
            }
        } catch {
            throw RAGError.storage("create the index directory \(directory.path)", error)
        }
        let vectors: VectorDatabase
        do {
            vectors = try VectorDatabase(url: directory.appending(path: IndexStore.vectorsFileName),
                                         collection: VectorCollectionInfo(model: settings.embeddingModel,
                                                                          dimensions: settings.dimensions, metric: .cosine),
                                         options: vectorOptions)
        } catch {
            throw RAGError(.storage, "Could not create the vector store in \(directory.path): \(error)", underlying: error)
        }
        let catalog = try Catalog(url: directory.appending(path: Catalog.fileName), create: true)
        // The settings row goes last: its presence marks the index as complete.
        try catalog.setSettings([
            SettingKey.formatVersion: formatVersion,
            SettingKey.rootAbsolute: root.path,
            SettingKey.rootRelative: RootPath.relative(from: directory, to: root),
            SettingKey.createdAt: ISO8601DateFormatter().string(from: Date()),
            SettingKey.settings: JSONColumn.encode(settings),
        ])
        return RAG(store: IndexStore(directory: directory, root: root, settings: settings, catalog: catalog, vectors: vectors),
                   embedder: embedder)
    }

    /// Opens an existing index.
    ///
    /// - Parameters:
    ///   - directory: The index directory.
    ///   - embedder: The embedder to use; `nil` (the default) uses ``LocalEmbedder`` when the index
    ///     was built with it, and otherwise opens without one (status and keyword search still work).
    ///   - vectorOptions: How the vector store is opened and searched: scan threads, a quantized copy, huge pages
    ///     (defaults: all processors, none, on; see `VectorDatabase.Options`).
    /// - Returns: The open index.
    /// - Throws: ``RAGError`` `.noIndex`, `.embeddingModelMismatch`, `.storage`.
    public static func open(at directory: URL, embedder: (any Embedder)? = nil,
                            vectorOptions: VectorDatabase.Options = VectorDatabase.Options()) throws(RAGError) -> RAG {
        let directory = directory.standardizedFileURL
        guard exists(at: directory) else {
            throw RAGError(.noIndex, "No index at \(directory.path): run `rag index <folder>` first, or point --index at one.")
        }
        let catalog = try Catalog(url: directory.appending(path: Catalog.fileName), create: false)
        guard let settingsText = try catalog.setting(SettingKey.settings),
              let settings = JSONColumn.decode(settingsText, as: IndexSettings.self) else {
            throw RAGError(.noIndex, "The index at \(directory.path) is incomplete (its creation was interrupted): run `rag index <folder> --reindex`.")
        }
        if let version = try catalog.setting(SettingKey.formatVersion), version != formatVersion {
            throw RAGError(.storage, "The index at \(directory.path) has format \(version), this version reads \(formatVersion): rebuild it with --reindex.")
        }
        if let embedder, embedder.model != settings.embeddingModel || embedder.dimensions != settings.dimensions {
            throw RAGError(.embeddingModelMismatch, "This index was built with \(settings.embeddingModel) (\(settings.dimensions) dimensions), not \(embedder.model) (\(embedder.dimensions) dimensions): use --embedding-model \(settings.embeddingModel), or rebuild with --reindex.")
        }
        guard let root = RootPath.resolve(relative: try catalog.setting(SettingKey.rootRelative),
                                          absolute: try catalog.setting(SettingKey.rootAbsolute), directory: directory) else {
            throw RAGError(.noIndex, "The index at \(directory.path) does not record its folder: rebuild it with --reindex.")
        }
        let vectors: VectorDatabase
        do {
            vectors = try VectorDatabase(url: directory.appending(path: IndexStore.vectorsFileName),
                                         collection: VectorCollectionInfo(model: settings.embeddingModel,
                                                                          dimensions: settings.dimensions, metric: .cosine),
                                         options: vectorOptions)
        } catch {
            throw RAGError(.storage, "Could not open the vector store in \(directory.path): \(error). Rebuild with --reindex if it is damaged.",
                           underlying: error)
        }
        let resolved = embedder ?? (settings.embeddingModel == LocalEmbedder.modelName ? LocalEmbedder(dimensions: settings.dimensions) : nil)
        return RAG(store: IndexStore(directory: directory, root: root, settings: settings, catalog: catalog, vectors: vectors),
                   embedder: resolved)
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
            throw RAGError(.missingAPIKey, "This index was built with \(store.settings.embeddingModel): set OPENAI_API_KEY (or --base-url) to update it.")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: store.root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RAGError(.folderNotFound, "The indexed folder \(store.root.path) does not exist any more: check the path, or rebuild the index with --reindex.")
        }
        let lock = try IndexLock(directory: store.directory)
        defer { lock.release() }
        let indexer = Indexer(store: store, embedder: embedder, options: options, chunkers: try ChunkerSet(settings: store.settings))
        return try await indexer.run(emit: onEvent)
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
    /// answer says so.
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
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let trimmed = question.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !trimmed.isEmpty else { throw RAGError(.invalidArgument, "The question is empty: ask something.") }
                    let hits = try await retrieve(trimmed, options.search)
                    let sources = try SourceSelector(encoding: encoding).select(hits, budget: options.promptTokenBudget)
                    continuation.yield(.started(mode: generator.mode, sources: sources))
                    var text = ""
                    if sources.isEmpty {
                        text = SourceSelector.nothingFound
                        continuation.yield(.text(text))
                    } else {
                        for try await piece in generator.generate(question: trimmed, sources: sources) {
                            text += piece
                            continuation.yield(.text(piece))
                        }
                    }
                    let cited = Set(CitationMarkers.cited(in: text, valid: 1...max(1, sources.count)))
                    let citations = sources.filter { cited.contains($0.number) }
                    continuation.yield(.finished(Answer(question: trimmed, text: text, mode: generator.mode, citations: citations)))
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
    public func status() throws(RAGError) -> IndexStatus {
        let counts = try store.catalog.counts()
        let lastRun = try store.catalog.lastRun()
        return IndexStatus(documents: counts.documents, chunks: counts.chunks, tokens: counts.tokens,
                           vectors: store.vectors.count, embeddingModel: settings.embeddingModel,
                           dimensions: settings.dimensions, settings: settings, bytesOnDisk: Self.bytes(in: directory),
                           root: root.path, indexPath: directory.path, lastRun: lastRun?.finishedAt,
                           lastRunSummary: lastRun?.summary)
    }

    private static func bytes(in directory: URL) -> Int64 {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.reduce(Int64(0)) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: directory.appending(path: name).path)
            return total + ((attributes?[.size] as? NSNumber)?.int64Value ?? 0)
        }
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
