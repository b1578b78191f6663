import Foundation
import RAGKit
import VectorIndex

/// The index a server serves: the open `RAG` every request reads, and the one indexing run at a time that
/// updates it.
///
/// Requests read ``current()`` and search it outside the actor, so searches run in parallel, and keep answering
/// from the committed documents while a run writes. When a run completes, the index is opened again, so what the
/// run built (a rebuilt generation included) is visible at once, without a restart.
///
/// ```swift
/// let index = ServedIndex(directory: folder.appending(path: ".rag"))
/// let hits = try await index.current().search("log rotation")
/// let summary = try await index.update { event in print(event) }
/// ```
public actor ServedIndex {
    /// The index directory.
    public nonisolated let directory: URL
    /// The provider choices and environment, for embedders and answerers.
    public nonisolated let providers: ProviderRequest
    /// The options of the runs ``update(onEvent:)`` starts (exclusions, concurrency).
    public nonisolated let indexingOptions: IndexingOptions
    /// How the vector store is opened.
    public nonisolated let vectorOptions: VectorStoreOptions

    private var rag: RAG?
    private var openedRun: Date?
    private var checkedAt = ContinuousClock.now
    private var isUpdating = false
    private var generation = 0

    /// How often ``current()`` checks whether another process changed the index: once a second at most.
    static let freshnessInterval = Duration.seconds(1)

    /// Creates the served index; nothing is opened until the first request.
    /// - Parameters:
    ///   - directory: The index directory.
    ///   - providers: The provider choices (default: decide from the environment).
    ///   - indexingOptions: The options of update runs (default: none excluded).
    ///   - vectorOptions: How the vector store is opened (default: `VectorStoreOptions()`).
    public init(directory: URL, providers: ProviderRequest = ProviderRequest(), indexingOptions: IndexingOptions = .init(),
                vectorOptions: VectorStoreOptions = VectorStoreOptions()) {
        self.directory = directory
        self.providers = providers
        self.indexingOptions = indexingOptions
        self.vectorOptions = vectorOptions
    }

    /// The open index, opened on first use, again after each completed run, and again when another process's run
    /// has completed or a rebuild has been switched in (checked at most once a second).
    /// - Returns: The index; share it, don't keep it across runs.
    /// - Throws: `RAGError` `.noIndex` and the errors of `RAG.open(at:providers:needsEmbedder:vectorOptions:)`.
    public func current() async throws -> RAG {
        if let rag, !isUpdating, ContinuousClock.now - checkedAt >= Self.freshnessInterval {
            checkedAt = .now
            let lastRun = try? await rag.lastRunFinishedAt()
            if !rag.isLiveGeneration || lastRun != openedRun { self.rag = nil }
        }
        if let rag { return rag }
        let opened = try await open()
        rag = opened
        openedRun = try? await opened.lastRunFinishedAt()
        checkedAt = .now
        return opened
    }

    /// How many runs have completed since the server started; a run that completes bumps it.
    public var completedRuns: Int { generation }

    /// Whether a run started by this server is in progress.
    public var isRunning: Bool { isUpdating }

    /// Brings the index up to date with its folder (an incremental run), then reopens it.
    ///
    /// - Parameter onEvent: Called with every event of the run but the last.
    /// - Returns: The run's summary.
    /// - Throws: `RAGError` `.indexBusy` when a run (this server's or another process's) is in progress, the
    ///   errors of `RAG.openForIndexing(_:)` and `RAG.index(options:onEvent:)`, or `CancellationError`.
    public func update(onEvent: @escaping @Sendable (IndexingEvent) -> Void = { _ in }) async throws -> IndexingSummary {
        try await beginUpdate().run(onEvent: onEvent)
    }

    /// Starts an incremental run: takes this server's run slot and the index's lock, without doing any work yet,
    /// so a caller learns that another run holds the index before it answers anything.
    /// - Returns: The run, to be run once with ``IndexRun/run(onEvent:)``.
    /// - Throws: `RAGError` `.indexBusy` and the errors of `RAG.openForIndexing(_:)`.
    public func beginUpdate() async throws -> IndexRun {
        guard !isUpdating else {
            throw RAGError(.indexBusy, "An indexing run of \(directory.path) is in progress: wait for it to finish.",
                           remedy: .waitForOtherRun)
        }
        isUpdating = true
        do {
            let writer = try await RAG.openForIndexing(IndexingRequest(directory: directory, providers: providers,
                                                                       vectorOptions: vectorOptions))
            return IndexRun(index: self, writer: writer)
        } catch {
            isUpdating = false
            throw error
        }
    }

    /// Ends a run: frees the slot and, after a completed run, reopens the index so requests see what it built.
    func endUpdate(completed: Bool) async throws {
        defer { isUpdating = false }
        guard completed else { return }
        rag = nil
        generation += 1
        _ = try await current()
    }

    /// Opens the index with the embedder it needs, or without one when it needs a key that is not set (keyword
    /// search and status still work).
    private func open() async throws -> RAG {
        do {
            return try await RAG.open(at: directory, providers: providers, needsEmbedder: true, vectorOptions: vectorOptions)
        } catch let error as RAGError where error.kind == .missingAPIKey {
            return try await RAG.open(at: directory, providers: providers, needsEmbedder: false, vectorOptions: vectorOptions)
        }
    }
}

/// An indexing run a ``ServedIndex`` has started: it holds the index's lock until it has run.
public struct IndexRun: Sendable {
    let index: ServedIndex
    let writer: RAG

    /// The indexed folder.
    public var root: URL { writer.root }

    /// Runs the run, then makes what it built visible to the served index's requests.
    /// - Parameter onEvent: Called with every event but the last, from the run's task.
    /// - Returns: The run's summary.
    /// - Throws: `RAGError` or `CancellationError`; the slot is freed either way.
    public func run(onEvent: @escaping @Sendable (IndexingEvent) -> Void = { _ in }) async throws -> IndexingSummary {
        let summary: IndexingSummary
        do {
            summary = try await writer.index(options: index.indexingOptions, onEvent: onEvent)
        } catch {
            try? await index.endUpdate(completed: false)
            throw error
        }
        try await index.endUpdate(completed: true)
        return summary
    }
}
