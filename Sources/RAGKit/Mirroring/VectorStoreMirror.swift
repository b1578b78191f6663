import Foundation
import OpenAIClient

/// Makes an OpenAI vector store match a local index, file by file, by content hash.
///
/// A run resolves the store (the one given, the one recorded, or a new one), lists its files, plans with
/// ``MirrorPlanner``, then uploads new and changed files several at a time (multipart above
/// ``MirrorOptions/multipartThreshold``), attaches them in file batches with their attributes and the index's
/// static chunking, waits (bounded) until the store has processed them, and removes what the folder no longer
/// has. Every step is recorded in the ``MirrorLedger`` as it happens, so a run killed anywhere is finished by
/// the next one without duplicating files, and a second run in a row sends no upload.
///
/// ```swift
/// let mirror = VectorStoreMirror(client: client, ledger: ledger, root: folder, chunking: .init(maxChunkSizeTokens: 800, chunkOverlapTokens: 400))
/// let summary = try await mirror.sync(local: files) { event in print(event) }
/// print(summary.uploaded.count, "uploaded,", summary.failed.count, "failed")
/// ```
public struct VectorStoreMirror: Sendable {
    /// The client requests go through.
    public let client: OpenAI
    /// Where the mirror's state is recorded.
    public let ledger: any MirrorLedger
    /// The indexed folder local paths are relative to.
    public let root: URL
    /// The chunking every attached file gets (the index's sizes, so local and remote retrieval compare).
    public let chunking: StaticChunkingStrategy
    /// Decides what to upload and remove.
    public var planner: MirrorPlanner

    /// Creates a mirror.
    ///
    /// - Parameters:
    ///   - client: The OpenAI client.
    ///   - ledger: The mirror's records: an index's own (``RAG/mirrorLedger()``), or a ``SQLiteMirrorLedger``.
    ///   - root: The indexed folder.
    ///   - chunking: The static chunking for attached files.
    ///   - planner: The planner; the default one (file search's extensions, 512 MB) by default.
    public init(client: OpenAI, ledger: any MirrorLedger, root: URL, chunking: StaticChunkingStrategy, planner: MirrorPlanner = MirrorPlanner()) {
        self.client = client
        self.ledger = ledger
        self.root = root
        self.chunking = chunking
        self.planner = planner
    }

    /// The index's chunk size and overlap as the API's static strategy, brought within its limits
    /// (100…4096 tokens, overlap at most half).
    public static func chunking(chunkSize: Int, chunkOverlap: Int) -> StaticChunkingStrategy {
        let size = min(max(chunkSize, StaticChunkingStrategy.maxChunkSizeRange.lowerBound), StaticChunkingStrategy.maxChunkSizeRange.upperBound)
        return StaticChunkingStrategy(maxChunkSizeTokens: size, chunkOverlapTokens: min(max(chunkOverlap, 0), size / 2))
    }

