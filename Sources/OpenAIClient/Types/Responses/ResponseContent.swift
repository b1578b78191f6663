import Foundation

/// One content part of a Responses message: input text, images and files, output text with annotations, a refusal,
/// reasoning text, or a kind this library does not model (kept whole).
///
/// ```swift
/// let question = ResponseItem.message(role: .user, content: [.inputText("What is in this image?"), .inputImage(url: imageURL)])
/// ```
public enum ResponseContent: Codable, Sendable, Hashable {
    /// `input_text`.
    case inputText(String)
    /// `input_image`: a URL (or data URL) or an uploaded file, with a detail level.
    case inputImage(ResponseInputImage)
    /// `input_file`: an uploaded file, a URL, or inline base64 data.
    case inputFile(ResponseInputFile)
    /// `output_text`: model text with citations.
    case outputText(ResponseOutputText)
    /// `refusal`: the model declined.
    case refusal(String)
    /// `reasoning_text`: reasoning content.
    case reasoningText(String)
    /// `summary_text`: a reasoning summary part.
    case summaryText(String)
    /// `encrypted_content`: opaque content only the API reads, as agents of a multi-agent response exchange it
    /// (``Responses/beta``).
    case encryptedContent(String)
    /// Any other kind, kept as sent.
    case other(JSONValue)

    /// An `input_image` part from a URL or data URL.
    public static func inputImage(url: String, detail: ResponseImageDetail? = nil) -> Self {
        .inputImage(ResponseInputImage(imageURL: url, detail: detail))
    }

    /// The content's type string.
    public var type: String {
        switch self {
        case .inputText: "input_text"
        case .inputImage: "input_image"
        case .inputFile: "input_file"
        case .outputText: "output_text"
        case .refusal: "refusal"
        case .reasoningText: "reasoning_text"
        case .summaryText: "summary_text"
        case .encryptedContent: "encrypted_content"
        case .other(let raw): raw.objectValue?["type"]?.stringValue ?? ""
        }
    }

    /// The text of a text, refusal, reasoning or summary part; `nil` for images, files and unknown kinds.
    public var text: String? {
        switch self {
        case .inputText(let text), .refusal(let text), .reasoningText(let text), .summaryText(let text): text
        case .outputText(let output): output.text
        default: nil
        }
    }

    private enum CodingKeys: String, CodingKey {
        case type, text, refusal
        case encryptedContent = "encrypted_content"
    }

    /// Decodes a part by its `type`, keeping unknown kinds.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            switch try container.decodeIfPresent(String.self, forKey: .type) {
            case "input_text": self = .inputText(try container.decode(String.self, forKey: .text))
            case "input_image": self = .inputImage(try ResponseInputImage(from: decoder))
            case "input_file": self = .inputFile(try ResponseInputFile(from: decoder))
            case "output_text": self = .outputText(try ResponseOutputText(from: decoder))
            case "refusal": self = .refusal(try container.decode(String.self, forKey: .refusal))
            case "reasoning_text": self = .reasoningText(try container.decode(String.self, forKey: .text))
            case "summary_text": self = .summaryText(try container.decode(String.self, forKey: .text))
            case "encrypted_content": self = .encryptedContent(try container.decode(String.self, forKey: .encryptedContent))
            default: self = .other(raw)
            }
        } catch {
            // A known kind in a shape this library does not expect is kept rather than failing the whole response.
            self = .other(raw)
        }
    }

    /// Encodes the part as the API expects.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .inputText(let text):
            try container.encode("input_text", forKey: .type)
            try container.encode(text, forKey: .text)
        case .inputImage(let image): try image.encode(to: encoder)
        case .inputFile(let file): try file.encode(to: encoder)
        case .outputText(let text): try text.encode(to: encoder)
        case .refusal(let text):
            try container.encode("refusal", forKey: .type)
            try container.encode(text, forKey: .refusal)
        case .reasoningText(let text):
            try container.encode("reasoning_text", forKey: .type)
            try container.encode(text, forKey: .text)
        case .summaryText(let text):
            try container.encode("summary_text", forKey: .type)
            try container.encode(text, forKey: .text)
        case .encryptedContent(let content):
            try container.encode("encrypted_content", forKey: .type)
            try container.encode(content, forKey: .encryptedContent)
        case .other(let raw): try raw.encode(to: encoder)
        }
    }
}

