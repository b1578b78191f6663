/// A vector store: a searchable collection of processed files.
public struct VectorStore: Decodable, Sendable, Hashable, Identifiable {
    /// The vector store id (`vs_…`).
    public var id: String
    /// The object type, `"vector_store"`.
    public var object: String?
    /// When the store was created, in Unix seconds.
    public var createdAt: Int?
    /// The store's name.
    public var name: String?
    /// The bytes its files use.
    public var usageBytes: Int?
    /// Files by processing status.
    public var fileCounts: VectorStoreFileCounts
    /// Whether the store is ready (``VectorStoreStatus/completed``), still processing, or expired; a server that
    /// sends no status reads as ``VectorStoreStatus/completed`` (so polling helpers stop).
    public var status: VectorStoreStatus
    /// The expiration policy, if any.
    public var expiresAfter: VectorStoreExpiration?
    /// When the store expires, in Unix seconds, if it does.
    public var expiresAt: Int?
    /// When the store was last used, in Unix seconds.
    public var lastActiveAt: Int?
    /// Up to 16 key-value pairs set by the owner.
    public var metadata: [String: String]?

    /// Creates a vector store description.
    public init(
        id: String,
        object: String? = "vector_store",
        createdAt: Int? = nil,
        name: String? = nil,
        usageBytes: Int? = nil,
        fileCounts: VectorStoreFileCounts = VectorStoreFileCounts(),
        status: VectorStoreStatus = .completed,
        expiresAfter: VectorStoreExpiration? = nil,
        expiresAt: Int? = nil,
        lastActiveAt: Int? = nil,
        metadata: [String: String]? = nil
    ) {
        self.id = id
        self.object = object
        self.createdAt = createdAt
        self.name = name
        self.usageBytes = usageBytes
        self.fileCounts = fileCounts
        self.status = status
        self.expiresAfter = expiresAfter
        self.expiresAt = expiresAt
        self.lastActiveAt = lastActiveAt
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case id, object, name, status, metadata
        case createdAt = "created_at"
        case usageBytes = "usage_bytes"
        case fileCounts = "file_counts"
        case expiresAfter = "expires_after"
        case expiresAt = "expires_at"
        case lastActiveAt = "last_active_at"
    }

    /// Decodes a store, tolerating the fields compatible servers leave out (a missing status reads as completed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        usageBytes = try container.decodeIfPresent(Int.self, forKey: .usageBytes)
        fileCounts = try container.decodeIfPresent(VectorStoreFileCounts.self, forKey: .fileCounts) ?? VectorStoreFileCounts()
        status = try container.decodeIfPresent(VectorStoreStatus.self, forKey: .status) ?? .completed
        expiresAfter = try container.decodeIfPresent(VectorStoreExpiration.self, forKey: .expiresAfter)
        expiresAt = try container.decodeIfPresent(Int.self, forKey: .expiresAt)
        lastActiveAt = try container.decodeIfPresent(Int.self, forKey: .lastActiveAt)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata)
    }
}

/// A vector store's status; an open set.
public struct VectorStoreStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Files are still being processed.
    public static let inProgress = VectorStoreStatus(rawValue: "in_progress")
    /// Ready for search.
    public static let completed = VectorStoreStatus(rawValue: "completed")
    /// Expired by its ``VectorStore/expiresAfter`` policy; no longer usable.
    public static let expired = VectorStoreStatus(rawValue: "expired")
}

/// Counts of a store's (or a batch's) files by processing status.
public struct VectorStoreFileCounts: Codable, Sendable, Hashable {
    /// Files being processed.
    public var inProgress: Int
    /// Files processed.
    public var completed: Int
    /// Files whose processing failed.
    public var failed: Int
    /// Files whose processing was cancelled.
    public var cancelled: Int
    /// All files.
    public var total: Int

    /// Creates counts; zero by default.
    public init(inProgress: Int = 0, completed: Int = 0, failed: Int = 0, cancelled: Int = 0, total: Int = 0) {
        self.inProgress = inProgress
        self.completed = completed
        self.failed = failed
        self.cancelled = cancelled
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case completed, failed, cancelled, total
        case inProgress = "in_progress"
    }

    /// Decodes counts; a missing count reads as zero.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        inProgress = try container.decodeIfPresent(Int.self, forKey: .inProgress) ?? 0
        completed = try container.decodeIfPresent(Int.self, forKey: .completed) ?? 0
        failed = try container.decodeIfPresent(Int.self, forKey: .failed) ?? 0
        cancelled = try container.decodeIfPresent(Int.self, forKey: .cancelled) ?? 0
        total = try container.decodeIfPresent(Int.self, forKey: .total) ?? 0
    }
}

/// When a vector store expires: `{"anchor": "last_active_at", "days": …}`.
public struct VectorStoreExpiration: Codable, Sendable, Hashable {
    /// The time the countdown starts from; only `"last_active_at"` today.
    public var anchor: String
    /// Days after the anchor, 1…365.
    public var days: Int

    /// Creates an expiration policy.
    ///
    /// - Parameters:
    ///   - days: Days of inactivity before the store expires, 1…365.
    ///   - anchor: `"last_active_at"` by default (the only anchor the API knows).
    public init(days: Int, anchor: String = "last_active_at") {
        self.anchor = anchor
        self.days = days
    }
}