    /// Runs the mirror.
    ///
    /// - Parameters:
    ///   - local: The files of the local index.
    ///   - options: Store, dry run, concurrency, batching and waiting; the defaults by default.
    ///   - onEvent: Receives progress as it happens; ignored by default.
    /// - Returns: What the run did. Files that failed to upload or process are in ``MirrorSummary/failed``, not thrown.
    /// - Throws: ``RAGError``: ``RAGError/Kind/vectorStoreNotFound`` for an unknown `--vector-store`,
    ///   ``RAGError/Kind/quotaExhausted``, ``RAGError/Kind/apiKeyRejected``, ``RAGError/Kind/serverUnreachable``,
    ///   ``RAGError/Kind/rateLimited`` when the run cannot go on, ``RAGError/Kind/storage`` when the records cannot be written.
    public func sync(
        local: [MirrorLocalFile],
        options: MirrorOptions = MirrorOptions(),
        onEvent: @escaping @Sendable (MirrorEvent) -> Void = { _ in }
    ) async throws(RAGError) -> MirrorSummary {
        try options.validate()
        let (storeID, created) = try await resolveStore(options)
        var records: [MirrorRecord] = []
        var remote: [MirrorRemoteFile] = []
        if let storeID {
            records = try await ledger.records()
            remote = try await listFiles(storeID)
        }
        let plan = planner.plan(local: local, records: records, remote: remote)
        onEvent(.planned(plan, vectorStoreID: storeID))

        var summary = MirrorSummary(vectorStoreID: storeID, createdStore: created, dryRun: options.dryRun)
        summary.unchanged = plan.unchanged
        summary.skipped = plan.skipped
        summary.failed = plan.failures.map { MirrorSkip(relativePath: $0.relativePath, reason: Self.describe($0.failure)) }
        guard let storeID, !options.dryRun else {
            summary.uploaded = plan.uploads.filter { $0.replacing == nil }.map(\.file.relativePath)
            summary.replaced = plan.uploads.filter { $0.replacing != nil }.map(\.file.relativePath)
            summary.removed = plan.removals.map { $0.relativePath ?? $0.fileID }
            summary.adopted = plan.adoptions.map(\.file.relativePath)
            summary.attributesUpdated = plan.attributeUpdates.map(\.relativePath)
            onEvent(.finished(summary))
            return summary
        }

        if try await ledger.store()?.wasInterrupted == true {
            let known = Set(records.map(\.fileID) + records.compactMap(\.supersededFileID) + remote.map(\.id))
            try await deleteOrphanUploads(storeID: storeID, known: known)
        }
        try await ledger.beginRun()

        var waiting: [String: MirrorRecord] = [:]
        let recordsByFileID = Dictionary(records.map { ($0.fileID, $0) }, uniquingKeysWith: { first, _ in first })
        for adoption in plan.adoptions {
            let record = try await saveOutcome(adoption.file, fileID: adoption.remote.id, remote: adoption.remote,
                                               supersededFileID: recordsByFileID[adoption.remote.id]?.supersededFileID, onEvent: onEvent)
            summary.adopted.append(adoption.file.relativePath)
            if record.state == .pending { waiting[record.fileID] = record }
        }
        for update in plan.attributeUpdates {
            _ = try await call("update the attributes of \(update.relativePath)") { () throws(OpenAIError) in
                try await client.vectorStores.files.update(update.fileID, vectorStoreID: storeID, attributes: update.attributes)
            }
            summary.attributesUpdated.append(update.relativePath)
        }

        let uploaded = try await upload(plan.uploads, storeID: storeID, options: options, summary: &summary, onEvent: onEvent)
        for start in stride(from: 0, to: uploaded.count, by: options.batchSize) {
            let batch = Array(uploaded[start..<min(start + options.batchSize, uploaded.count)])
            let request = CreateVectorStoreFileBatchRequest(files: batch.map {
                CreateVectorStoreFileRequest(fileID: $0.record.fileID, attributes: $0.upload.attributes, chunkingStrategy: .static(chunking))
            })
            _ = try await call("attach \(batch.count) files to \(storeID)") { () throws(OpenAIError) in
                try await client.vectorStores.fileBatches.create(vectorStoreID: storeID, request)
            }
            for item in batch {
                // Counted once attached: an upload whose attach failed is neither uploaded nor replaced.
                if item.upload.replacing == nil { summary.uploaded.append(item.upload.file.relativePath) } else { summary.replaced.append(item.upload.file.relativePath) }
                waiting[item.record.fileID] = item.record
            }
            // A changed file's versions that can no longer be searched go now; its last searchable one stays (the
            // record names it) until the new one has been processed.
            for item in batch {
                for fileID in item.upload.replacing?.versionsOnReplacement.discarded ?? [] where fileID != item.record.fileID {
                    try await remove(MirrorRemoval(relativePath: nil, fileID: fileID, isAttached: true, deletesFile: true, reason: .superseded),
                                     from: storeID, onEvent: { _ in })
                }
            }
        }

        for removal in plan.removals {
            let name = if let path = removal.relativePath { path } else { await foreignName(removal.fileID) }
            try await remove(removal, from: storeID, onEvent: onEvent)
            summary.removed.append(name)
        }

        let stillWaiting = try await awaitProcessing(waiting, storeID: storeID, options: options, summary: &summary, onEvent: onEvent)
        summary.pending = stillWaiting.values.map(\.relativePath).sorted()
        try await retireSupersededVersions(storeID: storeID)
        try await ledger.recordSync(summary)
        onEvent(.finished(summary))
        return summary
    }

    // MARK: Store

