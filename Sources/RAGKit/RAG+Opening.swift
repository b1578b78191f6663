import Chunkers
import Foundation
import VectorIndex

/// What a caller asks of an index it is about to bring up to date: where it is, which folder, which chunking
/// and providers, and whether to rebuild it.
///
/// Every choice left `nil` means "keep what the index has, else the default".
public struct IndexingRequest: Sendable {
    /// The index directory (e.g. `<root>/.rag`), or a PostgreSQL URL
    /// (`postgres://user@host:port/database?schema=name`).
    public var directory: URL
    /// The folder to index; `nil` keeps the existing index's folder.
    public var root: URL?
    /// The folder a new index is made for when `root` is `nil` (e.g. the working directory); ignored for an
    /// existing index.
    public var defaultRoot: URL?
    /// The embedder and answerer choices, and the environment they read.
    public var providers: ProviderRequest
    /// How a new index cuts documents; `nil` keeps the existing index's, else ``ChunkerKind/tokens``.
    public var chunker: ChunkerKind?
    /// The token budget of a chunk; `nil` keeps the existing index's, else 800.
    public var chunkSize: Int?
    /// Tokens shared by consecutive chunks; `nil` keeps the existing index's, else 400.
    public var chunkOverlap: Int?
    /// Whether to build a new index with these choices beside the existing one, replacing it only once complete.
    public var rebuild: Bool
    /// How the vector store is opened and searched.
    public var vectorOptions: VectorDatabase.Options

    /// Creates a request.
    /// - Parameters:
    ///   - directory: The index directory.
    ///   - root: The folder to index (default: the existing index's).
    ///   - providers: The provider choices (default: decide from the environment).
    ///   - chunker: The chunker (default: keep, else tokens).
    ///   - chunkSize: The chunk size (default: keep, else 800).
    ///   - chunkOverlap: The overlap (default: keep, else 400).
    ///   - rebuild: Build a new index beside the old one (default `false`).
    ///   - vectorOptions: Vector store options (default: `VectorDatabase.Options()`).
    ///   - defaultRoot: The folder of a new index when `root` is `nil` (default: none; a new index then needs `root`).
    public init(directory: URL, root: URL? = nil, providers: ProviderRequest = ProviderRequest(),
                chunker: ChunkerKind? = nil, chunkSize: Int? = nil, chunkOverlap: Int? = nil, rebuild: Bool = false,
                vectorOptions: VectorDatabase.Options = VectorDatabase.Options(), defaultRoot: URL? = nil) {
        self.directory = directory
        self.root = root
        self.defaultRoot = defaultRoot
        self.providers = providers
        self.chunker = chunker
        self.chunkSize = chunkSize
        self.chunkOverlap = chunkOverlap
        self.rebuild = rebuild
        self.vectorOptions = vectorOptions
    }
}

extension RAG {
    // MARK: Opening

    /// Whether a complete index exists at `directory`.
    public static func exists(at directory: URL) -> Bool {
        IndexDirectory(directory).liveData != nil
    }