/// How closely the model looks at an image.
public struct ResponseImageDetail: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `low`.
    public static let low = Self(rawValue: "low")
    /// `high`.
    public static let high = Self(rawValue: "high")
    /// `auto`, the default.
    public static let auto = Self(rawValue: "auto")
}

/// An `input_image` part.
public struct ResponseInputImage: Codable, Sendable, Hashable {
    /// The image URL or a `data:` URL.
    public var imageURL: String?
    /// An uploaded file's id.
    public var fileID: String?
    /// The detail level; `auto` when `nil`.
    public var detail: ResponseImageDetail?

    /// Creates an image part.
    public init(imageURL: String? = nil, fileID: String? = nil, detail: ResponseImageDetail? = nil) {
        self.imageURL = imageURL
        self.fileID = fileID
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey {
        case type, detail
        case imageURL = "image_url"
        case fileID = "file_id"
    }

    /// Decodes an image part.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        imageURL = try container.decodeIfPresent(String.self, forKey: .imageURL)
        fileID = try container.decodeIfPresent(String.self, forKey: .fileID)
        detail = try container.decodeIfPresent(ResponseImageDetail.self, forKey: .detail)
    }

    /// Encodes `{"type": "input_image", …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("input_image", forKey: .type)
        try container.encodeIfPresent(imageURL, forKey: .imageURL)
        try container.encodeIfPresent(fileID, forKey: .fileID)
        try container.encodeIfPresent(detail, forKey: .detail)
    }
}

/// An `input_file` part: an uploaded file, a URL, or inline base64 data with a file name.
public struct ResponseInputFile: Codable, Sendable, Hashable {
    /// An uploaded file's id.
    public var fileID: String?
    /// A URL the API fetches.
    public var fileURL: String?
    /// The content as a base64 `data:` URL.
    public var fileData: String?
    /// The file name, with inline data.
    public var filename: String?

    /// Creates a file part.
    public init(fileID: String? = nil, fileURL: String? = nil, fileData: String? = nil, filename: String? = nil) {
        self.fileID = fileID
        self.fileURL = fileURL
        self.fileData = fileData
        self.filename = filename
    }

    enum CodingKeys: String, CodingKey {
        case type, filename
        case fileID = "file_id"
        case fileURL = "file_url"
        case fileData = "file_data"
    }

    /// Decodes a file part.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fileID = try container.decodeIfPresent(String.self, forKey: .fileID)
        fileURL = try container.decodeIfPresent(String.self, forKey: .fileURL)
        fileData = try container.decodeIfPresent(String.self, forKey: .fileData)
        filename = try container.decodeIfPresent(String.self, forKey: .filename)
    }

    /// Encodes `{"type": "input_file", …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("input_file", forKey: .type)
        try container.encodeIfPresent(fileID, forKey: .fileID)
        try container.encodeIfPresent(fileURL, forKey: .fileURL)
        try container.encodeIfPresent(fileData, forKey: .fileData)
        try container.encodeIfPresent(filename, forKey: .filename)
    }
}

/// An `output_text` part: the text, its citations and, on request, token log probabilities.
public struct ResponseOutputText: Codable, Sendable, Hashable {
    /// The text.
    public var text: String
    /// Citations and file paths in the text.
    public var annotations: [ResponseAnnotation]
    /// Token log probabilities (with `include: message.output_text.logprobs`), as sent.
    public var logprobs: JSONValue?

    /// Creates an output text part.
    public init(text: String, annotations: [ResponseAnnotation] = [], logprobs: JSONValue? = nil) {
        self.text = text
        self.annotations = annotations
        self.logprobs = logprobs
    }

