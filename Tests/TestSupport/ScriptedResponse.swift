import Foundation

/// What the ``TestHTTPServer`` answers: a status, headers, and a body sent in pieces, possibly cut short.
///
/// ```swift
/// let ok = ScriptedResponse.json(#"{"object": "list", "data": []}"#)
/// let limited = ScriptedResponse.error(status: 429, message: "slow down", headers: ["retry-after-ms": "10"])
/// let stream = ScriptedResponse.sse(["{\"id\":1}", "[DONE]"], pieceSize: 3)
/// let broken = ScriptedResponse.sse(["{\"id\":1}"], done: false).droppingConnection()
/// ```
public struct ScriptedResponse: Sendable {
    /// One step of sending the body.
    public enum Step: Sendable {
        /// Writes these bytes (and flushes them).
        case bytes([UInt8])
        /// Waits before the next step (cancelled when the server shuts down).
        case delay(Duration)
        /// Waits until the test opens the gate (or the server shuts down).
        case wait(TestGate)
    }

    /// The status code; ignored when ``dropsBeforeHead``.
    public var status: Int
    /// The headers in order.
    public var headers: [(String, String)]
    /// The body steps in order.
    public var steps: [Step]
    /// Closes the connection after the steps without ending the body (a connection dropped mid-stream).
    public var dropsAfterBody: Bool
    /// Closes the connection without sending anything (a connection reset before any response).
    public var dropsBeforeHead: Bool
    /// Waits this long before sending the head (cancelled when the server shuts down).
    public var delayBeforeHead: Duration?

    /// Creates a response.
    public init(status: Int = 200, headers: [(String, String)] = [], steps: [Step] = [], dropsAfterBody: Bool = false, dropsBeforeHead: Bool = false) {
        self.status = status
        self.headers = headers
        self.steps = steps
        self.dropsAfterBody = dropsAfterBody
        self.dropsBeforeHead = dropsBeforeHead
    }

    /// A JSON body.
    public static func json(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> ScriptedResponse {
        ScriptedResponse(
            status: status,
            headers: [("Content-Type", "application/json")] + headers.sorted { $0.key < $1.key },
            steps: [.bytes(Array(text.utf8))]
        )
    }

    /// A plain-text (or any non-JSON) body.
    public static func text(_ text: String, status: Int = 200, contentType: String = "text/plain", headers: [String: String] = [:]) -> ScriptedResponse {
        ScriptedResponse(
            status: status,
            headers: [("Content-Type", contentType)] + headers.sorted { $0.key < $1.key },
            steps: [.bytes(Array(text.utf8))]
        )
    }

    /// An OpenAI error body: `{"error": {"message", "type", "param", "code"}}`.
    public static func error(
        status: Int,
        message: String,
        type: String = "invalid_request_error",
        code: String? = nil,
        param: String? = nil,
        headers: [String: String] = [:]
    ) -> ScriptedResponse {
        func quoted(_ text: String?) -> String {
            guard let text else { return "null" }
            let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
            return String(decoding: data, as: UTF8.self)
        }
        let body = #"{"error": {"message": \#(quoted(message)), "type": \#(quoted(type)), "param": \#(quoted(param)), "code": \#(quoted(code))}}"#
        return json(body, status: status, headers: headers)
    }

    /// A `text/event-stream` body of `data:` events, optionally ending with `data: [DONE]`, cut into pieces.
    ///
    /// - Parameters:
    ///   - payloads: The data of each event (a payload with newlines becomes several `data:` lines).
    ///   - done: Whether to end with `data: [DONE]`; `true` by default.
    ///   - pieceSize: Cut the bytes into pieces of this many bytes; one piece when `nil`.
    ///   - headers: Extra headers.
    public static func sse(_ payloads: [String], done: Bool = true, pieceSize: Int? = nil, headers: [String: String] = [:]) -> ScriptedResponse {
        var text = ""
        for payload in payloads {
            for line in payload.split(separator: "\n", omittingEmptySubsequences: false) {
                text += "data: \(line)\n"
            }
            text += "\n"
        }
        if done { text += "data: [DONE]\n\n" }
        return sse(raw: text, pieceSize: pieceSize, headers: headers)
    }

    /// A `text/event-stream` body written verbatim, cut into pieces.
    public static func sse(raw: String, pieceSize: Int? = nil, headers: [String: String] = [:]) -> ScriptedResponse {
        let bytes = Array(raw.utf8)
        let size = max(pieceSize ?? max(bytes.count, 1), 1)
        let pieces = stride(from: 0, to: bytes.count, by: size).map { Step.bytes(Array(bytes[$0..<min($0 + size, bytes.count)])) }
        return ScriptedResponse(
            status: 200,
            headers: [("Content-Type", "text/event-stream")] + headers.sorted { $0.key < $1.key },
            steps: pieces
        )
    }

    /// A connection closed before any response is sent.
    public static var connectionReset: ScriptedResponse {
        ScriptedResponse(dropsBeforeHead: true)
    }

    /// The same response, with the connection closed after the body steps instead of ending the body.
    public func droppingConnection() -> ScriptedResponse {
        var copy = self
        copy.dropsAfterBody = true
        return copy
    }

    /// The same response, sent after waiting `duration` (for timeouts: nothing at all arrives meanwhile).
    public func delayed(by duration: Duration) -> ScriptedResponse {
        var copy = self
        copy.delayBeforeHead = duration
        return copy
    }
}
