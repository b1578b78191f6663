/// A message in a thread.
public struct Message: Decodable, Sendable, Hashable, Identifiable {
    /// The id, such as `msg_abc123`.
    public var id: String
    /// The object type, `"thread.message"`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// The thread it belongs to.
    public var threadID: String
    /// `in_progress`, `incomplete` or `completed`.
    public var status: MessageStatus?
    /// Why an incomplete message stopped.
    public var incompleteDetails: IncompleteDetails?
    /// When it completed.
    public var completedAt: Int?
    /// When it was marked incomplete.
    public var incompleteAt: Int?
    /// Who wrote it.
    public var role: MessageRole
    /// Text, images and refusals, in order.
    public var content: [MessageContent]
    /// The assistant that wrote it, if any.
    public var assistantID: String?
    /// The run that created it, if any.
    public var runID: String?
    /// Files attached for the tools.
    public var attachments: [MessageAttachment]?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    /// Why a message is incomplete.
    public struct IncompleteDetails: Codable, Sendable, Hashable {
        /// Such as `content_filter`, `max_tokens`, `run_cancelled`, `run_expired`, `run_failed`.
        public var reason: String?
    }

    /// All text parts joined, annotations left in place.
    public var text: String {
        content.compactMap { $0.text?.value }.joined()
    }

    /// Creates a message (for tests and for ``AssistantStreamAccumulator``).
    public init(id: String, createdAt: Int = 0, threadID: String, role: MessageRole, content: [MessageContent], status: MessageStatus? = nil) {
        self.id = id
        self.createdAt = createdAt
        self.threadID = threadID
        self.role = role
        self.content = content
        self.status = status
    }

    enum CodingKeys: String, CodingKey {
        case id, object, status, role, content, attachments, metadata
        case createdAt = "created_at"
        case threadID = "thread_id"
        case incompleteDetails = "incomplete_details"
        case completedAt = "completed_at"
        case incompleteAt = "incomplete_at"
        case assistantID = "assistant_id"
        case runID = "run_id"
    }

    /// Decodes a message; missing content reads as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt) ?? 0
        threadID = try container.decodeIfPresent(String.self, forKey: .threadID) ?? ""
        status = try container.decodeIfPresent(MessageStatus.self, forKey: .status)
        incompleteDetails = try container.decodeIfPresent(IncompleteDetails.self, forKey: .incompleteDetails)
        completedAt = try container.decodeIfPresent(Int.self, forKey: .completedAt)
        incompleteAt = try container.decodeIfPresent(Int.self, forKey: .incompleteAt)
        role = try container.decode(MessageRole.self, forKey: .role)
        content = try container.decodeIfPresent([MessageContent].self, forKey: .content) ?? []
        assistantID = try container.decodeIfPresent(String.self, forKey: .assistantID)
        runID = try container.decodeIfPresent(String.self, forKey: .runID)
        attachments = try container.decodeIfPresent([MessageAttachment].self, forKey: .attachments)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata)
    }
}

/// A message status; an open set.
public struct MessageStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `in_progress`.
    public static let inProgress = Self(rawValue: "in_progress")
    /// `incomplete`.
    public static let incomplete = Self(rawValue: "incomplete")
    /// `completed`.
    public static let completed = Self(rawValue: "completed")
}

/// One part of a message as the API returns it (also a part of a ``MessageDelta``, with ``index`` set).
public struct MessageContent: Codable, Sendable, Hashable {
    /// The part's position, in deltas.
    public var index: Int?
    /// The part type.
    public var type: MessageContentType
    /// The text and its annotations, for `text`.
    public var text: MessageText?
    /// The image file, for `image_file`.
    public var imageFile: MessageImageFile?
    /// The image URL, for `image_url`.
    public var imageURL: MessageImageURL?
    /// The refusal, for `refusal`.
    public var refusal: String?

    /// Creates a part.
    public init(index: Int? = nil, type: MessageContentType, text: MessageText? = nil, imageFile: MessageImageFile? = nil, imageURL: MessageImageURL? = nil, refusal: String? = nil) {
        self.index = index
        self.type = type
        self.text = text
        self.imageFile = imageFile
        self.imageURL = imageURL
        self.refusal = refusal
    }

    enum CodingKeys: String, CodingKey {
        case index, type, text, refusal
        case imageFile = "image_file"
        case imageURL = "image_url"
    }
}

/// The text of a message part and its annotations.
public struct MessageText: Codable, Sendable, Hashable {
    /// The text (in a delta, the piece to append).
    public var value: String
    /// Citations and file paths, with the ranges of ``value`` they replace.
    public var annotations: [MessageAnnotation]

    /// Creates text.
    public init(value: String, annotations: [MessageAnnotation] = []) {
        self.value = value
        self.annotations = annotations
    }

    enum CodingKeys: String, CodingKey { case value, annotations }

    /// Decodes text; a delta may carry only annotations.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        value = try container.decodeIfPresent(String.self, forKey: .value) ?? ""
        annotations = try container.decodeIfPresent([MessageAnnotation].self, forKey: .annotations) ?? []
    }
}

/// An annotation in message text: a file citation (file search) or a generated file path (code interpreter).
public struct MessageAnnotation: Codable, Sendable, Hashable {
    /// The annotation's position, in deltas.
    public var index: Int?
    /// `file_citation` or `file_path`.
    public var type: MessageAnnotationType
    /// The text in the message to replace, such as `【4:0†source】`.
    public var text: String?
    /// The cited file, for `file_citation`.
    public var fileCitation: FileReference?
    /// The generated file, for `file_path`.
    public var filePath: FileReference?
    /// Where ``text`` starts in the message text.
    public var startIndex: Int?
    /// Where ``text`` ends in the message text.
    public var endIndex: Int?

    /// A file referenced by an annotation.
    public struct FileReference: Codable, Sendable, Hashable {
        /// The file id.
        public var fileID: String
        /// Creates a reference.
        public init(fileID: String) { self.fileID = fileID }
        enum CodingKeys: String, CodingKey { case fileID = "file_id" }
    }

    /// The id of the cited or generated file.
    public var fileID: String? { fileCitation?.fileID ?? filePath?.fileID }

    enum CodingKeys: String, CodingKey {
        case index, type, text
        case fileCitation = "file_citation"
        case filePath = "file_path"
        case startIndex = "start_index"
        case endIndex = "end_index"
    }
}

/// An annotation type; an open set.
public struct MessageAnnotationType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `file_citation`.
    public static let fileCitation = Self(rawValue: "file_citation")
    /// `file_path`.
    public static let filePath = Self(rawValue: "file_path")
}

/// A `thread.message.delta` event's payload: new content for a message being written.
public struct MessageDelta: Decodable, Sendable, Hashable {
    /// The message id.
    public var id: String
    /// The object type, `"thread.message.delta"`.
    public var object: String?
    /// The changes.
    public var delta: Delta

    /// The changed fields.
    public struct Delta: Decodable, Sendable, Hashable {
        /// The role, on the first delta.
        public var role: MessageRole?
        /// Content parts to merge by ``MessageContent/index``.
        public var content: [MessageContent]?
    }
}
