import Foundation

/// Why a Realtime WebSocket session could not connect, could not send, or ended.
///
/// Errors the model reports inside the session (an invalid client event, a failed response) are not thrown: they
/// arrive as `error` events (`RealtimeServerEventType.error`) and the session goes on.
///
/// ```swift
/// do {
///     for try await event in session.events { handle(event) }
/// } catch let error as RealtimeError where error.kind == .abnormalClosure {
///     print("closed with \(error.closeCode ?? 1006): \(error.closeReason ?? "")")
/// }
/// ```
public struct RealtimeError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; an open set.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The name.
        public var rawValue: String
        /// Creates a kind from its name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The configuration gives no usable WebSocket URL or credentials.
        public static let invalidConfiguration = Kind(rawValue: "invalid_configuration")
        /// The server refused the WebSocket upgrade (a wrong key, model or path).
        public static let handshakeFailed = Kind(rawValue: "handshake_failed")
        /// The connection could not be made, or failed.
        public static let connection = Kind(rawValue: "connection")
        /// The session was closed (by ``RealtimeSession/close()`` or the server) before the call.
        public static let closed = Kind(rawValue: "closed")
        /// The server closed with a code other than 1000 (normal closure), or the connection dropped without a close
        /// frame (reported as 1006).
        public static let abnormalClosure = Kind(rawValue: "abnormal_closure")
        /// The server sent a message that is not a JSON event (binary, or not JSON).
        public static let invalidMessage = Kind(rawValue: "invalid_message")
        /// A client event could not be encoded.
        public static let encoding = Kind(rawValue: "encoding")
        /// The calling task was cancelled.
        public static let cancelled = Kind(rawValue: "cancelled")

        /// The name.
        public var description: String { rawValue }
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// What happened, in one line, without credentials.
    public var message: String
    /// The WebSocket close code, for ``Kind/abnormalClosure``.
    public var closeCode: Int?
    /// The close frame's reason, when the server gave one.
    public var closeReason: String?
    /// The error underneath, when there is one.
    public var underlying: (any Error)?

    /// Creates an error.
    public init(kind: Kind, message: String, closeCode: Int? = nil, closeReason: String? = nil, underlying: (any Error)? = nil) {
        self.kind = kind
        self.message = message
        self.closeCode = closeCode
        self.closeReason = closeReason
        self.underlying = underlying
    }

    /// `kind: message`, with the close code and reason when there are.
    public var description: String {
        var text = "\(kind): \(message)"
        if let closeCode { text += " (code \(closeCode)\(closeReason.map { ", \($0)" } ?? ""))" }
        return text
    }
}
