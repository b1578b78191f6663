/// The body of a `POST` whose only change is an object's metadata: a message, a run, a stored chat completion.
public struct MetadataUpdateRequest: Encodable, Sendable, Hashable {
    /// Up to 16 key-value pairs (replaces the old set).
    public var metadata: [String: String]?

    /// Creates a request.
    public init(metadata: [String: String]?) { self.metadata = metadata }
}

/// The body of `POST /threads/{thread_id}/messages/{message_id}`: new metadata.
public typealias ModifyMessageRequest = MetadataUpdateRequest

/// The body of `POST /threads/{thread_id}/runs/{run_id}`: new metadata.
public typealias ModifyRunRequest = MetadataUpdateRequest
