/// One server-sent event: its type, its data lines joined with `\n`, its id and retry hint.
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event:` field; `nil` means the default type, `message`.
    public var event: String?
    /// The `data:` lines joined with `\n`.
    public var data: String
    /// The last `id:` seen in the stream, if any.
    public var id: String?
    /// The `retry:` reconnection time in milliseconds, if this event set one.
    public var retry: Int?

    /// Creates an event.
    public init(event: String? = nil, data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}
