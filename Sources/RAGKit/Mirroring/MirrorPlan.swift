import OpenAIClient

/// What a mirror run has to do to make the vector store match the local index.
///
/// Made by ``MirrorPlanner`` from three views: the local files with their content hashes, the records of earlier
/// runs, and the store's own listing. Unchanged files appear only in ``unchanged``: they cost no request.
public struct MirrorPlan: Sendable, Hashable {
    /// Files to upload and attach, new or replacing an earlier upload.
    public var uploads: [MirrorUpload] = []
    /// Files to detach from the store, and usually to delete.
    public var removals: [MirrorRemoval] = []
    /// Files already in the store whose record must catch up (a run stopped before recording the outcome).
    public var adoptions: [MirrorAdoption] = []
    /// Files in sync whose attributes differ from what the local index says now.
    public var attributeUpdates: [MirrorAttributeUpdate] = []
    /// Paths already in sync.
    public var unchanged: [String] = []
    /// Files the store failed to process for a reason retrying would not fix, unchanged since.
    public var failures: [MirrorRecord] = []
    /// Local files the mirror leaves out, with the reason.
    public var skipped: [MirrorSkip] = []

    /// Creates an empty plan.
    public init() {}

    /// Whether the run has nothing to send.
    public var isEmpty: Bool {
        uploads.isEmpty && removals.isEmpty && adoptions.isEmpty && attributeUpdates.isEmpty
    }
}

/// A local file to upload and attach.
public struct MirrorUpload: Sendable, Hashable {
    /// Why the file is uploaded; an open set.
    public struct Reason: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The name.
        public var rawValue: String
        /// Creates a reason from its name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The name.
        public var description: String { rawValue }

        /// The file was never mirrored.
        public static let new = Self(rawValue: "new")
        /// The file's content changed since it was mirrored.
        public static let changed = Self(rawValue: "changed")
        /// The store no longer holds the mirrored file (removed by someone else, or never attached).
        public static let missingRemotely = Self(rawValue: "missing_remotely")
        /// The store failed to process it for a transient reason, or processing was cancelled.
        public static let retry = Self(rawValue: "retry")
    }

    /// The local file.
    public var file: MirrorLocalFile
    /// The attributes it gets in the store.
    public var attributes: [String: AttributeValue]
    /// Why it is uploaded.
    public var reason: Reason
    /// The earlier upload it replaces, detached and deleted once the new one is attached.
    public var replacing: MirrorRecord?

    /// Creates an upload.
    public init(file: MirrorLocalFile, attributes: [String: AttributeValue], reason: Reason, replacing: MirrorRecord?) {
        self.file = file
        self.attributes = attributes
        self.reason = reason
        self.replacing = replacing
    }
}

extension MirrorUpload {
    /// The record of this upload stored as `fileID`, pending until processed, keeping the last searchable version
    /// of the file it replaces.
    func pendingRecord(fileID: String) -> MirrorRecord {
        MirrorRecord(relativePath: file.relativePath, fileID: fileID, contentHash: file.contentHash,
                     supersededFileID: replacing?.versionsOnReplacement.kept.flatMap { $0 == fileID ? nil : $0 })
    }
}

/// A file to take out of the store.
public struct MirrorRemoval: Sendable, Hashable {
    /// Why the file goes; an open set.
    public struct Reason: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The name.
        public var rawValue: String
        /// Creates a reason from its name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The name.
        public var description: String { rawValue }

        /// The local file was deleted (or is no longer indexed).
        public static let deletedLocally = Self(rawValue: "deleted_locally")
        /// The store holds a file the local index does not account for.
        public static let untracked = Self(rawValue: "untracked")
        /// An earlier version of a changed file, no longer needed: its replacement was processed, or failed where
        /// the earlier one had failed too.
        public static let superseded = Self(rawValue: "superseded")
    }

    /// The local path the file stood for, when known.
    public var relativePath: String?
    /// The file id.
    public var fileID: String
    /// Whether the store still lists the file (so it must be detached first).
    public var isAttached: Bool
    /// Whether the file itself is deleted too, not only detached: files the mirror uploaded are, others are not.
    public var deletesFile: Bool
    /// Why the file goes.
    public var reason: Reason

    /// Creates a removal.
    public init(relativePath: String?, fileID: String, isAttached: Bool, deletesFile: Bool, reason: Reason) {
        self.relativePath = relativePath
        self.fileID = fileID
        self.isAttached = isAttached
        self.deletesFile = deletesFile
        self.reason = reason
    }
}

/// A file the store already holds, to record as the local file's mirror.
public struct MirrorAdoption: Sendable, Hashable {
    /// The local file.
    public var file: MirrorLocalFile
    /// The store's view of the file.
    public var remote: MirrorRemoteFile

    /// Creates an adoption.
    public init(file: MirrorLocalFile, remote: MirrorRemoteFile) {
        self.file = file
        self.remote = remote
    }
}

/// New attributes for a file in sync.
public struct MirrorAttributeUpdate: Sendable, Hashable {
    /// The local path.
    public var relativePath: String
    /// The file id.
    public var fileID: String
    /// The attributes the file should carry.
    public var attributes: [String: AttributeValue]

    /// Creates an attribute update.
    public init(relativePath: String, fileID: String, attributes: [String: AttributeValue]) {
        self.relativePath = relativePath
        self.fileID = fileID
        self.attributes = attributes
    }
}

/// A local file the mirror leaves out.
public struct MirrorSkip: Sendable, Hashable, Codable {
    /// The local path.
    public var relativePath: String
    /// Why, in one line.
    public var reason: String

    /// Creates a skip.
    public init(relativePath: String, reason: String) {
        self.relativePath = relativePath
        self.reason = reason
    }
}
