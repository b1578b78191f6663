/// One HTTP response, as a ``HTTPTransport`` returns it: the head, and a body still to be read.
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// The headers.
    public var headers: HTTPHeaderFields
    /// The body, read once as it arrives.
    public var body: HTTPBody

    /// Creates a response.
    public init(status: Int, headers: HTTPHeaderFields = [:], body: HTTPBody = HTTPBody()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
