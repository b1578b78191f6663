
/// The limits every request is held to.
public struct ServerLimits: Sendable {
    /// The largest request body read, in bytes (default 1 MiB); a larger one is answered 413.
    public var maxBodyBytes: Int
    /// How long a request may take to produce its response head (default 60 s); a slower one is answered 504.
    /// Streamed bodies (server-sent events) are not cut.
    public var requestTimeout: Duration

    /// Creates limits.
    /// - Parameters:
    ///   - maxBodyBytes: The largest request body (default 1 MiB).
    ///   - requestTimeout: The time to a response head (default 60 s).
    public init(maxBodyBytes: Int = 1 << 20, requestTimeout: Duration = .seconds(60)) {
        self.maxBodyBytes = maxBodyBytes
        self.requestTimeout = requestTimeout
    }
}
