/// A file attached to a vector store, with its processing state: `GET /vector_stores/{vector_store_id}/files/{file_id}`.
public struct VectorStoreFile: Decodable, Sendable, Hashable, Identifiable {
    /// The file id (the same id as the ``OpenAIFile``).
    public var id: String
    /// The object type, `"vector_store.file"`.
    public var object: String?
    /// The bytes the file's chunks use in the store.
    public var usageBytes: Int?
    /// When the file was attached, in Unix seconds.
    public var createdAt: Int?
    /// The store the file belongs to.
    public var vectorStoreID: String?
    /// The processing status; ``VectorStoreFileStatus/completed`` means searchable. A server that sends no status
    /// reads as ``VectorStoreFileStatus/completed`` (so polling helpers stop).
    public var status: VectorStoreFileStatus
    /// Why processing failed, when ``status`` is ``VectorStoreFileStatus/failed``.
    public var lastError: VectorStoreFileError?
    /// How the file was chunked.
    public var chunkingStrategy: ChunkingStrategy?
    /// The file's attributes, for search filters.
    public var attributes: [String: AttributeValue]?

    /// Creates a vector store file description.
    public init(
        id: String,
        object: String? = "vector_store.file",
        usageBytes: Int? = nil,
        createdAt: Int? = nil,
        vectorStoreID: String? = nil,
        status: VectorStoreFileStatus = .completed,
        lastError: VectorStoreFileError? = nil,
        chunkingStrategy: ChunkingStrategy? = nil,
        attributes: [String: AttributeValue]? = nil
    ) {
        self.id = id
        self.object = object
        self.usageBytes = usageBytes
        self.createdAt = createdAt
        self.vectorStoreID = vectorStoreID
        self.status = status
        self.lastError = lastError
        self.chunkingStrategy = chunkingStrategy
        self.attributes = attributes
    }

    enum CodingKeys: String, CodingKey {
        case id, object, status, attributes
        case usageBytes = "usage_bytes"
        case createdAt = "created_at"
        case vectorStoreID = "vector_store_id"
        case lastError = "last_error"
        case chunkingStrategy = "chunking_strategy"
    }

    /// Decodes a file; a missing status reads as ``VectorStoreFileStatus/completed``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        usageBytes = try container.decodeIfPresent(Int.self, forKey: .usageBytes)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt)
        vectorStoreID = try container.decodeIfPresent(String.self, forKey: .vectorStoreID)
        status = try container.decodeIfPresent(VectorStoreFileStatus.self, forKey: .status) ?? .completed
        lastError = try container.decodeIfPresent(VectorStoreFileError.self, forKey: .lastError)
        chunkingStrategy = try container.decodeIfPresent(ChunkingStrategy.self, forKey: .chunkingStrategy)
        attributes = try container.decodeIfPresent([String: AttributeValue].self, forKey: .attributes)
    }
}

/// The processing status of a vector store file or file batch; an open set.
public struct VectorStoreFileStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Still being processed.
    public static let inProgress = VectorStoreFileStatus(rawValue: "in_progress")
    /// Processed and searchable.
    public static let completed = VectorStoreFileStatus(rawValue: "completed")
    /// Processing was cancelled.
    public static let cancelled = VectorStoreFileStatus(rawValue: "cancelled")
    /// Processing failed; see ``VectorStoreFile/lastError``.
    public static let failed = VectorStoreFileStatus(rawValue: "failed")

    /// Whether processing has ended: anything but ``inProgress`` (an unknown status counts as ended, so a
    /// poll never waits on a state it cannot recognise).
    public var isTerminal: Bool { self != .inProgress }
}

/// Why a vector store file failed to process.
public struct VectorStoreFileError: Codable, Sendable, Hashable {
    /// The reason, such as ``VectorStoreFileErrorCode/unsupportedFile``.
    public var code: VectorStoreFileErrorCode
    /// A human-readable explanation.
    public var message: String

    /// Creates an error description.
    public init(code: VectorStoreFileErrorCode, message: String) {
        self.code = code
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case code, message
    }

