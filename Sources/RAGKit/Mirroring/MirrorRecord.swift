import Foundation

/// What the index remembers about one mirrored file: local path ↔ file id ↔ vector store file id ↔ content hash.
///
/// A record is written as soon as a file is uploaded (``MirrorFileState/pending``), so a run killed before the
/// file is attached or processed leaves a trace the next run uses instead of uploading the file twice.
public struct MirrorRecord: Sendable, Hashable, Codable {
    /// The path relative to the indexed folder.
    public var relativePath: String
    /// The uploaded file's id (`file-…`).
    public var fileID: String
    /// The vector store file's id (the API gives it the file's id; kept apart in case that ever changes).
    public var vectorStoreFileID: String
    /// The hex SHA-256 of the content that was uploaded.
    public var contentHash: String
    /// Where the file stands in the store.
    public var state: MirrorFileState
    /// The server's reason, for a ``MirrorFileState/failed`` file.
    public var failure: MirrorFailure?
    /// When the record last changed.
    public var updatedAt: Date
    /// An earlier version of the file, processed and searchable, kept in the store until this one is processed:
    /// deleted then, kept while this one is pending or if it fails.
    public var supersededFileID: String?

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - relativePath: The path relative to the indexed folder.
    ///   - fileID: The uploaded file's id.
    ///   - vectorStoreFileID: The vector store file's id; the file id by default.
    ///   - contentHash: The hex SHA-256 of the uploaded content.
    ///   - state: Where the file stands; ``MirrorFileState/pending`` by default.
    ///   - failure: The server's reason for a failed file; `nil` by default.
    ///   - updatedAt: When the record changed; now by default.
    ///   - supersededFileID: The earlier version kept until this one is processed; `nil` by default.
    public init(
        relativePath: String,
        fileID: String,
        vectorStoreFileID: String? = nil,
        contentHash: String,
        state: MirrorFileState = .pending,
        failure: MirrorFailure? = nil,
        updatedAt: Date = Date(),
        supersededFileID: String? = nil
    ) {
        self.relativePath = relativePath
        self.fileID = fileID
        self.vectorStoreFileID = vectorStoreFileID ?? fileID
        self.contentHash = contentHash
        self.state = state
        self.failure = failure
        self.updatedAt = updatedAt
        self.supersededFileID = supersededFileID
    }

    /// Which uploaded versions a new upload of the file keeps and which it makes useless: the newest version known
    /// to be searchable is kept until the new one is processed; a failed version, or a pending one behind a
    /// searchable one, is discarded.
    var versionsOnReplacement: (kept: String?, discarded: [String]) {
        switch state {
        case .synced:
            return (fileID, [supersededFileID].compactMap { $0 })
        case .failed:
            return (supersededFileID, [fileID])
        default:
            guard let supersededFileID else { return (fileID, []) }
            return (supersededFileID, [fileID])
        }
    }
}

/// Where a mirrored file stands in the vector store; an open set.
public struct MirrorFileState: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible {
    /// The stored name.
    public var rawValue: String
    /// Creates a state from its stored name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The name.
    public var description: String { rawValue }

    /// Uploaded, but not yet (known to be) processed by the store.
    public static let pending = Self(rawValue: "pending")
    /// Processed and searchable.
    public static let synced = Self(rawValue: "synced")
    /// The store failed to process it; see ``MirrorRecord/failure``.
    public static let failed = Self(rawValue: "failed")
}

/// Why the server failed to process a file, in its own words.
public struct MirrorFailure: Sendable, Hashable, Codable {
    /// The server's code, such as `unsupported_file`, `invalid_file` or `server_error`.
    public var code: String
    /// The server's message.
    public var message: String

    /// Creates a failure.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// Whether trying again may help: a server error (or an unspecified one), not a file the API cannot read.
    public var isTransient: Bool {
        code.isEmpty || code == "server_error" || code == "rate_limit_exceeded"
    }
}
