/// A conversation thread: messages that runs read and append to.
///
/// Named `AssistantThread` so it does not shadow Foundation's `Thread`.
public struct AssistantThread: Decodable, Sendable, Hashable, Identifiable {
    /// The id, such as `thread_abc123`.
    public var id: String
    /// The object type, `"thread"`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// The tools' files and vector stores.
    public var toolResources: ToolResources?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    enum CodingKeys: String, CodingKey {
        case id, object, metadata
        case createdAt = "created_at"
        case toolResources = "tool_resources"
    }
}

/// The body of `POST /threads` and the `thread` of `POST /threads/runs`.
public struct CreateThreadRequest: Encodable, Sendable, Hashable {
    /// Messages to start the thread with.
    public var messages: [CreateMessageRequest]?
    /// The tools' files and vector stores.
    public var toolResources: ToolResources?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    /// Creates a request.
    public init(messages: [CreateMessageRequest]? = nil, toolResources: ToolResources? = nil, metadata: [String: String]? = nil) {
        self.messages = messages
        self.toolResources = toolResources
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case messages, metadata
        case toolResources = "tool_resources"
    }
}

/// The body of `POST /threads/{thread_id}`.
public struct ModifyThreadRequest: Encodable, Sendable, Hashable {
    /// The tools' files and vector stores.
    public var toolResources: ToolResources?
    /// Up to 16 key-value pairs (replaces the old set).
    public var metadata: [String: String]?

    /// Creates a request.
    public init(toolResources: ToolResources? = nil, metadata: [String: String]? = nil) {
        self.toolResources = toolResources
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case metadata
        case toolResources = "tool_resources"
    }
}