    /// Opens an index for an indexing run, creating or rebuilding it as `request` says, before any work is done.
    ///
    /// The order is what keeps an index safe: the index's lock is taken first (a second run is refused with
    /// ``RAGError/Kind/indexBusy`` before anything is read or changed), then the stored settings are read and the
    /// request checked against them, and only then is anything written. A rebuild and the replacement of a damaged
    /// index are built beside the live one and switched in atomically when ``index(options:onEvent:)`` completes;
    /// until then searches keep answering from the old index, and a run that fails or is killed leaves it untouched
    /// (running the same rebuild again resumes it). A first index becomes live once its run has shown that its
    /// settings work (the first batch of vectors stored, or the first documents committed), so it is searchable while
    /// it is built and a killed first run resumes where it stopped; a first run that fails or is killed before then
    /// leaves no index, and the next run that names no other model or chunking resumes it with the choices it
    /// recorded. A damaged vector file of an otherwise readable index is set aside and its vectors embedded again; a
    /// damaged catalog is set aside with its generation, and the vectors that can still be read are reused. A
    /// rebuild first checks both files of the live generation (`PRAGMA quick_check`) and sets it aside when either is
    /// damaged.
    ///
    /// ```swift
    /// let rag = try await RAG.openForIndexing(IndexingRequest(directory: folder.appending(path: ".rag"), root: folder))
    /// let summary = try await rag.index { event in print(event) }
    /// ```
    /// - Parameter request: Where, what and how.
    /// - Returns: The index, holding its lock until ``index(options:onEvent:)`` ends or the value is released.
    /// - Throws: ``RAGError`` `.indexBusy`, `.folderNotFound`, `.folderMismatch`, `.settingsMismatch`,
    ///   `.invalidArgument`, `.storage`, `.readOnly`, and provider errors from resolving the embedder.
    public static func openForIndexing(_ request: IndexingRequest) async throws -> RAG {
        if let root = request.root { try requireFolder(root) }
        if PostgresLocation.isPostgres(request.directory) { return try await openPostgresForIndexing(request) }
        let layout = IndexDirectory(request.directory)
        do {
            try FileManager.default.createDirectory(at: layout.url, withIntermediateDirectories: true)
        } catch {
            throw RAGError.storage("create the index directory \(layout.url.path)", error)
        }
        let lock = try IndexLock(directory: layout.url)

        let (live, unreadable) = try readLive(layout)
        if let live, !request.rebuild {
            try check(request, settings: live.settings, root: live.root, index: layout.url.path)
            try live.requireWritable()
            let embedder = try await ProviderResolver.embedder(for: request.providers, index: live.settings)
            try requireMatch(embedder, live.settings)
            let store = try live.store(vectorOptions: request.vectorOptions, repairingVectors: true)
            return RAG(store: store, embedder: embedder, session: IndexingSession(lock: lock, promotesStaging: false, setsAside: false))
        }
        // A rebuild replaces the live generation: when it is damaged, it is kept aside rather than deleted.
        let liveDamaged = unreadable || live?.isIntact() == false

        let previousData = layout.liveData
        let replacing = live != nil || liveDamaged
        // A first build that failed or was killed before its first write still records what its user asked for: a
        // run naming nothing else resumes it. A damaged catalog tells its model through the vector file; its chunking
        // is lost with it.
        let staged = layout.stagingData.flatMap { try? StoredIndex.read(data: $0, layout: layout) }
        let previous = live?.settings ?? (replacing ? nil : staged?.settings)
        let embedder = try await ProviderResolver.embedder(for: request.providers,
                                                           index: previous ?? previousData.flatMap(StoredIndex.recoverSettings(data:)))
        let settings = try newSettings(for: request, previous: previous, embedder: embedder)
        guard let root = (request.root ?? live?.root ?? (replacing ? nil : staged?.root) ?? request.defaultRoot)?.standardizedFileURL else {
            throw RAGError(.folderNotFound, "No folder was given for the new index at \(layout.url.path): name the folder to index.")
        }
        try requireFolder(root)

        // A rebuild, or the replacement of a damaged index, becomes live once its run completes; a first build once
        // its run has shown that its settings work, so that a run failing before (a model whose vectors do not fit,
        // a kill) leaves no index pinned to settings the user did not mean.
        let session = IndexingSession(lock: lock, promotesStaging: true, setsAside: liveDamaged, promotesEarly: !replacing)
        if let staged, staged.settings == settings, staged.root.path == root.path {
            return RAG(store: try staged.store(vectorOptions: request.vectorOptions, repairingVectors: true), embedder: embedder,
                       session: session)
        }
        let data = try layout.beginStaging()
        let store = try StoredIndex.create(data: data, layout: layout, root: root, settings: settings,
                                           vectorOptions: request.vectorOptions,
                                           reusingVectorsFrom: previousData.map(StoredIndex.vectorsURL(in:)))
        return RAG(store: store, embedder: embedder, session: session)
    }

