/// A message of a stored chat completion (`GET /chat/completions/{completion_id}/messages`).
public struct StoredChatMessage: Decodable, Sendable, Hashable {
    /// The message id.
    public var id: String
    /// The message: role, content, tool calls.
    public var message: ChatCompletionMessage
    /// The text and image parts, when the message was sent as parts; `nil` otherwise.
    public var contentParts: [ChatContentPart]?

    /// Creates a stored message.
    public init(id: String, message: ChatCompletionMessage, contentParts: [ChatContentPart]? = nil) {
        self.id = id
        self.message = message
        self.contentParts = contentParts
    }

    enum CodingKeys: String, CodingKey {
        case id
        case contentParts = "content_parts"
    }

    /// Decodes the id and parts and, from the same object, the message.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        contentParts = try container.decodeIfPresent([ChatContentPart].self, forKey: .contentParts)
        message = try ChatCompletionMessage(from: decoder)
    }
}