    private func resolveStore(_ options: MirrorOptions) async throws(RAGError) -> (id: String?, created: Bool) {
        let recorded = try await ledger.store()?.vectorStoreID
        if let requested = options.vectorStoreID {
            guard try await storeExists(requested) else {
                throw RAGError(.vectorStoreNotFound, "The vector store \(requested) does not exist (or this API key cannot see it): check the id, or mirror without naming a store to create one.")
            }
            if !options.dryRun { try await ledger.setStore(requested) }
            return (requested, false)
        }
        if let recorded, try await storeExists(recorded) {
            return (recorded, false)
        }
        // The recorded store is gone (deleted by someone else): its uploads are orphans now. Recording the new
        // store below forgets their records.
        if recorded != nil, !options.dryRun {
            for record in try await ledger.records() {
                _ = try? await client.files.delete(record.fileID)
            }
        }
        guard !options.dryRun else { return (nil, false) }
        let name = options.storeName ?? "RAGKit: \(root.lastPathComponent)"
        let store = try await call("create a vector store") { () throws(OpenAIError) in
            try await client.vectorStores.create(CreateVectorStoreRequest(name: name, metadata: ["created_by": "ragkit"]))
        }
        try await ledger.setStore(store.id)
        return (store.id, true)
    }

    private func storeExists(_ id: String) async throws(RAGError) -> Bool {
        do throws(OpenAIError) {
            _ = try await client.vectorStores.retrieve(id)
            return true
        } catch let error where error.status == 404 {
            return false
        } catch {
            throw RAGError(mirroring: error, while: "look up the vector store \(id)", configuration: client.configuration)
        }
    }

    private func listFiles(_ storeID: String, status: VectorStoreFileStatus? = nil) async throws(RAGError) -> [MirrorRemoteFile] {
        var files: [MirrorRemoteFile] = []
        do throws(OpenAIError) {
            for try await file in client.vectorStores.files.listAll(vectorStoreID: storeID, filter: status, pageSize: 100) {
                files.append(MirrorRemoteFile(file))
            }
        } catch {
            throw RAGError(mirroring: error, while: "list the files of \(storeID)", configuration: client.configuration)
        }
        return files
    }

    /// The files still processing, and the metadata of the responses that listed them.
    private func listInProgress(_ storeID: String) async throws(RAGError) -> ([MirrorRemoteFile], [ResponseMetadata]) {
        do {
            return try await OpenAI.withResponseMetadata { try await listFiles(storeID, status: .inProgress) }
        } catch let error as RAGError {
            throw error
        } catch {
            throw RAGError(.provider, "Could not list the files still processing in \(storeID): \(error)", underlying: error)
        }
    }

    /// How the summary names a file someone else attached: its file name and id, or the id alone when the file
    /// cannot be read.
    private func foreignName(_ fileID: String) async -> String {
        do throws(OpenAIError) {
            guard let filename = try await client.files.retrieve(fileID).filename else { return fileID }
            return "\(filename) (\(fileID))"
        } catch {
            return fileID
        }
    }

    /// One file of the store, or `nil` when it is not attached (404).
    private func retrieveFile(_ fileID: String, storeID: String) async throws(RAGError) -> MirrorRemoteFile? {
        do throws(OpenAIError) {
            return MirrorRemoteFile(try await client.vectorStores.files.retrieve(fileID, vectorStoreID: storeID))
        } catch {
            guard error.status == 404 else {
                throw RAGError(mirroring: error, while: "check the processing of \(fileID)", configuration: client.configuration)
            }
            return nil
        }
    }

    // MARK: Uploading

    private struct Uploaded: Sendable {
        var upload: MirrorUpload
        var record: MirrorRecord
    }

    /// Uploads with a bound on concurrency, recording each file as pending the moment it is stored.
    private func upload(
        _ uploads: [MirrorUpload],
        storeID: String,
        options: MirrorOptions,
        summary: inout MirrorSummary,
        onEvent: @escaping @Sendable (MirrorEvent) -> Void
    ) async throws(RAGError) -> [Uploaded] {
        var saveError: RAGError?
        let results = await withTaskGroup(of: (Int, Result<OpenAIFile, OpenAIError>).self) { group in
            var collected = [Result<OpenAIFile, OpenAIError>?](repeating: nil, count: uploads.count)
            var next = 0
            func startNext() {
                guard next < uploads.count else { return }
                let index = next
                next += 1
                let file = uploads[index].file
                group.addTask {
                    // The index is paired with the result outside any typed-throws `do`: Swift 6.3's optimizer
                    // returned a garbage index from a `do throws(…) { return (index, …) }` in this closure.
                    (index, await sendCapturingFailure(file, storeID: storeID, options: options))
                }
            }
            for _ in 0..<min(options.maxConcurrentUploads, uploads.count) { startNext() }
            var done = 0
            while let (index, result) = await group.next() {
                collected[index] = result
                // Recorded here, one by one, so a run killed now still knows the file it paid for.
                if case .success(let file) = result {
                    done += 1
                    let record = uploads[index].pendingRecord(fileID: file.id)
                    do throws(RAGError) { try await ledger.save(record) } catch { saveError = saveError ?? error }
                    onEvent(.uploaded(path: record.relativePath, done: done, total: uploads.count))
                }
                startNext()
            }
            return collected
        }
        if let saveError { throw saveError }
        var uploaded: [Uploaded] = []
        for (upload, result) in zip(uploads, results) {
            summary.uploadRequests += 1
            switch result {
            case .success(let file)?:
                uploaded.append(Uploaded(upload: upload, record: upload.pendingRecord(fileID: file.id)))
            case .failure(let error)?:
                if RAGError.endsRun(error) { throw RAGError(error, configuration: client.configuration) }
                let reason = error.message
                summary.failed.append(MirrorSkip(relativePath: upload.file.relativePath, reason: "upload failed: \(reason)"))
                onEvent(.uploadFailed(path: upload.file.relativePath, reason: reason))
            case nil:
                break
            }
        }
        return uploaded
    }