    enum CodingKeys: String, CodingKey { case type, text, annotations, logprobs }

    /// Decodes an output text part; missing annotations read as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        annotations = try container.decodeIfPresent([ResponseAnnotation].self, forKey: .annotations) ?? []
        logprobs = try container.decodeIfPresent(JSONValue.self, forKey: .logprobs)
    }

    /// Encodes `{"type": "output_text", …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("output_text", forKey: .type)
        try container.encode(text, forKey: .text)
        try container.encode(annotations, forKey: .annotations)
        try container.encodeIfPresent(logprobs, forKey: .logprobs)
    }
}

/// A citation or file path in output text: `file_citation`, `url_citation`, `container_file_citation`,
/// `file_path`, or another kind (its fields are in ``raw``).
public struct ResponseAnnotation: Codable, Sendable, Hashable {
    /// The kind, such as ``ResponseAnnotationType/fileCitation``.
    public var type: ResponseAnnotationType
    /// The cited or produced file (file citations, container citations, file paths).
    public var fileID: String?
    /// The cited file's name.
    public var filename: String?
    /// The character index in the text the annotation applies to (file citations and paths).
    public var index: Int?
    /// The cited URL.
    public var url: String?
    /// The cited page's title.
    public var title: String?
    /// The first character of the cited span (URL and container citations).
    public var startIndex: Int?
    /// The character after the cited span.
    public var endIndex: Int?
    /// The container of a container file citation.
    public var containerID: String?
    /// The annotation as sent, every field included.
    public var raw: JSONValue

    enum CodingKeys: String, CodingKey {
        case type, filename, index, url, title
        case fileID = "file_id"
        case startIndex = "start_index"
        case endIndex = "end_index"
        case containerID = "container_id"
    }

    /// Creates a file citation.
    public static func fileCitation(fileID: String, filename: String?, index: Int) -> Self {
        var raw: [String: JSONValue] = ["type": "file_citation", "file_id": .string(fileID), "index": .integer(index)]
        if let filename { raw["filename"] = .string(filename) }
        return ResponseAnnotation(type: .fileCitation, fileID: fileID, filename: filename, index: index, raw: .object(raw))
    }

    private init(type: ResponseAnnotationType, fileID: String?, filename: String?, index: Int?, raw: JSONValue) {
        self.type = type
        self.fileID = fileID
        self.filename = filename
        self.index = index
        self.raw = raw
    }

    /// Decodes an annotation of any kind.
    public init(from decoder: any Decoder) throws {
        raw = try JSONValue(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decodeIfPresent(ResponseAnnotationType.self, forKey: .type) ?? ""
        fileID = try? container.decodeIfPresent(String.self, forKey: .fileID)
        filename = try? container.decodeIfPresent(String.self, forKey: .filename)
        index = try? container.decodeIfPresent(Int.self, forKey: .index)
        url = try? container.decodeIfPresent(String.self, forKey: .url)
        title = try? container.decodeIfPresent(String.self, forKey: .title)
        startIndex = try? container.decodeIfPresent(Int.self, forKey: .startIndex)
        endIndex = try? container.decodeIfPresent(Int.self, forKey: .endIndex)
        containerID = try? container.decodeIfPresent(String.self, forKey: .containerID)
    }

    /// Encodes the annotation as it was received.
    public func encode(to encoder: any Encoder) throws {
        try raw.encode(to: encoder)
    }
}

/// The kind of a ``ResponseAnnotation``.
public struct ResponseAnnotationType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `file_citation`: a file search result.
    public static let fileCitation = Self(rawValue: "file_citation")
    /// `url_citation`: a web page.
    public static let urlCitation = Self(rawValue: "url_citation")
    /// `container_file_citation`: a file in a code interpreter container.
    public static let containerFileCitation = Self(rawValue: "container_file_citation")
    /// `file_path`: a file the model produced.
    public static let filePath = Self(rawValue: "file_path")
}