    /// Creates an empty index of `root` at `directory`, live at once.
    ///
    /// - Parameters:
    ///   - directory: The index directory to create (e.g. `<root>/.rag`).
    ///   - root: The folder to index.
    ///   - settings: The chunking and embedding settings, fixed for the index's life.
    ///   - embedder: The embedder; its model and dimensions must equal the settings'.
    ///   - replacing: Whether to replace an existing index there (default `false`).
    ///   - vectorOptions: How the vector store is opened and searched: scan threads, a quantized copy, huge pages
    ///     (defaults: all processors, none, on; see `VectorDatabase.Options`).
    /// - Returns: The open index.
    /// - Throws: ``RAGError`` `.folderNotFound`, `.indexExists`, `.indexBusy`, `.invalidArgument`, `.storage`.
    /// > Warning: `replacing: true` replaces the existing index with an empty one, and its embeddings must be paid
    /// > for again. ``openForIndexing(_:)`` with `rebuild` replaces it only once the new one is complete.
    public static func create(at directory: URL, root: URL, settings: IndexSettings, embedder: any Embedder,
                              replacing: Bool = false,
                              vectorOptions: VectorDatabase.Options = VectorDatabase.Options()) throws(RAGError) -> RAG {
        try validate(settings, embedder: embedder)
        try requireFolder(root)
        let layout = IndexDirectory(directory)
        if !replacing, layout.liveData != nil {
            throw RAGError(.indexExists, "An index already exists at \(layout.url.path): open it, or rebuild it.", remedy: .reindex)
        }
        do {
            try FileManager.default.createDirectory(at: layout.url, withIntermediateDirectories: true)
        } catch {
            throw RAGError.storage("create the index directory \(layout.url.path)", error)
        }
        let lock = try IndexLock(directory: layout.url)
        defer { lock.release() }
        let data = try layout.beginStaging()
        let store = try StoredIndex.create(data: data, layout: layout, root: root.standardizedFileURL, settings: settings,
                                           vectorOptions: vectorOptions, reusingVectorsFrom: nil)
        try layout.promoteStaging(settingAside: false)
        return RAG(store: store, embedder: embedder)
    }

    /// Opens an existing index to search it, ask it, or update it.
    ///
    /// Nothing is loaded but the settings: the vectors are loaded on the first search that needs them. When the
    /// process cannot write the index, it is opened read-only (searching and status work; indexing is refused).
    /// - Parameters:
    ///   - directory: The index directory.
    ///   - embedder: The embedder to use; `nil` (the default) uses ``LocalEmbedder`` when the index
    ///     was built with it, and otherwise opens without one (status and keyword search still work).
    ///   - vectorOptions: How the vector store is opened and searched: scan threads, a quantized copy, huge pages
    ///     (defaults: all processors, none, on; see `VectorDatabase.Options`).
    /// - Returns: The open index.
    /// - Throws: ``RAGError`` `.noIndex`, `.embeddingModelMismatch`, `.indexDamaged`, `.readOnly`, `.storage`.
    public static func open(at directory: URL, embedder: (any Embedder)? = nil,
                            vectorOptions: VectorDatabase.Options = VectorDatabase.Options()) throws(RAGError) -> RAG {
        if PostgresLocation.isPostgres(directory) {
            throw RAGError(.invalidArgument, "An index in PostgreSQL opens asynchronously: use open(at:providers:needsEmbedder:vectorOptions:).")
        }
        let stored = try liveIndex(IndexDirectory(directory))
        if let embedder { try requireMatch(embedder, stored.settings) }
        return RAG(store: try stored.store(vectorOptions: vectorOptions, repairingVectors: false),
                   embedder: embedder ?? lexicalEmbedder(for: stored.settings))
    }

    /// Opens an existing index with the embedder its settings and `providers` resolve to: the index's own unless
    /// `providers` names another (refused when it differs from the index's model).
    ///
    /// - Parameters:
    ///   - directory: The index directory.
    ///   - providers: The provider choices and environment.
    ///   - needsEmbedder: Whether the caller will embed text; without one (keyword search, status) an index built
    ///     with a remote embedder opens without a key.
    ///   - vectorOptions: How the vector store is opened and searched.
    /// - Returns: The open index; the vectors are loaded once, on first use.
    /// - Throws: ``RAGError`` as ``open(at:embedder:vectorOptions:)``, and provider errors.
    public static func open(at directory: URL, providers: ProviderRequest, needsEmbedder: Bool = true,
                            vectorOptions: VectorDatabase.Options = VectorDatabase.Options()) async throws -> RAG {
        if PostgresLocation.isPostgres(directory) {
            return try await openPostgres(at: directory, providers: providers, needsEmbedder: needsEmbedder, vectorOptions: vectorOptions)
        }
        let stored = try liveIndex(IndexDirectory(directory))
        let embedder = try await readingEmbedder(for: stored.settings, providers: providers, needsEmbedder: needsEmbedder)
        return RAG(store: try stored.store(vectorOptions: vectorOptions, repairingVectors: false), embedder: embedder)
    }

