import Chunkers
import Foundation
import VectorIndex

/// One indexing run: scan, compare with the catalog, load and chunk what changed, embed the chunk
/// texts the vector store lacks, write vectors then catalog rows, remove what disappeared, and
/// collect the vectors nothing references.
///
/// Crash safety across the two files: a group's vectors are upserted (and journaled) before its
/// catalog rows are committed in one transaction, so a crash leaves at worst orphan vectors,
/// which the journal lets a later run collect; what was embedded is never paid for again.
struct Indexer: Sendable {
    let store: IndexStore
    let embedder: any Embedder
    let options: IndexingOptions
    let chunkers: ChunkerSet
    /// Called each time the run has written what its settings made: a batch of vectors stored, documents committed
    /// (a first build becomes the live index at the first call).
    var onWrite: @Sendable () throws(RAGError) -> Void = {}

    func run(emit: @escaping @Sendable (IndexingEvent) -> Void) async throws -> IndexingSummary {
        let clock = ContinuousClock()
        let start = clock.now
        let startDate = Date()
        var summary = IndexingSummary()

        let scan = try FileScan(root: store.root, exclude: options.exclude)
        for skipped in scan.skipped {
            summary.skipped.append(skipped)
            emit(.skipped(path: skipped.path, reason: skipped.reason))
        }
        emit(.started(totalFiles: scan.files.count))

        let storage = store.storage
        let states = try await storage.documentStates()
        var progress = ProgressTracker(totalFiles: scan.files.count, totalBytes: scan.files.reduce(0) { $0 + $1.size }, start: start, clock: clock)
        var batch = PendingGroup(limits: embedder.limits, concurrency: max(1, options.maxConcurrentRequests))
        var statRefreshes: [DocumentState] = []
        var vanished: [String] = []
        let loader = DocumentLoader(options: LoaderOptions.ragDefaults(maxFileSize: options.maxFileSize))

        for file in scan.files {
            try Task.checkCancellation()
            let mtime = file.modificationDate.timeIntervalSince1970
            let previous = states[file.relativePath]
            if file.size > loader.options.maxFileSize {
                // The loader refuses it without reading it; hashing it first would read it all.
                if case .skipped(let reason) = prepare(file, contentHash: "", mtime: mtime, loader: loader) {
                    skip(file.relativePath, reason, summary: &summary, emit: emit)
                }
                if previous != nil { vanished.append(file.relativePath) }
                progress.pass(bytes: file.size)
                continue
            }
            // A document read by an earlier release's loaders is read again, whether or not its file changed.
            let readByTheseLoaders = previous?.textRevision == DocumentLoader.textRevision
            if let previous, readByTheseLoaders, previous.size == file.size, previous.mtime == mtime {
                summary.unchanged.append(file.relativePath)
                progress.pass(bytes: file.size)
                continue
            }
            let data: Data
            do {
                data = try Data(contentsOf: file.url, options: .mappedIfSafe)
            } catch {
                skip(file.relativePath, "unreadable: \(error.localizedDescription)", summary: &summary, emit: emit)
                if previous != nil { vanished.append(file.relativePath) }
                progress.pass(bytes: file.size)
                continue
            }
            let contentHash = TextHash.of(data)
            if var previous, readByTheseLoaders, previous.contentHash == contentHash {
                previous.size = file.size
                previous.mtime = mtime
                statRefreshes.append(previous)
                summary.unchanged.append(file.relativePath)
                progress.pass(bytes: file.size)
                continue
            }
            switch prepare(file, contentHash: contentHash, mtime: mtime, loader: loader) {
            case .skipped(let reason):
                skip(file.relativePath, reason, summary: &summary, emit: emit)
                if previous != nil { vanished.append(file.relativePath) }
                progress.pass(bytes: file.size)
            case .ready(let document):
                // Counted as done once committed, after its embeddings: the ETA then follows the embedder.
                if previous == nil { summary.added.append(document.path) } else { summary.updated.append(document.path) }
                let missing = try await storage.idsMissingVectors(document.chunks.map(\.textHash))
                batch.add(document, missing: document.chunks.filter { missing.contains($0.textHash) })
            }
            if batch.isFull {
                try await flush(&batch, summary: &summary, progress: &progress, emit: emit)
            }
        }
        try await flush(&batch, summary: &summary, progress: &progress, emit: emit)

        try await storage.updateFileStats(statRefreshes)
        let scanned = Set(scan.files.map(\.relativePath))
        let removed = states.keys.filter { !scanned.contains($0) }.sorted()
        try await storage.commit(documents: [], removing: removed + vanished)
        summary.removed = removed

        try await repairMissingVectors(summary: &summary, progress: &progress, emit: emit)
        summary.vectorsCollected = try await storage.collectUnreferencedVectors()

        let counts = try await storage.counts()
        summary.chunks = counts.chunks
        summary.tokens = counts.tokens
        summary.added.sort()
        summary.updated.sort()
        summary.unchanged.sort()
        summary.elapsed = clock.now - start
        try await storage.recordRun(startedAt: startDate, summary: summary)
        emit(.progress(progress.snapshot(now: clock.now)))
        return summary
    }

