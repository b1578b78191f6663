import Foundation

/// The one error every ``OpenAI`` call throws.
///
/// ``kind`` says what went wrong; the API's own fields (``type``, ``code``, ``param``, ``message``) and the
/// ``requestID`` (quote it to OpenAI support) are filled in whenever the server answered:
///
/// ```swift
/// do {
///     _ = try await client.embeddings.create(request)
/// } catch let error where error.kind == .api && error.status == 429 {
///     print("rate limited; retry later. request:", error.requestID ?? "-")
/// }
/// ```
///
/// ``description`` is one line and never contains the API key or the response body.
public struct OpenAIError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure this is; an open set.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The kind's name, such as `"api"`.
        public var rawValue: String
        /// Creates a kind from its name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The server answered with an HTTP error status.
        public static let api = Kind(rawValue: "api")
        /// The connection could not be made or broke before the response was complete.
        public static let connection = Kind(rawValue: "connection")
        /// The request took longer than its timeout.
        public static let timeout = Kind(rawValue: "timeout")
        /// The response body could not be decoded into the expected type (``rawBody`` holds it).
        public static let decoding = Kind(rawValue: "decoding")
        /// The server sent an error event inside a stream, or the stream was malformed.
        public static let stream = Kind(rawValue: "stream")
        /// The calling task was cancelled.
        public static let cancelled = Kind(rawValue: "cancelled")
        /// The request could not be built (a bad URL, an unreadable file, an unencodable body).
        public static let invalidRequest = Kind(rawValue: "invalid_request")
        /// The name of the kind.
        public var description: String { rawValue }
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// The HTTP status, when the server answered.
    public var status: Int?
    /// The API error `type` (such as `invalid_request_error`), when the body carried one.
    public var type: String?
    /// The API error `code` (such as `insufficient_quota`), when the body carried one.
    public var code: String?
    /// The request parameter the error refers to, when the body named one.
    public var param: String?
    /// A human-readable explanation.
    public var message: String
    /// The `x-request-id` response header, when the server answered.
    public var requestID: String?
    /// The response body (at most 64 KiB of it) when it was not the usual error object or failed to decode.
    public var rawBody: String?
    /// The lower-level error this one wraps (a transport error, a `DecodingError`…).
    public var underlying: (any Error)?
    /// The response's headers, status and rate limits, when the server answered.
    public var metadata: ResponseMetadata?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: What kind of failure this is.
    ///   - message: A human-readable explanation.
    ///   - status: The HTTP status, if any.
    ///   - type: The API error type, if any.
    ///   - code: The API error code, if any.
    ///   - param: The parameter the error refers to, if any.
    ///   - requestID: The `x-request-id`, if any.
    ///   - rawBody: The undecodable body, if any.
    ///   - underlying: The wrapped error, if any.
    ///   - metadata: The response metadata, if any.
    public init(
        kind: Kind,
        message: String,
        status: Int? = nil,
        type: String? = nil,
        code: String? = nil,
        param: String? = nil,
        requestID: String? = nil,
        rawBody: String? = nil,
        underlying: (any Error)? = nil,
        metadata: ResponseMetadata? = nil
    ) {
        self.kind = kind
        self.message = message
        self.status = status
        self.type = type
        self.code = code
        self.param = param
        self.requestID = requestID ?? metadata?.requestID
        self.rawBody = rawBody
        self.underlying = underlying
        self.metadata = metadata
    }

    /// One line: kind, status, type and code, message, request id.
    public var description: String {
        var parts = ["OpenAI \(kind) error"]
        if let status { parts.append("HTTP \(status)") }
        let labels = [type, code.map { "code \($0)" }, param.map { "param \($0)" }].compactMap { $0 }
        if !labels.isEmpty { parts.append("(\(labels.joined(separator: ", ")))") }
        var line = parts.joined(separator: " ") + ": " + message.replacingOccurrences(of: "\n", with: " ")
        if let requestID { line += " [request \(requestID)]" }
        return line
    }
}

extension OpenAIError {
    static let rawBodyLimit = 64 * 1024

