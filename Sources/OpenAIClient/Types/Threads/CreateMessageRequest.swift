/// The body of `POST /threads/{thread_id}/messages`, and a message of a new thread.
///
/// ```swift
/// let question = CreateMessageRequest(role: .user, content: "What does the contract say about renewal?")
/// let withImage = CreateMessageRequest(role: .user, content: .parts([.text("Describe this"), .imageFile(id: "file-1")]))
/// ```
public struct CreateMessageRequest: Encodable, Sendable, Hashable {
    /// Who wrote it: `user`, or `assistant` to insert an assistant turn.
    public var role: MessageRole
    /// Text or content parts.
    public var content: MessageRequestContent
    /// Files attached for the tools to use.
    public var attachments: [MessageAttachment]?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    /// Creates a message.
    public init(role: MessageRole, content: MessageRequestContent, attachments: [MessageAttachment]? = nil, metadata: [String: String]? = nil) {
        self.role = role
        self.content = content
        self.attachments = attachments
        self.metadata = metadata
    }
}

/// A message's content in a request: a string or typed parts.
public enum MessageRequestContent: Encodable, Sendable, Hashable, ExpressibleByStringLiteral {
    /// Plain text.
    case text(String)
    /// Text, image file and image URL parts.
    case parts([MessageContentPart])

    /// Plain text from a literal.
    public init(stringLiteral value: String) { self = .text(value) }

    /// Encodes a string or an array of parts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .parts(let parts): try container.encode(parts)
        }
    }
}

/// One part of a message in a request.
public struct MessageContentPart: Encodable, Sendable, Hashable {
    /// The part type.
    public var type: MessageContentType
    /// The text, for `text`.
    public var text: String?
    /// The image file, for `image_file`.
    public var imageFile: MessageImageFile?
    /// The image URL, for `image_url`.
    public var imageURL: MessageImageURL?

    /// Creates a part.
    public init(type: MessageContentType, text: String? = nil, imageFile: MessageImageFile? = nil, imageURL: MessageImageURL? = nil) {
        self.type = type
        self.text = text
        self.imageFile = imageFile
        self.imageURL = imageURL
    }

    /// A text part.
    public static func text(_ text: String) -> MessageContentPart { MessageContentPart(type: .text, text: text) }

    /// An uploaded image (purpose `vision`).
    public static func imageFile(id: String, detail: ImageDetail? = nil) -> MessageContentPart {
        MessageContentPart(type: .imageFile, imageFile: MessageImageFile(fileID: id, detail: detail))
    }

    /// An image at a URL (jpeg, png, gif or webp).
    public static func imageURL(_ url: String, detail: ImageDetail? = nil) -> MessageContentPart {
        MessageContentPart(type: .imageURL, imageURL: MessageImageURL(url: url, detail: detail))
    }

    enum CodingKeys: String, CodingKey {
        case type, text
        case imageFile = "image_file"
        case imageURL = "image_url"
    }
}

/// A file attached to a message, and the tools that may use it.
public struct MessageAttachment: Codable, Sendable, Hashable {
    /// The file id.
    public var fileID: String?
    /// `code_interpreter` and/or `file_search`.
    public var tools: [AssistantTool]?

    /// Creates an attachment.
    public init(fileID: String, tools: [AssistantTool]) {
        self.fileID = fileID
        self.tools = tools
    }

    enum CodingKeys: String, CodingKey {
        case tools
        case fileID = "file_id"
    }
}

/// Who wrote a message; an open set.
public struct MessageRole: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a role from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `user`.
    public static let user = Self(rawValue: "user")
    /// `assistant`.
    public static let assistant = Self(rawValue: "assistant")
}

/// A message content type; an open set.
public struct MessageContentType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `text`.
    public static let text = Self(rawValue: "text")
    /// `image_file`.
    public static let imageFile = Self(rawValue: "image_file")
    /// `image_url`.
    public static let imageURL = Self(rawValue: "image_url")
    /// `refusal`.
    public static let refusal = Self(rawValue: "refusal")
}

/// An uploaded image in a message.
public struct MessageImageFile: Codable, Sendable, Hashable {
    /// The file id.
    public var fileID: String?
    /// `auto`, `low` or `high`.
    public var detail: ImageDetail?

    /// Creates an image file reference.
    public init(fileID: String?, detail: ImageDetail? = nil) {
        self.fileID = fileID
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey {
        case detail
        case fileID = "file_id"
    }
}

/// An image URL in a message.
public struct MessageImageURL: Codable, Sendable, Hashable {
    /// The URL.
    public var url: String?
    /// `auto`, `low` or `high`.
    public var detail: ImageDetail?

    /// Creates an image URL reference.
    public init(url: String?, detail: ImageDetail? = nil) {
        self.url = url
        self.detail = detail
    }
}
