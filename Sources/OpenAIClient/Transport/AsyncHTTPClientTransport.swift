import AsyncHTTPClient
internal import NIOCore
internal import NIOHTTP1

/// The default ``HTTPTransport``: AsyncHTTPClient on SwiftNIO, which streams response bodies on Linux and macOS.
///
/// By default it uses ``sharedClient``, which lives as long as the process and needs no shutdown. Pass your own
/// `HTTPClient` for proxies or custom TLS, and shut it down yourself when done.
public struct AsyncHTTPClientTransport: HTTPTransport {
    /// The process-wide client used by default.
    ///
    /// It is `HTTPClient.shared`'s configuration with two changes: a failed connection fails the attempt at once
    /// (``OpenAI`` retries it with its own backoff, instead of AsyncHTTPClient waiting out a 90-second connect
    /// timeout when, say, a local server is not running), and no read timeout, so a model that thinks for minutes
    /// before its first byte is bounded only by ``OpenAIConfiguration/timeout``.
    public static let sharedClient: HTTPClient = {
        var configuration = HTTPClient.Configuration.singletonConfiguration
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: .seconds(10), read: nil)
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    /// The client requests go through.
    public let client: HTTPClient

    /// Creates a transport.
    ///
    /// - Parameter client: The HTTP client to use; ``sharedClient`` by default.
    public init(client: HTTPClient = AsyncHTTPClientTransport.sharedClient) {
        self.client = client
    }

    /// Sends the request; the response body streams from the connection as it is read.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headers {
            outgoing.headers.add(name: field.name, value: field.value)
        }
        if let body = request.body {
            if let bytes = body.inMemoryBytes {
                outgoing.body = .bytes(ByteBuffer(bytes: bytes))
            } else {
                let chunks = body.makeChunks().map { ByteBuffer(bytes: $0) }
                outgoing.body = .stream(chunks, length: body.length.map { .known(Int64($0)) } ?? .unknown)
            }
        }
        let response: HTTPClientResponse
        do {
            response = try await client.execute(outgoing, timeout: TimeAmount(request.timeout))
        } catch let error as HTTPClientError where Self.isTimeout(error) {
            throw TransportTimeoutError(timeout: request.timeout)
        }
        var headers = HTTPHeaderFields()
        for (name, value) in response.headers {
            headers.append(name: name, value: value)
        }
        let timeout = request.timeout
        return HTTPResponse(
            status: Int(response.status.code),
            headers: headers,
            body: HTTPBody(TimeoutMappingBody(base: response.body, timeout: timeout))
        )
    }

    static func isTimeout(_ error: HTTPClientError) -> Bool {
        [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout, .getConnectionFromPoolTimeout]
            .contains(error)
    }
}

/// Reads AsyncHTTPClient's body, failing with ``TransportTimeoutError`` when no piece arrives within `timeout` (and
/// turning AsyncHTTPClient's own timeout errors into the same).
///
/// AsyncHTTPClient's deadline ends when the response head arrives, and the shared client has no read timeout (a
/// model may think for minutes before its first byte), so without this a server that stalls mid-body would hang
/// the reader for good. Waiting per piece rather than for the whole body lets a long stream run as long as it flows.
private struct TimeoutMappingBody: AsyncSequence, Sendable {
    typealias Element = [UInt8]
    let base: HTTPClientResponse.Body
    let timeout: Duration

    /// Holds AsyncHTTPClient's iterator so that a child task can advance it; only one `next()` runs at a time.
    fileprivate final class IteratorBox: @unchecked Sendable {
        var iterator: HTTPClientResponse.Body.AsyncIterator
        init(_ iterator: HTTPClientResponse.Body.AsyncIterator) { self.iterator = iterator }
    }

    struct AsyncIterator: AsyncIteratorProtocol {
        fileprivate let base: IteratorBox
        let timeout: Duration

        mutating func next() async throws -> [UInt8]? {
            let base = base
            let timeout = timeout
            do {
                return try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
                    group.addTask { try await base.iterator.next().map { Array(buffer: $0) } }
                    group.addTask {
                        try await Task.sleep(for: timeout)
                        throw TransportTimeoutError(timeout: timeout)
                    }
                    // The loser is cancelled: a stalled read ends the request, an unneeded timer just stops.
                    defer { group.cancelAll() }
                    return try await group.next() ?? nil
                }
            } catch let error as HTTPClientError where AsyncHTTPClientTransport.isTimeout(error) {
                throw TransportTimeoutError(timeout: timeout)
            }
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: IteratorBox(base.makeAsyncIterator()), timeout: timeout)
    }
}
