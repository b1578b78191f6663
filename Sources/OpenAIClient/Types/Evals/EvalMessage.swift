/// A chat message in an eval: a model grader's prompt, or a run's input template. Its text may refer to the
/// `item` and `sample` namespaces, as in `{{item.question}}` or `{{sample.output_text}}`.
///
/// ```swift
/// let prompt: [EvalMessage] = [
///     EvalMessage(role: .system, text: "Grade the answer from 0 to 1."),
///     EvalMessage(role: .user, text: "Reference: {{item.answer}}\nAnswer: {{sample.output_text}}"),
/// ]
/// ```
public struct EvalMessage: Codable, Sendable, Hashable {
    /// Who wrote it: `user`, `assistant`, `system` or `developer`.
    public var role: ResponseRole
    /// The text, or content parts.
    public var content: EvalMessageContent
    /// `message`, when sent; the API takes messages without it.
    public var type: String?

    /// Creates a message.
    public init(role: ResponseRole, content: EvalMessageContent, type: String? = nil) {
        self.role = role
        self.content = content
        self.type = type
    }

    /// Creates a message whose content is one string.
    public init(role: ResponseRole, text: String) {
        self.init(role: role, content: .text(text))
    }
}

/// An eval message's content: a string, one part, or a list of parts.
public enum EvalMessageContent: Codable, Sendable, Hashable {
    /// A plain string.
    case text(String)
    /// One part.
    case part(EvalContentPart)
    /// A list of parts.
    case parts([EvalContentPart])

    /// Decodes a string, a part or a list of parts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let parts = try? container.decode([EvalContentPart].self) {
            self = .parts(parts)
        } else {
            self = .part(try container.decode(EvalContentPart.self))
        }
    }

    /// Encodes the string, part or list.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .part(let part): try container.encode(part)
        case .parts(let parts): try container.encode(parts)
        }
    }
}

/// One part of an eval message: input or output text, an image, audio, or a kind this library does not model.
public enum EvalContentPart: Codable, Sendable, Hashable {
    /// `input_text` (a bare string in a list decodes as this).
    case inputText(String)
    /// `output_text`: text the model wrote.
    case outputText(String)
    /// `input_image`: an image URL, with a detail level.
    case inputImage(url: String, detail: ResponseImageDetail? = nil)
    /// `input_audio`: base64 audio in a `format` such as `mp3` or `wav`.
    case inputAudio(data: String, format: String)
    /// Any other kind, kept as sent.
    case other(JSONValue)

    /// The part as JSON.
    var json: JSONValue {
        switch self {
        case .inputText(let text): ["type": "input_text", "text": .string(text)]
        case .outputText(let text): ["type": "output_text", "text": .string(text)]
        case .inputImage(let url, let detail):
            detail.map { ["type": "input_image", "image_url": .string(url), "detail": .string($0.rawValue)] }
                ?? ["type": "input_image", "image_url": .string(url)]
        case .inputAudio(let data, let format): ["type": "input_audio", "input_audio": ["data": .string(data), "format": .string(format)]]
        case .other(let raw): raw
        }
    }

    /// Decodes a part by its `type`, keeping unknown kinds.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        switch (raw["type"]?.stringValue, raw.stringValue) {
        case (_, let text?): self = .inputText(text)
        case ("input_text", _) where raw["text"]?.stringValue != nil: self = .inputText(raw["text"]?.stringValue ?? "")
        case ("output_text", _) where raw["text"]?.stringValue != nil: self = .outputText(raw["text"]?.stringValue ?? "")
        case ("input_image", _) where raw["image_url"]?.stringValue != nil:
            self = .inputImage(url: raw["image_url"]?.stringValue ?? "", detail: raw["detail"]?.stringValue.map(ResponseImageDetail.init(rawValue:)))
        case ("input_audio", _) where raw["input_audio"]?["data"]?.stringValue != nil:
            self = .inputAudio(data: raw["input_audio"]?["data"]?.stringValue ?? "", format: raw["input_audio"]?["format"]?.stringValue ?? "")
        default: self = .other(raw)
        }
    }

    /// Encodes the part as the API expects.
    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}
