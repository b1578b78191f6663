import Foundation

/// The mirror's memory: which vector store an index mirrors into, one ``MirrorRecord`` per mirrored file, and the
/// last run.
///
/// The seam between ``VectorStoreMirror`` and where its records are kept. ``SQLiteMirrorLedger`` keeps them in the
/// SQLite catalog of an index kept in files; an index kept in PostgreSQL keeps them in two tables of its schema
/// (`mirror_store`, `mirror_files`). ``RAG/mirrorLedger()`` returns the ledger of an open index, whichever it is.
///
/// ```swift
/// let ledger = rag.mirrorLedger()
/// if let status = try await ledger.status() { print(status.vectorStoreID, status.inSync, "in sync") }
/// ```
///
/// Implementers write every change at once (one transaction per call), so that a run killed at any point leaves
/// records the next run can trust: the mirror records a file ``MirrorFileState/pending`` as soon as it is uploaded.
/// There is no need to check records against the store or against each other: the mirror and ``MirrorPlanner`` do.
///
/// ## Topics
/// ### The store and its runs
/// - ``store()``
/// - ``setStore(_:)``
/// - ``beginRun(at:)``
/// - ``beginRun()``
/// - ``recordSync(_:at:)``
/// - ``recordSync(_:)``
/// - ``status()``
/// ### Files
/// - ``records()``
/// - ``save(_:)``
/// - ``removeRecord(_:fileID:)``
/// - ``pathsByFileID()``
public protocol MirrorLedger: Sendable {
    /// The store the index mirrors into, with the last run; `nil` before the first run.
    ///
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the records cannot be read.
    func store() async throws(RAGError) -> MirrorStoreRecord?

    /// Records the store the index mirrors into; moving to another store forgets the records of the old one (and
    /// its last run), recording the same store again changes nothing.
    ///
    /// - Parameter vectorStoreID: The store id (`vs_…`).
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the records cannot be written.
    func setStore(_ vectorStoreID: String) async throws(RAGError)

    /// Records the start of a run that changes the store; cleared by ``recordSync(_:at:)``, so that the next run
    /// knows when one was interrupted (``MirrorStoreRecord/wasInterrupted``). Does nothing before ``setStore(_:)``.
    ///
    /// - Parameter date: When the run began.
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the records cannot be written.
    func beginRun(at date: Date) async throws(RAGError)

    /// Records the end of a run: its summary and time, and that it was not interrupted.
    ///
    /// - Parameters:
    ///   - summary: What the run did.
    ///   - date: When it ended.
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the records cannot be written.
    func recordSync(_ summary: MirrorSummary, at date: Date) async throws(RAGError)

    /// Every record, sorted by path.
    ///
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the records cannot be read.
    func records() async throws(RAGError) -> [MirrorRecord]

    /// Writes a record, replacing the one for the same path.
    ///
    /// - Parameter record: The record.
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the records cannot be written.
    func save(_ record: MirrorRecord) async throws(RAGError)

    /// Forgets the record of `relativePath` if it is still for `fileID` (a newer upload keeps its record).
    ///
    /// - Parameters:
    ///   - relativePath: The file's path relative to the indexed folder.
    ///   - fileID: The uploaded file the record must name.
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the records cannot be written.
    func removeRecord(_ relativePath: String, fileID: String) async throws(RAGError)
}

extension MirrorLedger {
    /// Records the start of a run now; see ``beginRun(at:)``.
    ///
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the records cannot be written.
    public func beginRun() async throws(RAGError) {
        try await beginRun(at: Date())
    }

    /// Records the end of a run now; see ``recordSync(_:at:)``.
    ///
    /// - Parameter summary: What the run did.
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the records cannot be written.
    public func recordSync(_ summary: MirrorSummary) async throws(RAGError) {
        try await recordSync(summary, at: Date())
    }

    /// The local path of every file the records name (the file, its vector store file and an earlier version kept
    /// until its replacement is processed), by id: what search results and citations, which name files by id,
    /// are shown under.
    ///
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the records cannot be read.
    public func pathsByFileID() async throws(RAGError) -> [String: String] {
        try await records().reduce(into: [:]) { paths, record in
            for id in [record.fileID, record.vectorStoreFileID] + [record.supersededFileID].compactMap({ $0 }) {
                paths[id] = record.relativePath
            }
        }
    }

    /// Counts of records by state, with the store and last run, for `rag status`; `nil` before the first run.
    ///
    /// - Throws: ``RAGError`` (``RAGError/Kind/storage``) when the records cannot be read.
    public func status() async throws(RAGError) -> MirrorStatus? {
        guard let store = try await store() else { return nil }
        let records = try await records()
        return MirrorStatus(
            vectorStoreID: store.vectorStoreID,
            inSync: records.count(where: { $0.state == .synced }),
            pending: records.count(where: { $0.state == .pending }),
            failed: records.count(where: { $0.state == .failed }),
            lastSyncAt: store.lastSyncAt,
            lastSummary: store.lastSummary
        )
    }
}

/// The vector store an index mirrors into, and its last run.
public struct MirrorStoreRecord: Sendable, Hashable {
    /// The store id (`vs_…`).
    public var vectorStoreID: String
    /// When the last run ended.
    public var lastSyncAt: Date?
    /// What the last run did.
    public var lastSummary: MirrorSummary?
    /// Whether the last run that began changing the store did not finish.
    public var wasInterrupted: Bool
}

/// The mirror as `rag status` shows it.
public struct MirrorStatus: Sendable, Hashable, Codable {
    /// The store id.
    public var vectorStoreID: String
    /// Files processed and searchable in the store.
    public var inSync: Int
    /// Files uploaded whose processing has not been seen to end.
    public var pending: Int
    /// Files the store failed to process.
    public var failed: Int
    /// When the last run ended.
    public var lastSyncAt: Date?
    /// What the last run did.
    public var lastSummary: MirrorSummary?
}