    private func skip(_ path: String, _ reason: String, summary: inout IndexingSummary,
                      emit: @Sendable (IndexingEvent) -> Void) {
        summary.skipped.append(SkippedFile(path: path, reason: reason))
        emit(.skipped(path: path, reason: reason))
    }

    private enum Preparation {
        case ready(CatalogDocument)
        case skipped(String)
    }

    private func prepare(_ file: ScannedFile, contentHash: String, mtime: Double, loader: DocumentLoader) -> Preparation {
        let document: Document
        switch loader.load(file) {
        case .loaded(let loaded): document = loaded
        case .skipped(_, _, let message): return .skipped(message)
        }
        var chunks = chunkers.chunker(for: document.kind).chunks(of: document)
        if let window = embedder.inputWindow {
            chunks = WindowFitting(window: window, tokenizer: chunkers.tokenizer).fit(chunks, of: document)
        }
        let limit = embedder.limits.maxTokensPerInput
        if let oversized = chunks.first(where: { $0.tokenCount > limit }) {
            return .skipped("a chunk of \(oversized.tokenCount) tokens exceeds the embedding model's limit of \(limit) tokens per input: use a smaller chunk size")
        }
        let catalogChunks = chunks.enumerated().map { ordinal, chunk in
            let shown = PassageTrimmer.trim(chunk, in: document.text)
            return CatalogChunk(ordinal: ordinal, text: chunk.text, byteRange: chunk.byteRange, characterRange: chunk.characterRange,
                                headingPath: chunk.headingPath, page: chunk.page, tokenCount: chunk.tokenCount,
                                textHash: TextHash.of(chunk.text), cutStart: shown.trimmedStart, cutEnd: shown.trimmedEnd)
        }
        return .ready(CatalogDocument(path: file.relativePath, kind: document.kind.rawValue, size: file.size, mtime: mtime,
                                      contentHash: contentHash, textRevision: DocumentLoader.textRevision, metadata: document.metadata,
                                      textEncoding: document.decodedAs.rawValue, role: document.role.rawValue, chunks: catalogChunks))
    }

    /// Embeds the group's missing texts, upserts their vectors, then commits its documents.
    private func flush(_ group: inout PendingGroup, summary: inout IndexingSummary, progress: inout ProgressTracker,
                       emit: @escaping @Sendable (IndexingEvent) -> Void) async throws {
        let texts = group.missingTexts
        if !texts.isEmpty {
            try await store.storage.journal(textHashes: texts.map(\.textHash))
            try await embedAndStore(texts, summary: &summary, progress: &progress, emit: emit)
        }
        try await store.storage.commit(documents: group.documents, removing: [])
        if !group.documents.isEmpty { try onWrite() }
        progress.finish(documents: group.documents.count, bytes: group.documents.reduce(0) { $0 + $1.size })
        group.removeAll()
        emit(.progress(progress.snapshot(now: ContinuousClock().now)))
    }

    /// Embeds texts in limit-respecting batches, several in flight, upserting each batch as it returns.
    private func embedAndStore(_ texts: [PendingText], summary: inout IndexingSummary, progress: inout ProgressTracker,
                               emit: @escaping @Sendable (IndexingEvent) -> Void) async throws {
        let batches = EmbeddingBatcher.batches(tokenCounts: texts.map(\.tokenCount), limits: embedder.limits)
        let embedder = self.embedder
        let storage = store.storage
        let concurrency = max(1, options.maxConcurrentRequests)
        let watch = WaitWatch(interval: options.waitingInterval, emit: emit)
        defer { watch.stop() }
        try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            var next = 0
            func launch() {
                guard next < batches.count else { return }
                let slice = Array(texts[batches[next]])
                next += 1
                group.addTask {
                    let embeddings = try await embedder.embed(slice.map(\.text))
                    guard embeddings.count == slice.count else {
                        throw RAGError(.provider, "The embedder returned \(embeddings.count) vectors for \(slice.count) inputs.")
                    }
                    try await storage.storeVectors(zip(slice, embeddings).map { (id: $0.textHash, vector: $1) })
                    return (slice.count, slice.reduce(0) { $0 + $1.tokenCount })
                }
            }
            for _ in 0..<concurrency { launch() }
            while let (count, tokens) = try await group.next() {
                try onWrite()
                watch.reset()
                summary.embeddingCalls += 1
                summary.chunksEmbedded += count
                summary.tokensEmbedded += tokens
                progress.chunksEmbedded += count
                progress.tokensEmbedded += tokens
                emit(.progress(progress.snapshot(now: ContinuousClock().now)))
                launch()
            }
        }
    }

    /// Embeds chunk texts the catalog references but the vector store lacks (e.g. a deleted `vectors.sqlite`).
    private func repairMissingVectors(summary: inout IndexingSummary, progress: inout ProgressTracker,
                                      emit: @escaping @Sendable (IndexingEvent) -> Void) async throws {
        let texts = try await store.storage.textsMissingVectors().map {
            PendingText(textHash: $0.textHash, text: $0.text, tokenCount: $0.tokenCount)
        }
        guard !texts.isEmpty else { return }
        try await store.storage.journal(textHashes: texts.map(\.textHash))
        try await embedAndStore(texts, summary: &summary, progress: &progress, emit: emit)
    }
}