    // MARK: Settings and checks

    /// The settings of a new index: the request's choices, else the previous index's (when it used the same
    /// embedder), else the embedder's preferred chunk size, else the defaults.
    static func newSettings(for request: IndexingRequest, previous: IndexSettings?, embedder: any Embedder) throws(RAGError) -> IndexSettings {
        var settings = IndexSettings(embedder: embedder)
        // Heading-aware chunks measured better than token windows on both labelled sets (Benchmarks/RetrievalQuality).
        settings.chunker = request.chunker ?? previous?.chunker ?? .markdown
        let sameEmbedder = previous?.embeddingModel == embedder.model
        let preferredSize = embedder.preferredChunkSize
        settings.chunkSize = request.chunkSize ?? (sameEmbedder ? previous?.chunkSize : nil) ?? preferredSize ?? previous?.chunkSize
            ?? settings.chunkSize
        settings.chunkOverlap = request.chunkOverlap ?? (sameEmbedder ? previous?.chunkOverlap : nil)
            ?? preferredSize.map { $0 / 5 } ?? previous?.chunkOverlap ?? settings.chunkOverlap
        try validate(settings, embedder: embedder)
        return settings
    }

    /// Refuses a request an existing index cannot honour without a rebuild: another folder, other chunking.
    static func check(_ request: IndexingRequest, settings: IndexSettings, root: URL, index: String) throws(RAGError) {
        if let folder = request.root,
           folder.standardizedFileURL.resolvingSymlinksInPath().path != root.standardizedFileURL.resolvingSymlinksInPath().path {
            throw RAGError(.folderMismatch,
                           "The index at \(index) is for \(root.path), not \(folder.standardizedFileURL.path): use a separate index for that folder, or rebuild this one for it.",
                           remedy: .chooseIndexLocation)
        }
        var changed: [String] = []
        if let chunker = request.chunker, chunker != settings.chunker { changed.append("chunker \(chunker) (index: \(settings.chunker))") }
        if let size = request.chunkSize, size != settings.chunkSize { changed.append("chunk size \(size) (index: \(settings.chunkSize))") }
        if let overlap = request.chunkOverlap, overlap != settings.chunkOverlap {
            changed.append("overlap \(overlap) (index: \(settings.chunkOverlap))")
        }
        if !changed.isEmpty {
            throw RAGError(.settingsMismatch,
                           "This index was built with other chunking: \(changed.joined(separator: ", ")); rebuild it to change chunking.",
                           remedy: .matchChunking)
        }
    }

    /// The embedder to read an index with: the index's own unless `providers` names another (refused when it
    /// differs from the index's model); none when the caller will not embed and the index needs a remote one.
    static func readingEmbedder(for settings: IndexSettings, providers: ProviderRequest, needsEmbedder: Bool) async throws -> (any Embedder)? {
        let explicit = providers.embedder != nil || providers.embeddingModel != nil
        let embedder: (any Embedder)?
        if explicit || (needsEmbedder && settings.embeddingModel != LocalEmbedder.modelName) {
            embedder = try await ProviderResolver.embedder(for: providers, index: settings)
        } else {
            embedder = lexicalEmbedder(for: settings)
        }
        if let embedder { try requireMatch(embedder, settings) }
        return embedder
    }

    /// The live index of `layout`.
    /// - Throws: ``RAGError/Kind/noIndex`` when there is none; the errors of reading it.
    private static func liveIndex(_ layout: IndexDirectory) throws(RAGError) -> StoredIndex {
        guard let data = layout.liveData else {
            throw RAGError(.noIndex, "No index at \(layout.url.path): index a folder first, or point to an existing index.",
                           remedy: .createIndex)
        }
        return try StoredIndex.read(data: data, layout: layout)
    }

    /// The built-in lexical embedder when the index was built with it (it needs no key, no model, no server).
    static func lexicalEmbedder(for settings: IndexSettings) -> LocalEmbedder? {
        settings.embeddingModel == LocalEmbedder.modelName ? LocalEmbedder(dimensions: settings.dimensions) : nil
    }

