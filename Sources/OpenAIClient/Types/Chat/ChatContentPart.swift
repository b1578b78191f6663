/// One part of a multi-part message: text, an image, input audio, a file, or a refusal.
public struct ChatContentPart: Codable, Sendable, Hashable {
    /// The part type, such as `text` or `image_url`.
    public var type: ChatContentPartType
    /// The text of a `text` part.
    public var text: String?
    /// The image of an `image_url` part.
    public var imageURL: ImageURL?
    /// The audio of an `input_audio` part.
    public var inputAudio: InputAudio?
    /// The file of a `file` part.
    public var file: File?
    /// The refusal of a `refusal` part (assistant messages).
    public var refusal: String?

    /// An image by URL or `data:` URL.
    public struct ImageURL: Codable, Sendable, Hashable {
        /// An `https` URL or a `data:image/…;base64,…` URL.
        public var url: String
        /// How closely the model looks: `auto` (default), `low` or `high`.
        public var detail: ImageDetail?
        /// Creates an image reference.
        public init(url: String, detail: ImageDetail? = nil) {
            self.url = url
            self.detail = detail
        }
    }

    /// Base64 audio input.
    public struct InputAudio: Codable, Sendable, Hashable {
        /// The base64 audio bytes.
        public var data: String
        /// The audio format: `wav` or `mp3`.
        public var format: String
        /// Creates audio input.
        public init(data: String, format: String) {
            self.data = data
            self.format = format
        }
    }

    /// A file by id or by inline base64 data.
    public struct File: Codable, Sendable, Hashable {
        /// An uploaded file's id.
        public var fileID: String?
        /// The file name, with inline data.
        public var filename: String?
        /// The base64 file data.
        public var fileData: String?
        /// Creates a file reference.
        public init(fileID: String? = nil, filename: String? = nil, fileData: String? = nil) {
            self.fileID = fileID
            self.filename = filename
            self.fileData = fileData
        }

        enum CodingKeys: String, CodingKey {
            case filename
            case fileID = "file_id"
            case fileData = "file_data"
        }
    }

    /// Creates a part with any combination of fields.
    public init(type: ChatContentPartType, text: String? = nil, imageURL: ImageURL? = nil, inputAudio: InputAudio? = nil, file: File? = nil, refusal: String? = nil) {
        self.type = type
        self.text = text
        self.imageURL = imageURL
        self.inputAudio = inputAudio
        self.file = file
        self.refusal = refusal
    }

    /// A text part.
    public static func text(_ text: String) -> ChatContentPart {
        ChatContentPart(type: .text, text: text)
    }

    /// An image part from a URL.
    public static func imageURL(_ url: String, detail: ImageDetail? = nil) -> ChatContentPart {
        ChatContentPart(type: .imageURL, imageURL: ImageURL(url: url, detail: detail))
    }

    /// An image part from base64 bytes, sent as a `data:` URL.
    ///
    /// - Parameters:
    ///   - base64: The base64-encoded image.
    ///   - mediaType: The image type, such as `image/png`.
    ///   - detail: How closely the model looks; the server's default when `nil`.
    public static func imageBase64(_ base64: String, mediaType: String, detail: ImageDetail? = nil) -> ChatContentPart {
        imageURL("data:\(mediaType);base64,\(base64)", detail: detail)
    }

    /// An input audio part.
    public static func inputAudio(base64 data: String, format: String) -> ChatContentPart {
        ChatContentPart(type: .inputAudio, inputAudio: InputAudio(data: data, format: format))
    }

    /// A file part by uploaded file id.
    public static func file(id: String) -> ChatContentPart {
        ChatContentPart(type: .file, file: File(fileID: id))
    }

    enum CodingKeys: String, CodingKey {
        case type, text, file, refusal
        case imageURL = "image_url"
        case inputAudio = "input_audio"
    }
}

/// A content part type; an open set.
public struct ChatContentPartType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `text`.
    public static let text = Self(rawValue: "text")
    /// `image_url`.
    public static let imageURL = Self(rawValue: "image_url")
    /// `input_audio`.
    public static let inputAudio = Self(rawValue: "input_audio")
    /// `file`.
    public static let file = Self(rawValue: "file")
    /// `refusal`.
    public static let refusal = Self(rawValue: "refusal")
}

/// How closely the model looks at an image; an open set.
public struct ImageDetail: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a detail level from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `auto`.
    public static let auto = Self(rawValue: "auto")
    /// `low`.
    public static let low = Self(rawValue: "low")
    /// `high`.
    public static let high = Self(rawValue: "high")
}
