/// Sends one HTTP request and returns the response head with its body still streaming.
///
/// ``OpenAI`` builds the requests, retries and decodes; a transport only moves bytes. The default is
/// ``AsyncHTTPClientTransport``. Write your own for proxies, middleware or tests:
///
/// ```swift
/// struct LoggingTransport: HTTPTransport {
///     let base: any HTTPTransport
///     func send(_ request: HTTPRequest) async throws -> HTTPResponse {
///         print(request.method, request.url)
///         return try await base.send(request)
///     }
/// }
/// ```
///
/// Implementations must not retry (the client does), must not throw for an HTTP error status (return it),
/// and should throw ``TransportTimeoutError`` when ``HTTPRequest/timeout`` passes. Cancelling the calling task
/// must cancel the request and the body stream.
public protocol HTTPTransport: Sendable {
    /// Sends the request and returns once the response head has arrived.
    ///
    /// - Throws: Connection failures, ``TransportTimeoutError``, `CancellationError`.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
