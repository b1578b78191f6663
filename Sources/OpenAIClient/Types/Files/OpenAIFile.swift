/// A file stored by the API: `GET /files/{file_id}` and the answer to an upload.
public struct OpenAIFile: Decodable, Sendable, Hashable, Identifiable {
    /// The file id (`file-…`), used wherever the API takes a file.
    public var id: String
    /// The object type, `"file"`.
    public var object: String?
    /// The size in bytes.
    public var bytes: Int?
    /// When the file was created, in Unix seconds.
    public var createdAt: Int?
    /// When the file expires, in Unix seconds, if it does.
    public var expiresAt: Int?
    /// The file name given at upload.
    public var filename: String?
    /// What the file is for.
    public var purpose: FilePurpose?
    /// The processing status (deprecated by the API, still sent).
    public var status: FileStatus?
    /// Why processing failed, for a file whose status is ``FileStatus/error`` (deprecated by the API).
    public var statusDetails: String?

    /// Creates a file description.
    public init(
        id: String,
        object: String? = "file",
        bytes: Int? = nil,
        createdAt: Int? = nil,
        expiresAt: Int? = nil,
        filename: String? = nil,
        purpose: FilePurpose? = nil,
        status: FileStatus? = nil,
        statusDetails: String? = nil
    ) {
        self.id = id
        self.object = object
        self.bytes = bytes
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.filename = filename
        self.purpose = purpose
        self.status = status
        self.statusDetails = statusDetails
    }

    enum CodingKeys: String, CodingKey {
        case id, object, bytes, filename, purpose, status
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case statusDetails = "status_details"
    }
}

/// What a file is for; an open set (`purpose` in `POST /files` and on ``OpenAIFile``).
public struct FilePurpose: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a purpose from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Files for assistants and vector stores (file search).
    public static let assistants = FilePurpose(rawValue: "assistants")
    /// Files the assistants produced.
    public static let assistantsOutput = FilePurpose(rawValue: "assistants_output")
    /// Batch API input.
    public static let batch = FilePurpose(rawValue: "batch")
    /// Batch API output.
    public static let batchOutput = FilePurpose(rawValue: "batch_output")
    /// Fine-tuning training data.
    public static let fineTune = FilePurpose(rawValue: "fine-tune")
    /// Fine-tuning results.
    public static let fineTuneResults = FilePurpose(rawValue: "fine-tune-results")
    /// Images for vision fine-tuning.
    public static let vision = FilePurpose(rawValue: "vision")
    /// Flexible user data.
    public static let userData = FilePurpose(rawValue: "user_data")
    /// Evaluation data sets.
    public static let evals = FilePurpose(rawValue: "evals")
}

/// A file's processing status; an open set.
public struct FileStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Stored, not yet processed.
    public static let uploaded = FileStatus(rawValue: "uploaded")
    /// Processed and ready.
    public static let processed = FileStatus(rawValue: "processed")
    /// Processing failed; see ``OpenAIFile/statusDetails``.
    public static let error = FileStatus(rawValue: "error")
}

/// When an uploaded file expires: `{"anchor": "created_at", "seconds": …}`.
public struct FileExpiration: Codable, Sendable, Hashable {
    /// The time the countdown starts from; only `"created_at"` today.
    public var anchor: String
    /// Seconds after the anchor, between 3600 (one hour) and 2592000 (30 days).
    public var seconds: Int

    /// Creates an expiration policy.
    ///
    /// - Parameters:
    ///   - seconds: Seconds after creation, 3600…2592000.
    ///   - anchor: `"created_at"` by default (the only anchor the API knows).
    public init(seconds: Int, anchor: String = "created_at") {
        self.anchor = anchor
        self.seconds = seconds
    }
}

/// The order of a list endpoint, by creation time; an open set.
public struct ListOrder: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates an order from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Oldest first.
    public static let ascending = ListOrder(rawValue: "asc")
    /// Newest first (the API's default).
    public static let descending = ListOrder(rawValue: "desc")
}