/// Reports ``IndexingEvent/waiting(_:)`` while no embedding request completes, until stopped.
final class WaitWatch: Sendable {
    private let since = LockedValue(ContinuousClock.now)
    private let task: Task<Void, Never>

    init(interval: Duration, emit: @escaping @Sendable (IndexingEvent) -> Void) {
        let since = self.since
        task = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let waited = ContinuousClock.now - since.withLock { $0 }
                if !Task.isCancelled, waited >= interval { emit(.waiting(waited)) }
            }
        }
    }

    /// A request completed: the wait starts again.
    func reset() { since.withLock { $0 = ContinuousClock.now } }

    func stop() { task.cancel() }
}

/// A chunk text waiting for its vector.
struct PendingText: Sendable, Hashable {
    var textHash: String
    var text: String
    var tokenCount: Int
}

/// Documents prepared but not committed, and the distinct texts they still need embedded.
struct PendingGroup {
    private(set) var documents: [CatalogDocument] = []
    private(set) var missingTexts: [PendingText] = []
    private var missingHashes = Set<String>()
    private var missingTokens = 0
    private let maxTexts: Int
    private let maxTokens: Int

    init(limits: EmbeddingLimits, concurrency: Int) {
        maxTexts = limits.maxInputsPerRequest * concurrency
        maxTokens = limits.maxTokensPerRequest > Int.max / concurrency ? Int.max : limits.maxTokensPerRequest * concurrency
    }

    /// Full enough to send: a request's worth of inputs per concurrent slot, or many documents.
    var isFull: Bool { missingTexts.count >= maxTexts || missingTokens >= maxTokens || documents.count >= 512 }

    mutating func add(_ document: CatalogDocument, missing: [CatalogChunk]) {
        documents.append(document)
        for chunk in missing where missingHashes.insert(chunk.textHash).inserted {
            missingTexts.append(PendingText(textHash: chunk.textHash, text: chunk.text, tokenCount: chunk.tokenCount))
            missingTokens += chunk.tokenCount
        }
    }

    mutating func removeAll() {
        documents.removeAll()
        missingTexts.removeAll()
        missingHashes.removeAll()
        missingTokens = 0
    }
}

/// Counts work done and turns it into ``IndexingProgress`` snapshots.
///
/// The time left is estimated from bytes, not files, and only from files that needed work: unchanged and skipped
/// files cost next to nothing, and one large file costs as much as many small ones.
struct ProgressTracker {
    let totalFiles: Int
    let totalBytes: Int
    let start: ContinuousClock.Instant
    let clock: ContinuousClock
    private(set) var filesDone = 0
    private var bytesDone = 0
    private var bytesWorked = 0
    var chunksEmbedded = 0
    var tokensEmbedded = 0

    init(totalFiles: Int, totalBytes: Int, start: ContinuousClock.Instant, clock: ContinuousClock) {
        self.totalFiles = totalFiles
        self.totalBytes = totalBytes
        self.start = start
        self.clock = clock
    }

    /// Counts a file that needed no work (unchanged, skipped or unreadable).
    mutating func pass(bytes: Int) {
        filesDone += 1
        bytesDone += bytes
    }

    /// Counts documents chunked, embedded and committed.
    mutating func finish(documents: Int, bytes: Int) {
        filesDone += documents
        bytesDone += bytes
        bytesWorked += bytes
    }

    func snapshot(now: ContinuousClock.Instant) -> IndexingProgress {
        let elapsed = now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(tokensEmbedded) / seconds : 0
        var eta: Duration?
        if filesDone >= totalFiles {
            eta = .zero
        } else if bytesWorked > 0 {
            // The files left are assumed to need work, at the rate work went so far.
            eta = elapsed * (Double(max(totalBytes - bytesDone, 0)) / Double(bytesWorked))
        }
        return IndexingProgress(filesDone: filesDone, totalFiles: totalFiles, chunksEmbedded: chunksEmbedded,
                                tokensEmbedded: tokensEmbedded, elapsed: elapsed, rate: rate, eta: eta)
    }
}
