import Foundation

/// A conversation: a durable list of items that responses read from and add to.
///
/// `POST /conversations`, `GET /conversations/{conversation_id}`.
public struct Conversation: Codable, Sendable, Hashable, Identifiable {
    /// The conversation id, such as `conv_123`.
    public var id: String
    /// The object type, `conversation`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    enum CodingKeys: String, CodingKey {
        case id, object, metadata
        case createdAt = "created_at"
    }

    /// Decodes a conversation; metadata that is not a string map (or `null`) reads as `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt)
        metadata = try? container.decodeIfPresent([String: String].self, forKey: .metadata)
    }
}

/// The body of `POST /conversations` (the spec's `CreateConversationBody`).
///
/// ```swift
/// let conversation = try await client.conversations.create(CreateConversationRequest(
///     items: [.message(role: .user, text: "Hello")], metadata: ["topic": "demo"]))
/// ```
public struct CreateConversationRequest: Encodable, Sendable, Hashable {
    /// Initial items, at most 20.
    public var items: [ResponseItem]?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    /// Creates a request.
    public init(items: [ResponseItem]? = nil, metadata: [String: String]? = nil) {
        self.items = items
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey { case items, metadata }
}

/// The body of `POST /conversations/{conversation_id}` (the spec's `UpdateConversationBody`).
public struct UpdateConversationRequest: Encodable, Sendable, Hashable {
    /// The new metadata, replacing the old.
    public var metadata: [String: String]

    /// Creates a request.
    public init(metadata: [String: String]) { self.metadata = metadata }

    enum CodingKeys: String, CodingKey { case metadata }
}

/// The body of `POST /conversations/{conversation_id}/items`.
public struct CreateConversationItemsRequest: Encodable, Sendable, Hashable {
    /// The items to add, at most 20.
    public var items: [ResponseItem]

    /// Creates a request.
    public init(items: [ResponseItem]) { self.items = items }

    enum CodingKeys: String, CodingKey { case items }
}

/// A page of conversation items (the spec's `ConversationItemList`): `{"object": "list", "data", "first_id", "last_id", "has_more"}`.
public typealias ConversationItemList = Page<ResponseItem>