    /// Decodes an error; missing fields read as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decodeIfPresent(VectorStoreFileErrorCode.self, forKey: .code) ?? VectorStoreFileErrorCode(rawValue: "")
        message = try container.decodeIfPresent(String.self, forKey: .message) ?? ""
    }
}

/// A ``VectorStoreFileError`` code; an open set.
public struct VectorStoreFileErrorCode: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a code from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The service failed; retrying may help.
    public static let serverError = VectorStoreFileErrorCode(rawValue: "server_error")
    /// The file type is not supported by file search.
    public static let unsupportedFile = VectorStoreFileErrorCode(rawValue: "unsupported_file")
    /// The file could not be parsed.
    public static let invalidFile = VectorStoreFileErrorCode(rawValue: "invalid_file")
}

/// A batch of files being attached to a vector store: `POST /vector_stores/{vector_store_id}/file_batches`.
public struct VectorStoreFileBatch: Decodable, Sendable, Hashable, Identifiable {
    /// The batch id (`vsfb_…`).
    public var id: String
    /// The object type, `"vector_store.files_batch"`.
    public var object: String?
    /// When the batch was created, in Unix seconds.
    public var createdAt: Int?
    /// The store the files go to.
    public var vectorStoreID: String?
    /// The batch's status; ``VectorStoreFileStatus/completed`` once every file has been processed (some may have
    /// failed). A server that sends no status reads as ``VectorStoreFileStatus/completed``, as for stores and files.
    public var status: VectorStoreFileStatus
    /// The batch's files by processing status.
    public var fileCounts: VectorStoreFileCounts

    /// Creates a batch description.
    public init(
        id: String,
        object: String? = "vector_store.files_batch",
        createdAt: Int? = nil,
        vectorStoreID: String? = nil,
        status: VectorStoreFileStatus = .inProgress,
        fileCounts: VectorStoreFileCounts = VectorStoreFileCounts()
    ) {
        self.id = id
        self.object = object
        self.createdAt = createdAt
        self.vectorStoreID = vectorStoreID
        self.status = status
        self.fileCounts = fileCounts
    }

    enum CodingKeys: String, CodingKey {
        case id, object, status
        case createdAt = "created_at"
        case vectorStoreID = "vector_store_id"
        case fileCounts = "file_counts"
    }

    /// Decodes a batch, tolerating missing counts; a missing status reads as ``VectorStoreFileStatus/completed``,
    /// as for ``VectorStore`` and ``VectorStoreFile``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt)
        vectorStoreID = try container.decodeIfPresent(String.self, forKey: .vectorStoreID)
        // Like stores and files: a server that reports no status has nothing left to process, and reading it
        // as in progress would keep a poller waiting for a change that never comes.
        status = try container.decodeIfPresent(VectorStoreFileStatus.self, forKey: .status) ?? .completed
        fileCounts = try container.decodeIfPresent(VectorStoreFileCounts.self, forKey: .fileCounts) ?? VectorStoreFileCounts()
    }
}

/// The parsed text of a vector store file: `GET /vector_stores/{vector_store_id}/files/{file_id}/content`.
public struct VectorStoreFileContent: Decodable, Sendable, Hashable {
    /// One piece of content.
    public struct Part: Codable, Sendable, Hashable {
        /// The content type, `"text"`.
        public var type: String?
        /// The text.
        public var text: String?

        /// Creates a part.
        public init(type: String? = "text", text: String?) {
            self.type = type
            self.text = text
        }
    }

    /// The object type, `"vector_store.file_content.page"`.
    public var object: String?
    /// The content parts in order.
    public var data: [Part]
    /// Whether more content follows.
    public var hasMore: Bool
    /// The cursor of the next page, if any.
    public var nextPage: String?

    /// The text of every part, joined with newlines.
    public var text: String { data.compactMap(\.text).joined(separator: "\n") }

    enum CodingKeys: String, CodingKey {
        case object, data
        case hasMore = "has_more"
        case nextPage = "next_page"
    }

    /// Decodes a content page, tolerating missing paging fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        data = try container.decodeIfPresent([Part].self, forKey: .data) ?? []
        hasMore = try container.decodeIfPresent(Bool.self, forKey: .hasMore) ?? false
        nextPage = try container.decodeIfPresent(String.self, forKey: .nextPage)
    }
}
