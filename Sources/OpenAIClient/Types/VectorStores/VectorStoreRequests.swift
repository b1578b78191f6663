/// The body of `POST /vector_stores`.
///
/// ```swift
/// let store = try await client.vectorStores.create(
///     CreateVectorStoreRequest(name: "handbook", chunkingStrategy: .static(StaticChunkingStrategy(maxChunkSizeTokens: 600, chunkOverlapTokens: 100)))
/// )
/// ```
public struct CreateVectorStoreRequest: Encodable, Sendable, Hashable {
    /// The store's name.
    public var name: String?
    /// Files to attach at creation (at most 500).
    public var fileIDs: [String]?
    /// When the store expires.
    public var expiresAfter: VectorStoreExpiration?
    /// How ``fileIDs`` are chunked; `auto` when `nil`. Checked by ``ChunkingStrategy/validate()`` before sending.
    public var chunkingStrategy: ChunkingStrategy?
    /// Up to 16 key-value pairs (keys ≤ 64, values ≤ 512 characters).
    public var metadata: [String: String]?
    /// What the store holds, for people (not used in search).
    public var description: String?

    /// Creates a request; every field is optional.
    public init(
        name: String? = nil,
        fileIDs: [String]? = nil,
        expiresAfter: VectorStoreExpiration? = nil,
        chunkingStrategy: ChunkingStrategy? = nil,
        metadata: [String: String]? = nil,
        description: String? = nil
    ) {
        self.description = description
        self.name = name
        self.fileIDs = fileIDs
        self.expiresAfter = expiresAfter
        self.chunkingStrategy = chunkingStrategy
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case name, metadata, description
        case fileIDs = "file_ids"
        case expiresAfter = "expires_after"
        case chunkingStrategy = "chunking_strategy"
    }
}

/// The body of `POST /vector_stores/{vector_store_id}`: only the fields set are changed.
public struct ModifyVectorStoreRequest: Encodable, Sendable, Hashable {
    /// A new name.
    public var name: String?
    /// A new expiration policy.
    public var expiresAfter: VectorStoreExpiration?
    /// New metadata, replacing the old.
    public var metadata: [String: String]?

    /// Creates a request; fields left `nil` are not sent and keep their value.
    public init(name: String? = nil, expiresAfter: VectorStoreExpiration? = nil, metadata: [String: String]? = nil) {
        self.name = name
        self.expiresAfter = expiresAfter
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case name, metadata
        case expiresAfter = "expires_after"
    }
}

/// The body of `POST /vector_stores/{vector_store_id}/files`, and one entry of a file batch's `files`.
public struct CreateVectorStoreFileRequest: Encodable, Sendable, Hashable {
    /// The uploaded file (``OpenAIFile/id``) to attach.
    public var fileID: String
    /// The file's attributes, for search filters (at most 16).
    public var attributes: [String: AttributeValue]?
    /// How the file is chunked; `auto` when `nil`. Checked by ``ChunkingStrategy/validate()`` before sending.
    public var chunkingStrategy: ChunkingStrategy?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - fileID: The file to attach.
    ///   - attributes: Attributes for search filters; none by default.
    ///   - chunkingStrategy: The chunking; `auto` by default.
    public init(fileID: String, attributes: [String: AttributeValue]? = nil, chunkingStrategy: ChunkingStrategy? = nil) {
        self.fileID = fileID
        self.attributes = attributes
        self.chunkingStrategy = chunkingStrategy
    }

    enum CodingKeys: String, CodingKey {
        case attributes
        case fileID = "file_id"
        case chunkingStrategy = "chunking_strategy"
    }
}

/// The body of `POST /vector_stores/{vector_store_id}/file_batches`: file ids with shared settings, or files
/// with their own.
public struct CreateVectorStoreFileBatchRequest: Encodable, Sendable, Hashable {
    /// Files sharing ``attributes`` and ``chunkingStrategy`` (1…2000); use ``files`` instead for per-file settings.
    public var fileIDs: [String]?
    /// Files with their own attributes and chunking (1…2000).
    public var files: [CreateVectorStoreFileRequest]?
    /// The chunking of ``fileIDs``; `auto` when `nil`.
    public var chunkingStrategy: ChunkingStrategy?
    /// The attributes of ``fileIDs``.
    public var attributes: [String: AttributeValue]?

    /// Creates a batch of file ids sharing settings.
    public init(fileIDs: [String], attributes: [String: AttributeValue]? = nil, chunkingStrategy: ChunkingStrategy? = nil) {
        self.fileIDs = fileIDs
        self.attributes = attributes
        self.chunkingStrategy = chunkingStrategy
    }

    /// Creates a batch of files with their own settings.
    public init(files: [CreateVectorStoreFileRequest]) {
        self.files = files
    }

    enum CodingKeys: String, CodingKey {
        case files, attributes
        case fileIDs = "file_ids"
        case chunkingStrategy = "chunking_strategy"
    }

    /// Checks every chunking strategy the batch carries.
    func validate() throws(OpenAIError) {
        try chunkingStrategy?.validate()
        for file in files ?? [] { try file.chunkingStrategy?.validate() }
    }
}