    /// The name a file is uploaded under: the store id, then the path (`/` as `__`), so names stay readable in the
    /// dashboard and a run can find the uploads an interrupted run made but never recorded.
    static func uploadName(for relativePath: String, storeID: String) -> String {
        "\(storeID)--" + relativePath.replacingOccurrences(of: "/", with: "__")
    }

    /// Deletes files this mirror uploaded (by their name) that are neither recorded nor attached: a run was
    /// killed between an upload and its record.
    private func deleteOrphanUploads(storeID: String, known: Set<String>) async throws(RAGError) {
        var orphans: [String] = []
        do throws(OpenAIError) {
            for try await file in client.files.listAll(purpose: .assistants) {
                if !known.contains(file.id), file.filename?.hasPrefix("\(storeID)--") == true { orphans.append(file.id) }
            }
        } catch {
            throw RAGError(mirroring: error, while: "list the uploaded files", configuration: client.configuration)
        }
        for id in orphans {
            try await ignoringNotFound("delete the orphan upload \(id)") { () throws(OpenAIError) in
                _ = try await client.files.delete(id)
            }
        }
    }

    /// ``send(_:storeID:options:)`` with its failure as a value, for task groups that must keep going.
    private func sendCapturingFailure(_ file: MirrorLocalFile, storeID: String,
                                      options: MirrorOptions) async -> Result<OpenAIFile, OpenAIError> {
        do throws(OpenAIError) {
            return .success(try await send(file, storeID: storeID, options: options))
        } catch {
            return .failure(error)
        }
    }

    private func send(_ file: MirrorLocalFile, storeID: String, options: MirrorOptions) async throws(OpenAIError) -> OpenAIFile {
        let url = file.url(in: root)
        let filename = Self.uploadName(for: file.relativePath, storeID: storeID)
        if file.byteCount >= options.multipartThreshold {
            return try await client.uploads.upload(fileURL: url, purpose: .assistants, filename: filename, partSize: options.multipartPartSize)
        }
        return try await client.files.create(CreateFileRequest(fileURL: url, purpose: .assistants, filename: filename))
    }

    // MARK: Processing

    /// Waits until none of `waiting` is in progress or the wait runs out; records each outcome.
    /// Returns the files still in progress.
    private func awaitProcessing(
        _ waiting: [String: MirrorRecord],
        storeID: String,
        options: MirrorOptions,
        summary: inout MirrorSummary,
        onEvent: @escaping @Sendable (MirrorEvent) -> Void
    ) async throws(RAGError) -> [String: MirrorRecord] {
        var remaining = waiting
        var waited = Duration.zero
        while !remaining.isEmpty {
            // Only the files still processing are listed; each file that left the list is retrieved once for its outcome.
            let (listing, metadata) = try await listInProgress(storeID)
            let inProgress = Set(listing.map(\.id))
            for (fileID, record) in remaining.sorted(by: { $0.key < $1.key }) where !inProgress.contains(fileID) {
                guard let remote = try await retrieveFile(fileID, storeID: storeID) else {
                    // Detached meanwhile (by someone else): the next run uploads it again.
                    remaining[fileID] = nil
                    continue
                }
                guard remote.status != .inProgress else { continue }
                let local = MirrorLocalFile(relativePath: record.relativePath, contentHash: record.contentHash, byteCount: 0)
                try await saveOutcome(local, fileID: fileID, remote: remote, supersededFileID: record.supersededFileID, onEvent: onEvent)
                if remote.status != .completed {
                    summary.failed.append(MirrorSkip(relativePath: record.relativePath, reason: Self.describe(remote.failure, status: remote.status)))
                }
                remaining[fileID] = nil
            }
            onEvent(.processing(inProgress: remaining.count, total: waiting.count))
            guard !remaining.isEmpty, waited < options.waitTimeout else { break }
            // The server's `openai-poll-after-ms`, when it sends one, wins over the default interval.
            let interval = metadata.compactMap(\.pollAfter).max() ?? options.pollInterval
            let pause = min(max(interval, .milliseconds(1)), options.waitTimeout - waited)
            do { try await options.sleep(pause) } catch { throw RAGError(.provider, "The mirror run was cancelled while waiting for the store to process files; mirror again to finish.") }
            waited += pause
        }
        return remaining
    }