    /// The live index, or `nil` and whether that is because it is damaged.
    private static func readLive(_ layout: IndexDirectory) throws(RAGError) -> (index: StoredIndex?, damaged: Bool) {
        guard let data = layout.liveData else { return (nil, false) }
        do {
            return (try StoredIndex.read(data: data, layout: layout), false)
        } catch {
            guard error.kind == .indexDamaged else { throw error }
            return (nil, true)
        }
    }

    static func requireFolder(_ root: URL) throws(RAGError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.standardizedFileURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RAGError(.folderNotFound, "The folder \(root.standardizedFileURL.path) does not exist or is not a directory: check the path.")
        }
    }

    static func requireMatch(_ embedder: any Embedder, _ settings: IndexSettings) throws(RAGError) {
        guard embedder.model == settings.embeddingModel, embedder.dimensions == settings.dimensions else {
            throw RAGError(.embeddingModelMismatch,
                           "This index was built with \(settings.embeddingModel) (\(settings.dimensions) dimensions), not \(embedder.model) (\(embedder.dimensions) dimensions): use the index's model, or rebuild the index.",
                           remedy: .chooseEmbeddingModel)
        }
    }

    static func validate(_ settings: IndexSettings, embedder: any Embedder) throws(RAGError) {
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
    }
}

/// The lock an index opened for indexing holds, and what completing its run switches in.
final class IndexingSession: Sendable {
    let lock: any IndexingLock
    /// Whether a completed run makes the generation being built the live index.
    let promotesStaging: Bool
    /// Whether the index it replaces is damaged and kept aside rather than deleted.
    let setsAside: Bool
    /// Whether the generation being built (a first build, replacing nothing) becomes live as soon as the run has
    /// shown that its settings work, rather than when the run completes.
    let promotesEarly: Bool
    /// Whether the run builds a first index, whose settings are not pinned until it has written something.
    let isFirstBuild: Bool
    /// Switches a rebuilt index in where it is not a generation directory (PostgreSQL's schema swap).
    let promote: (@Sendable () async throws(RAGError) -> Void)?
    private let established = LockedValue(false)

    init(lock: any IndexingLock, promotesStaging: Bool, setsAside: Bool, promotesEarly: Bool = false, isFirstBuild: Bool = false,
         promote: (@Sendable () async throws(RAGError) -> Void)? = nil) {
        self.lock = lock
        self.promotesStaging = promotesStaging
        self.setsAside = setsAside
        self.promotesEarly = promotesEarly
        self.isFirstBuild = isFirstBuild || promotesEarly
        self.promote = promote
    }

    /// Whether the run builds something already pinned to its settings: any index but a first build that has
    /// written nothing yet.
    var isEstablished: Bool { !isFirstBuild || established.withLock { $0 } }

    /// Called when the run has written something its settings made (vectors stored, documents committed): a first
    /// build becomes the live index then. Later calls do nothing.
    func establish(_ layout: IndexDirectory?) throws(RAGError) {
        let first = established.withLock { established in
            defer { established = true }
            return !established
        }
        if first, promotesEarly, let layout { try layout.promoteStaging(settingAside: false) }
    }

    /// Called after a complete run: switches the new generation in (unless it already is), then releases the lock
    /// and returns once another run can take it.
    func finish(_ layout: IndexDirectory?) async throws(RAGError) {
        do {
            try await promoteIfNeeded(layout)
        } catch {
            await lock.releaseAndWait()
            throw error
        }
        await lock.releaseAndWait()
    }

    private func promoteIfNeeded(_ layout: IndexDirectory?) async throws(RAGError) {
        guard promotesStaging else { return }
        if let layout {
            // `rag mirror` does not wait for a rebuild: what it recorded in the live index meanwhile is carried over.
            if let staging = layout.stagingData, let live = layout.liveData, staging != live,
               let catalog = try? Catalog(url: staging.appending(path: Catalog.fileName), create: false) {
                catalog.copyMirrorLedger(from: live.appending(path: Catalog.fileName), replacing: true)
            }
            try layout.promoteStaging(settingAside: setsAside)
        }
        try await promote?()
    }
}

/// How an index's vector store is opened and searched (scan threads, a quantized copy, huge pages, read-only):
/// VectorIndex's options, named here so callers of RAGKit need not import VectorIndex.
public typealias VectorStoreOptions = VectorDatabase.Options
