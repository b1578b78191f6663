import OpenAIClient

/// Decides what a mirror run does: compares the local files, the records of earlier runs and the store's
/// listing, and returns a ``MirrorPlan``. Pure: it sends nothing and records nothing.
///
/// For each local file the planner applies, in order:
/// - not accepted by file search (extension, size, empty) → skipped, with the reason;
/// - no record → adopt a listed file carrying the same path and content hash (a run stopped between uploading and
///   recording), else upload;
/// - recorded with another content hash → upload, replacing the recorded file;
/// - recorded, but the store does not list the file → upload again (the stale upload is deleted);
/// - listed as in progress, or completed while the record is not yet synced → adopt (record and, if need be, wait);
/// - listed as failed → upload again when the reason is transient, else keep the failure until the file changes;
/// - listed as completed and recorded synced → unchanged, or an attribute update when the attributes differ.
///
/// Records without a local file are removed (detached and deleted), with the earlier version a record keeps
/// (``MirrorRecord/supersededFileID``); listed files nobody accounts for are detached, and deleted only when their
/// attributes show RAGKit mirrored them.
///
/// ```swift
/// let plan = MirrorPlanner().plan(local: files, records: try await ledger.records(), remote: listing)
/// print(plan.uploads.count, "to upload,", plan.removals.count, "to remove")
/// ```
public struct MirrorPlanner: Sendable {
    /// The extensions OpenAI file search accepts.
    public static let fileSearchExtensions: Set<String> = [
        "c", "cpp", "cs", "css", "doc", "docx", "go", "html", "java", "js", "json", "md", "pdf", "php", "pptx",
        "py", "rb", "sh", "tex", "ts", "txt",
    ]
    /// The largest file the API stores: 512 MB.
    public static let maxFileBytes = 512 * 1024 * 1024

    /// The extensions uploaded; others are skipped.
    public var acceptedExtensions: Set<String>
    /// The largest file uploaded, in bytes; larger ones are skipped.
    public var maxFileBytes: Int

    /// Creates a planner.
    ///
    /// - Parameters:
    ///   - acceptedExtensions: Extensions to upload; ``fileSearchExtensions`` by default.
    ///   - maxFileBytes: The largest file to upload; ``maxFileBytes-type.property`` (512 MB) by default.
    public init(acceptedExtensions: Set<String> = MirrorPlanner.fileSearchExtensions, maxFileBytes: Int = MirrorPlanner.maxFileBytes) {
        self.acceptedExtensions = acceptedExtensions
        self.maxFileBytes = maxFileBytes
    }

    /// Plans a run.
    ///
    /// Complexity: O(n log n) in the number of files.
    ///
    /// - Parameters:
    ///   - local: The files of the local index (paths unique).
    ///   - records: The records of earlier runs.
    ///   - remote: The store's files, as listed now.
    /// - Returns: The plan; every list is sorted by path (removals of untracked files by id).
    public func plan(local: [MirrorLocalFile], records: [MirrorRecord], remote: [MirrorRemoteFile]) -> MirrorPlan {
        var plan = MirrorPlan()
        let recordsByPath = Dictionary(records.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        let remoteByID = Dictionary(remote.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // A changed file's earlier version, kept until its replacement is processed, is accounted for by its record.
        var accountedIDs = Set(records.map(\.vectorStoreFileID) + records.compactMap(\.supersededFileID))
        // Listed files that carry a path and hash but no record: uploaded by a run that stopped before recording.
        var unrecordedByKey: [String: MirrorRemoteFile] = [:]
        for file in remote.sorted(by: { $0.id < $1.id }) where !accountedIDs.contains(file.id) {
            guard let path = file.mirroredPathIdentity, let hash = file.mirroredContentHash else { continue }
            unrecordedByKey[path + "\u{0}" + hash] = unrecordedByKey[path + "\u{0}" + hash] ?? file
        }
        var keptPaths = Set<String>()

        for file in local.sorted(by: { $0.relativePath < $1.relativePath }) {
            if let reason = skipReason(file) {
                plan.skipped.append(MirrorSkip(relativePath: file.relativePath, reason: reason))
                continue
            }
            keptPaths.insert(file.relativePath)
            let attributes = MirrorAttributes.make(for: file)
            guard let record = recordsByPath[file.relativePath] else {
                if let listed = unrecordedByKey[MirrorAttributes.pathIdentity(of: file.relativePath) + "\u{0}" + file.contentHash] {
                    accountedIDs.insert(listed.id)
                    plan.adoptions.append(MirrorAdoption(file: file, remote: listed))
                } else {
                    plan.uploads.append(MirrorUpload(file: file, attributes: attributes, reason: .new, replacing: nil))
                }
                continue
            }
            guard record.contentHash == file.contentHash else {
                plan.uploads.append(MirrorUpload(file: file, attributes: attributes, reason: .changed, replacing: record))
                continue
            }
            guard let listed = remoteByID[record.vectorStoreFileID] else {
                plan.uploads.append(MirrorUpload(file: file, attributes: attributes, reason: .missingRemotely, replacing: record))
                continue
            }
            switch listed.status {
            case .inProgress:
                plan.adoptions.append(MirrorAdoption(file: file, remote: listed))
            case .completed:
                if record.state != .synced {
                    plan.adoptions.append(MirrorAdoption(file: file, remote: listed))
                } else if listed.attributes != attributes {
                    plan.attributeUpdates.append(MirrorAttributeUpdate(relativePath: file.relativePath, fileID: listed.id, attributes: attributes))
                } else {
                    plan.unchanged.append(file.relativePath)
                }
            case .failed where !(listed.failure?.isTransient ?? true):
                if record.state == .failed, record.failure == listed.failure {
                    plan.failures.append(record)
                } else {
                    plan.adoptions.append(MirrorAdoption(file: file, remote: listed))
                }
            default:
                plan.uploads.append(MirrorUpload(file: file, attributes: attributes, reason: .retry, replacing: record))
            }
        }

        for record in records.sorted(by: { $0.relativePath < $1.relativePath }) where !keptPaths.contains(record.relativePath) {
            if let superseded = record.supersededFileID {
                plan.removals.append(MirrorRemoval(
                    relativePath: record.relativePath, fileID: superseded, isAttached: remoteByID[superseded] != nil,
                    deletesFile: true, reason: .deletedLocally
                ))
            }
            plan.removals.append(MirrorRemoval(
                relativePath: record.relativePath, fileID: record.fileID, isAttached: remoteByID[record.vectorStoreFileID] != nil,
                deletesFile: true, reason: .deletedLocally
            ))
        }
        for file in remote.sorted(by: { $0.id < $1.id }) where !accountedIDs.contains(file.id) {
            plan.removals.append(MirrorRemoval(
                relativePath: file.mirroredPath, fileID: file.id, isAttached: true,
                deletesFile: file.mirroredPath != nil && file.mirroredContentHash != nil, reason: .untracked
            ))
        }
        return plan
    }

    /// Why file search cannot take `file`, or `nil` when it can.
    public func skipReason(_ file: MirrorLocalFile) -> String? {
        let fileExtension = file.fileExtension
        guard acceptedExtensions.contains(fileExtension) else {
            return fileExtension.isEmpty
                ? "file search does not accept files without an extension"
                : "file search does not accept .\(fileExtension) files"
        }
        guard file.byteCount > 0 else { return "the file is empty" }
        guard file.byteCount <= maxFileBytes else { return "the file is larger than the API's \(maxFileBytes / 1024 / 1024) MB limit" }
        return nil
    }
}
