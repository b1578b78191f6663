import Foundation

/// A local file for ``VectorStoreFileBatches/uploadAndPoll(vectorStoreID:files:purpose:maxConcurrentUploads:polling:options:)``,
/// with the attributes and chunking it gets in the store.
public struct LocalFileUpload: Sendable, Hashable {
    /// The local file.
    public var fileURL: URL
    /// The name sent to the server; the URL's last path component by default.
    public var filename: String
    /// The file's attributes in the store, for search filters.
    public var attributes: [String: AttributeValue]?
    /// How the file is chunked; `auto` when `nil`.
    public var chunkingStrategy: ChunkingStrategy?

    /// Creates an upload description.
    ///
    /// - Parameters:
    ///   - fileURL: The local file.
    ///   - filename: The name sent; the URL's last path component by default.
    ///   - attributes: Attributes for search filters; none by default.
    ///   - chunkingStrategy: The chunking; `auto` by default.
    public init(fileURL: URL, filename: String? = nil, attributes: [String: AttributeValue]? = nil, chunkingStrategy: ChunkingStrategy? = nil) {
        self.fileURL = fileURL
        self.filename = filename ?? fileURL.lastPathComponent
        self.attributes = attributes
        self.chunkingStrategy = chunkingStrategy
    }
}

/// What ``VectorStoreFileBatches/uploadAndPoll(vectorStoreID:files:purpose:maxConcurrentUploads:polling:options:)``
/// did: the batch, and one outcome per local file, in input order.
public struct FileBatchUploadReport: Sendable {
    /// What happened to one local file.
    public struct Outcome: Sendable {
        /// The local file.
        public var upload: LocalFileUpload
        /// The uploaded file's id, when the upload succeeded.
        public var fileID: String?
        /// Why the upload itself failed, if it did (the file never reached the store).
        public var uploadError: OpenAIError?
        /// The file in the store after processing, when it was uploaded and listed in the batch.
        public var vectorStoreFile: VectorStoreFile?

        /// Whether the file is in the store and searchable.
        public var succeeded: Bool { vectorStoreFile?.status == .completed }

        /// Why processing failed, when it did.
        public var lastError: VectorStoreFileError? { vectorStoreFile?.lastError }
    }

    /// The batch in its final state; `nil` when no upload succeeded (so no batch was created).
    public var batch: VectorStoreFileBatch?
    /// One outcome per local file, in the order given.
    public var outcomes: [Outcome]

    /// The outcomes of files that are not searchable: failed uploads, failed or cancelled processing.
    public var failures: [Outcome] { outcomes.filter { !$0.succeeded } }
}
