import OpenAIClient

/// A file as the vector store lists it: id, processing state and attributes.
public struct MirrorRemoteFile: Sendable, Hashable {
    /// The vector store file's id (the file's id).
    public var id: String
    /// The processing status.
    public var status: VectorStoreFileStatus
    /// Why processing failed, for a failed file.
    public var failure: MirrorFailure?
    /// The attributes the file carries.
    public var attributes: [String: AttributeValue]

    /// Creates a remote file description.
    public init(id: String, status: VectorStoreFileStatus, failure: MirrorFailure? = nil, attributes: [String: AttributeValue] = [:]) {
        self.id = id
        self.status = status
        self.failure = failure
        self.attributes = attributes
    }

    /// Describes a file listed by `VectorStoreFiles.list(vectorStoreID:limit:order:after:before:filter:options:)` of OpenAIClient.
    public init(_ file: VectorStoreFile) {
        self.init(
            id: file.id,
            status: file.status,
            failure: file.lastError.map { MirrorFailure(code: $0.code.rawValue, message: $0.message) },
            attributes: file.attributes ?? [:]
        )
    }

    /// The local path the file's attributes name, when it was mirrored by RAGKit; only the beginning of a path
    /// longer than ``MirrorAttributes/maxValueLength``.
    public var mirroredPath: String? { attributes[MirrorAttributes.pathKey]?.stringValue }
    /// What identifies the mirrored path exactly, long ones included; compare with
    /// `MirrorAttributes.pathIdentity(of:)`.
    var mirroredPathIdentity: String? {
        mirroredPath.map { MirrorAttributes.identity(path: $0, hash: attributes[MirrorAttributes.pathHashKey]?.stringValue) }
    }
    /// The content hash the file's attributes name, when it was mirrored by RAGKit.
    public var mirroredContentHash: String? { attributes[MirrorAttributes.contentHashKey]?.stringValue }
}