    /// Builds the error for a non-2xx response from its (already read) body.
    init(status: Int, body: [UInt8], metadata: ResponseMetadata) {
        let envelope = try? JSONDecoder().decode(APIErrorEnvelope.self, from: Data(body))
        if let detail = envelope?.error {
            self.init(
                kind: .api,
                message: detail.message ?? "HTTP \(status)",
                status: status,
                type: detail.type,
                code: detail.code?.stringValue,
                param: detail.param,
                metadata: metadata
            )
        } else {
            let text = String(decoding: body.prefix(Self.rawBodyLimit), as: UTF8.self)
            let message = envelope?.message ?? (text.isEmpty ? "HTTP \(status) with an empty body" : "HTTP \(status)")
            self.init(kind: .api, message: message, status: status, rawBody: text, metadata: metadata)
        }
    }

    /// Builds the error for an `error` event (or an `{"error": …}` payload) inside a stream.
    init(streamEventData data: String, metadata: ResponseMetadata?) {
        let bytes = Data(data.utf8)
        let detail = (try? JSONDecoder().decode(APIErrorEnvelope.self, from: bytes))?.error
            ?? (try? JSONDecoder().decode(APIErrorEnvelope.Detail.self, from: bytes))
        self.init(
            kind: .stream,
            message: detail?.message ?? "the server sent an error event",
            status: metadata?.status,
            type: detail?.type,
            code: detail?.code?.stringValue,
            param: detail?.param,
            rawBody: detail?.message == nil ? String(data.prefix(Self.rawBodyLimit)) : nil,
            metadata: metadata
        )
    }

    /// Wraps an error thrown by a transport, classifying timeouts, cancellations and connection failures.
    init(transportError error: any Error) {
        if let error = error as? OpenAIError {
            self = error
        } else if error is CancellationError || Task.isCancelled {
            self.init(kind: .cancelled, message: "the request was cancelled", underlying: error)
        } else if error is TransportTimeoutError {
            self.init(kind: .timeout, message: "the request timed out (\(error))", underlying: error)
        } else {
            self.init(kind: .connection, message: "connection failed: \(error)", underlying: error)
        }
    }

    static func decoding(_ error: any Error, body: [UInt8], metadata: ResponseMetadata?, what: String) -> OpenAIError {
        OpenAIError(
            kind: .decoding,
            message: "could not decode \(what): \(DecodingErrorSummary(error))",
            status: metadata?.status,
            rawBody: String(decoding: body.prefix(rawBodyLimit), as: UTF8.self),
            underlying: error,
            metadata: metadata
        )
    }
}

/// Thrown by transports when an attempt runs past its timeout; mapped to ``OpenAIError/Kind/timeout``.
public struct TransportTimeoutError: Error, Sendable, CustomStringConvertible {
    /// The timeout that was exceeded.
    public var timeout: Duration
    /// Creates the error.
    public init(timeout: Duration) { self.timeout = timeout }
    /// A one-line explanation.
    public var description: String { "no response within \(timeout)" }
}

/// The usual error body: `{"error": {"message", "type", "param", "code"}}`.
struct APIErrorEnvelope: Decodable {
    struct Detail: Decodable {
        var message: String?
        var type: String?
        var param: String?
        var code: JSONValue?
    }

    var error: Detail?
    /// Some compatible servers answer `{"message": "…"}` or `{"error": "…"}`.
    var message: String?

    enum CodingKeys: String, CodingKey { case error, message }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let detail = try? container.decodeIfPresent(Detail.self, forKey: .error) {
            error = detail
        } else if let text = try? container.decodeIfPresent(String.self, forKey: .error) {
            error = Detail(message: text)
        }
        message = try? container.decodeIfPresent(String.self, forKey: .message)
    }
}

/// A short, body-free rendering of a `DecodingError`: what failed and where.
struct DecodingErrorSummary: CustomStringConvertible {
    let error: any Error
    init(_ error: any Error) { self.error = error }

    var description: String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? "the top level" : path
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing key \(key.stringValue) at \(path(context))"
        case .typeMismatch(let type, let context): return "expected \(type) at \(path(context))"
        case .valueNotFound(let type, let context): return "null where \(type) was expected at \(path(context))"
        case .dataCorrupted(let context): return "\(context.debugDescription) at \(path(context))"
        @unknown default: return String(describing: error)
        }
    }
}
