import Foundation

/// A request the ``TestHTTPServer`` received, exactly as it arrived.
public struct RecordedRequest: Sendable {
    /// One header line.
    public struct Header: Sendable, Hashable {
        /// The name as sent.
        public var name: String
        /// The value.
        public var value: String
    }

    /// The method, such as `"POST"`.
    public var method: String
    /// The request target: path and query, as sent.
    public var uri: String
    /// The headers in order.
    public var headers: [Header]
    /// The body bytes (at most the server's `recordedBodyLimit`).
    public var body: [UInt8]
    /// How many body bytes arrived, kept or not.
    public var bodyLength: Int

    /// Creates a recorded request.
    public init(method: String, uri: String, headers: [Header], body: [UInt8], bodyLength: Int? = nil) {
        self.method = method
        self.uri = uri
        self.headers = headers
        self.body = body
        self.bodyLength = bodyLength ?? body.count
    }

    /// The path without the query, such as `/v1/embeddings`.
    public var path: String {
        String(uri.prefix { $0 != "?" })
    }

    /// The decoded query items, in order.
    public var queryItems: [URLQueryItem] {
        URLComponents(string: uri)?.queryItems ?? []
    }

    /// The first value of the query item `name`.
    public func query(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// The first value of header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body as UTF-8 text.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// Decodes the body as JSON.
    public func decodeJSON<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(body))
    }
}