    /// Records `file` as mirrored by `fileID` in the state `remote` shows, still keeping its earlier version
    /// `supersededFileID` (``retireSupersededVersions(storeID:)`` deletes it once `fileID` is processed).
    @discardableResult
    private func saveOutcome(_ file: MirrorLocalFile, fileID: String, remote: MirrorRemoteFile, supersededFileID: String?,
                             onEvent: @Sendable (MirrorEvent) -> Void) async throws(RAGError) -> MirrorRecord {
        var record = MirrorRecord(relativePath: file.relativePath, fileID: fileID, contentHash: file.contentHash, supersededFileID: supersededFileID)
        switch remote.status {
        case .completed:
            record.state = .synced
        case .inProgress:
            record.state = .pending
        default:
            record.state = .failed
            record.failure = remote.failure ?? MirrorFailure(code: "", message: "processing ended with status \(remote.status.rawValue)")
            onEvent(.processingFailed(path: file.relativePath, failure: record.failure ?? MirrorFailure(code: "", message: "")))
        }
        try await ledger.save(record)
        return record
    }

    // MARK: Removing

    /// Deletes the earlier version of every file whose replacement has been processed, in this run or an earlier
    /// one, and forgets it. A replacement still pending or failed keeps its earlier version searchable.
    private func retireSupersededVersions(storeID: String) async throws(RAGError) {
        for var record in try await ledger.records() where record.state == .synced {
            guard let superseded = record.supersededFileID else { continue }
            try await remove(MirrorRemoval(relativePath: record.relativePath, fileID: superseded, isAttached: true, deletesFile: true,
                                           reason: .superseded), from: storeID, onEvent: { _ in })
            record.supersededFileID = nil
            try await ledger.save(record)
        }
    }

    private func remove(_ removal: MirrorRemoval, from storeID: String, onEvent: @Sendable (MirrorEvent) -> Void) async throws(RAGError) {
        if removal.isAttached {
            try await ignoringNotFound("detach \(removal.fileID) from \(storeID)") { () throws(OpenAIError) in
                _ = try await client.vectorStores.files.delete(removal.fileID, vectorStoreID: storeID)
            }
        }
        if removal.deletesFile {
            try await ignoringNotFound("delete the file \(removal.fileID)") { () throws(OpenAIError) in
                _ = try await client.files.delete(removal.fileID)
            }
        }
        if removal.reason == .deletedLocally, let path = removal.relativePath {
            try await ledger.removeRecord(path, fileID: removal.fileID)
        }
        onEvent(.removed(path: removal.relativePath, fileID: removal.fileID))
    }

    private func ignoringNotFound(_ action: String, _ body: () async throws(OpenAIError) -> Void) async throws(RAGError) {
        do throws(OpenAIError) {
            try await body()
        } catch let error where error.status == 404 {
            return
        } catch {
            throw RAGError(mirroring: error, while: action, configuration: client.configuration)
        }
    }

    private func call<T>(_ action: String, _ body: () async throws(OpenAIError) -> T) async throws(RAGError) -> T {
        do throws(OpenAIError) {
            return try await body()
        } catch {
            throw RAGError(mirroring: error, while: action, configuration: client.configuration)
        }
    }

    static func describe(_ failure: MirrorFailure?, status: VectorStoreFileStatus = .failed) -> String {
        guard let failure, !(failure.code.isEmpty && failure.message.isEmpty) else { return "processing \(status.rawValue)" }
        return failure.code.isEmpty ? failure.message : "\(failure.code): \(failure.message)"
    }
}

extension RAGError {
    /// The error a mirror run stops with when `error` ends it.
    init(mirroring error: OpenAIError, while action: String, configuration: OpenAIConfiguration) {
        self = RAGError.endsRun(error) ? RAGError(error, configuration: configuration)
            : RAGError(.provider, "Could not \(action): \(error.message)", underlying: error)
    }
}
