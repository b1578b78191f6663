/// The body of `POST /moderations`.
public struct CreateModerationRequest: Encodable, Sendable {
    /// What to classify: text, texts, or text and image parts.
    public enum Input: Encodable, Sendable, Hashable {
        /// One text.
        case string(String)
        /// Several texts, one result each.
        case strings([String])
        /// Text and image parts, classified together (omni-moderation models).
        case parts([ModerationInputPart])

        /// Encodes the input as the API's `oneOf`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .strings(let value): try container.encode(value)
            case .parts(let value): try container.encode(value)
            }
        }
    }

    /// The input.
    public var input: Input
    /// The model id; the server's default (`omni-moderation-latest`) when `nil`.
    public var model: String?

    /// Creates a request.
    public init(input: Input, model: String? = nil) {
        self.input = input
        self.model = model
    }
}

/// A part of a multi-modal moderation input.
public struct ModerationInputPart: Encodable, Sendable, Hashable {
    /// `text` or `image_url`.
    public var type: String
    /// The text of a `text` part.
    public var text: String?
    /// The image of an `image_url` part.
    public var imageURL: ImageURL?

    /// An image by URL or `data:` URL.
    public struct ImageURL: Encodable, Sendable, Hashable {
        /// The URL.
        public var url: String
    }

    /// A text part.
    public static func text(_ text: String) -> ModerationInputPart {
        ModerationInputPart(type: "text", text: text)
    }

    /// An image part.
    public static func imageURL(_ url: String) -> ModerationInputPart {
        ModerationInputPart(type: "image_url", imageURL: ImageURL(url: url))
    }

    enum CodingKeys: String, CodingKey {
        case type, text
        case imageURL = "image_url"
    }
}
