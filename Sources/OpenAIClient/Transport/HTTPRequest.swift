import Foundation

/// One HTTP request, as a ``HTTPTransport`` sends it.
public struct HTTPRequest: Sendable {
    /// A request body: bytes in memory, or a stream of chunks with an optional known length.
    public struct Body: Sendable {
        enum Storage: Sendable {
            case bytes([UInt8])
            case stream(length: Int?, makeChunks: @Sendable () -> AsyncThrowingStream<[UInt8], any Error>)
        }

        let storage: Storage

        /// A body held in memory.
        public static func bytes(_ bytes: [UInt8]) -> Body { Body(storage: .bytes(bytes)) }

        /// A body produced in chunks, for uploads too large to hold in memory.
        ///
        /// - Parameters:
        ///   - length: The total byte count when known (sent as `Content-Length`), else `nil` (chunked).
        ///   - makeChunks: Produces a fresh stream each time it is called; a retried request calls it again.
        public static func stream(
            length: Int?,
            _ makeChunks: @escaping @Sendable () -> AsyncThrowingStream<[UInt8], any Error>
        ) -> Body {
            Body(storage: .stream(length: length, makeChunks: makeChunks))
        }

        /// The bytes of an in-memory body, or `nil` for a streamed one.
        public var inMemoryBytes: [UInt8]? {
            if case .bytes(let bytes) = storage { return bytes }
            return nil
        }

        /// The body length when known.
        public var length: Int? {
            switch storage {
            case .bytes(let bytes): bytes.count
            case .stream(let length, _): length
            }
        }

        /// A fresh stream of the body's chunks (an in-memory body is one chunk).
        public func makeChunks() -> AsyncThrowingStream<[UInt8], any Error> {
            switch storage {
            case .bytes(let bytes):
                AsyncThrowingStream { continuation in
                    continuation.yield(bytes)
                    continuation.finish()
                }
            case .stream(_, let makeChunks):
                makeChunks()
            }
        }
    }

    /// The method.
    public var method: HTTPMethod
    /// The absolute URL, query included.
    public var url: URL
    /// The headers.
    public var headers: HTTPHeaderFields
    /// The body, if any.
    public var body: Body?
    /// The deadline for this attempt, measured from when it is sent.
    public var timeout: Duration

    /// Creates a request.
    public init(method: HTTPMethod, url: URL, headers: HTTPHeaderFields = [:], body: Body? = nil, timeout: Duration = .seconds(600)) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}
