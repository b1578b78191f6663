/// A multi-part upload in progress or finished: `POST /uploads` and the answer to its other calls.
public struct Upload: Decodable, Sendable, Hashable, Identifiable {
    /// The upload id (`upload_…`).
    public var id: String
    /// The object type, `"upload"`.
    public var object: String?
    /// When the upload was created, in Unix seconds.
    public var createdAt: Int?
    /// The name of the file being built.
    public var filename: String?
    /// The total size announced at creation.
    public var bytes: Int?
    /// What the file is for.
    public var purpose: FilePurpose?
    /// Whether parts can still be added (``UploadStatus/pending``) or the upload has ended.
    public var status: UploadStatus
    /// When the upload expires (an hour after creation), in Unix seconds.
    public var expiresAt: Int?
    /// The file the upload produced, once ``UploadStatus/completed``.
    public var file: OpenAIFile?

    /// Creates an upload description.
    public init(
        id: String,
        object: String? = "upload",
        createdAt: Int? = nil,
        filename: String? = nil,
        bytes: Int? = nil,
        purpose: FilePurpose? = nil,
        status: UploadStatus = .pending,
        expiresAt: Int? = nil,
        file: OpenAIFile? = nil
    ) {
        self.id = id
        self.object = object
        self.createdAt = createdAt
        self.filename = filename
        self.bytes = bytes
        self.purpose = purpose
        self.status = status
        self.expiresAt = expiresAt
        self.file = file
    }

    enum CodingKeys: String, CodingKey {
        case id, object, filename, bytes, purpose, status, file
        case createdAt = "created_at"
        case expiresAt = "expires_at"
    }
}

/// An upload's status; an open set.
public struct UploadStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Parts can be added.
    public static let pending = UploadStatus(rawValue: "pending")
    /// Completed; ``Upload/file`` holds the file.
    public static let completed = UploadStatus(rawValue: "completed")
    /// Cancelled; no parts can be added.
    public static let cancelled = UploadStatus(rawValue: "cancelled")
    /// Expired before it was completed.
    public static let expired = UploadStatus(rawValue: "expired")
}

/// One part of an upload: `POST /uploads/{upload_id}/parts`.
public struct UploadPart: Decodable, Sendable, Hashable, Identifiable {
    /// The part id (`part_…`), listed in order to complete the upload.
    public var id: String
    /// The object type, `"upload.part"`.
    public var object: String?
    /// When the part was added, in Unix seconds.
    public var createdAt: Int?
    /// The upload the part belongs to.
    public var uploadID: String?

    /// Creates a part description.
    public init(id: String, object: String? = "upload.part", createdAt: Int? = nil, uploadID: String? = nil) {
        self.id = id
        self.object = object
        self.createdAt = createdAt
        self.uploadID = uploadID
    }

    enum CodingKeys: String, CodingKey {
        case id, object
        case createdAt = "created_at"
        case uploadID = "upload_id"
    }
}

/// The body of `POST /uploads`.
public struct CreateUploadRequest: Encodable, Sendable, Hashable {
    /// The name of the file to build.
    public var filename: String
    /// What the file is for.
    public var purpose: FilePurpose
    /// The total size of all parts; the upload fails to complete if they differ.
    public var bytes: Int
    /// The file's MIME type, which must be one the purpose accepts.
    public var mimeType: String
    /// When the resulting file expires.
    public var expiresAfter: FileExpiration?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - filename: The name of the file to build.
    ///   - purpose: What the file is for.
    ///   - bytes: The total size of all parts (at most 8 GB).
    ///   - mimeType: The file's MIME type, such as `text/markdown`.
    ///   - expiresAfter: When the file expires; `nil` (no expiry) by default.
    public init(filename: String, purpose: FilePurpose, bytes: Int, mimeType: String, expiresAfter: FileExpiration? = nil) {
        self.filename = filename
        self.purpose = purpose
        self.bytes = bytes
        self.mimeType = mimeType
        self.expiresAfter = expiresAfter
    }

    enum CodingKeys: String, CodingKey {
        case filename, purpose, bytes
        case mimeType = "mime_type"
        case expiresAfter = "expires_after"
    }
}

/// The body of `POST /uploads/{upload_id}/complete`.
public struct CompleteUploadRequest: Encodable, Sendable, Hashable {
    /// The part ids, in file order.
    public var partIDs: [String]
    /// The MD5 of the whole file in hex, checked by the server when given.
    public var md5: String?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - partIDs: The part ids in the order their bytes appear in the file.
    ///   - md5: The file's MD5 in hex; not sent by default.
    public init(partIDs: [String], md5: String? = nil) {
        self.partIDs = partIDs
        self.md5 = md5
    }

    enum CodingKeys: String, CodingKey {
        case md5
        case partIDs = "part_ids"
    }
}
