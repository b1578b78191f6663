import Foundation
import HTTPTypes
import Logging
import OpenAIClient
internal import WSClient

/// A Realtime conversation over a WebSocket: send `RealtimeClientEvent`s, read
/// `RealtimeServerEvent`s from ``events``.
///
/// ```swift
/// let session = try await RealtimeSession.connect(configuration: .fromEnvironment(), model: .gptRealtime)
/// try await session.send(.sessionUpdate(.realtime(RealtimeSessionConfiguration(instructions: "Be brief.", outputModalities: [.text]))))
/// try await session.send(.conversationItemCreate(.userMessage("What is RAG?")))
/// try await session.send(.responseCreate())
/// for try await event in session.events {
///     if event.type == .responseOutputTextDelta { print(event.delta ?? "", terminator: "") }
///     if event.type == .responseDone { break }   // ending the iteration closes the session
/// }
/// ```
///
/// The URL is the configuration's base URL with `/realtime` appended, `https` becoming `wss` (and `http` `ws`), so
/// `OpenAIConfiguration(apiKey:baseURL:)` pointed at a loopback `http://127.0.0.1:…/v1` connects to
/// `ws://127.0.0.1:…/v1/realtime?model=…`. The session authenticates with `Authorization: Bearer` and the
/// configuration's key, or with an ephemeral client secret (`RealtimeClientSecrets.create`),
/// and sends the configuration's organization, project and default headers; a custom `OpenAIEndpoint`
/// builds the URL and authenticates instead.
///
/// The session ends when ``close()`` is called, when the iteration of ``events`` ends (a `break`, a thrown error or a
/// cancelled task), or when the server closes; ``events`` then finishes, throwing a ``RealtimeError`` unless the close
/// was normal. Iterate ``events`` once, for the life of the session.
public struct RealtimeSession: Sendable {
    /// The events the server sends, in order; unknown event types arrive too (their JSON in
    /// `RealtimeServerEvent.raw`). Iterate once: ending the iteration closes the session.
    public let events: RealtimeServerEvents
    /// The URL connected to.
    public let url: URL
    let connection: RealtimeConnection

    /// Connects to a new Realtime session with a model.
    ///
    /// - Parameters:
    ///   - configuration: The key, base URL, organization, project and headers.
    ///   - model: The model, sent as the `model` query item.
    ///   - clientSecret: An ephemeral client secret (`ek_…`) to authenticate with instead of the configuration's key.
    ///   - options: Message size, close timeout, extra headers and logger.
    /// - Returns: The open session, once the WebSocket handshake succeeded.
    /// - Throws: ``RealtimeError`` (``RealtimeError/Kind/handshakeFailed`` when the server refuses the upgrade).
    public static func connect(
        configuration: OpenAIConfiguration, model: RealtimeModel, clientSecret: String? = nil, options: RealtimeSessionOptions = RealtimeSessionOptions()
    ) async throws(RealtimeError) -> RealtimeSession {
        try await connect(configuration: configuration, query: [URLQueryItem(name: "model", value: model.rawValue)], clientSecret: clientSecret, options: options)
    }

    /// Connects to the session of an existing call (WebRTC or SIP), to watch and steer it.
    ///
    /// - Parameters:
    ///   - configuration: The key, base URL, organization, project and headers.
    ///   - callID: The call id (`RealtimeCall.callID`, or a `realtime.call.incoming` webhook's), sent as
    ///     the `call_id` query item.
    ///   - clientSecret: An ephemeral client secret to authenticate with instead of the configuration's key.
    ///   - options: Message size, close timeout, extra headers and logger.
    /// - Returns: The open session.
    /// - Throws: ``RealtimeError``.
    public static func connect(
        configuration: OpenAIConfiguration, callID: String, clientSecret: String? = nil, options: RealtimeSessionOptions = RealtimeSessionOptions()
    ) async throws(RealtimeError) -> RealtimeSession {
        try await connect(configuration: configuration, query: [URLQueryItem(name: "call_id", value: callID)], clientSecret: clientSecret, options: options)
    }

    static func connect(
        configuration: OpenAIConfiguration, query: [URLQueryItem], clientSecret: String?, options: RealtimeSessionOptions
    ) async throws(RealtimeError) -> RealtimeSession {
        let url = try webSocketURL(configuration: configuration, query: query)
        let headers = try await handshakeHeaders(configuration: configuration, clientSecret: clientSecret, options: options)
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: RealtimeServerEvent.self)
        let connection = try await RealtimeConnection.open(url: url, headers: headers, options: options, events: continuation)
        continuation.onTermination = { _ in connection.closeInBackground() }
        return RealtimeSession(events: RealtimeServerEvents(stream: stream, connection: connection), url: url, connection: connection)
    }

    /// Sends a client event, giving it an `event_id` when it has none.
    ///
    /// The server echoes the id in the `error` event (`RealtimeErrorDetail.eventID`) that an invalid
    /// event causes.
    ///
    /// - Parameter event: The event.
    /// - Returns: The event's `event_id`: its own, or the one generated (`evt_…`).
    /// - Throws: ``RealtimeError`` (``RealtimeError/Kind/closed`` once the session has ended).
    @discardableResult
    public func send(_ event: RealtimeClientEvent) async throws(RealtimeError) -> String {
        let (text, eventID) = try Self.encode(event)
        try await connection.send(text)
        return eventID
    }

    /// Closes the session: sends a normal close frame, waits for the server's (at most
    /// ``RealtimeSessionOptions/closeTimeout``), then drops the connection. ``events`` then finishes without an error.
    /// Calling it again does nothing.
    public func close() async {
        await connection.close()
    }

    /// The event's JSON text with an `event_id`, and that id.
    static func encode(_ event: RealtimeClientEvent) throws(RealtimeError) -> (text: String, eventID: String) {
        do {
            guard case .object(var members) = try JSONValue(encoding: event) else {
                throw RealtimeError(kind: .encoding, message: "a client event must be a JSON object")
            }
            let eventID = members["event_id"]?.stringValue ?? "evt_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(24).lowercased()
            members["event_id"] = .string(eventID)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (String(decoding: try encoder.encode(JSONValue.object(members)), as: UTF8.self), eventID)
        } catch let error as RealtimeError {
            throw error
        } catch {
            throw RealtimeError(kind: .encoding, message: "could not encode \(event.type): \(error)", underlying: error)
        }
    }

    /// The configuration's URL for `/realtime` with `query`, its scheme made `ws` or `wss`.
    static func webSocketURL(configuration: OpenAIConfiguration, query: [URLQueryItem]) throws(RealtimeError) -> URL {
        let httpURL: URL
        do {
            httpURL = try configuration.url(forPath: "/realtime", queryItems: query)
        } catch {
            throw RealtimeError(kind: .invalidConfiguration, message: error.message, underlying: error)
        }
        guard var components = URLComponents(url: httpURL, resolvingAgainstBaseURL: true) else {
            throw RealtimeError(kind: .invalidConfiguration, message: "invalid URL \(httpURL.path)")
        }
        switch components.scheme?.lowercased() {
        case "https", "wss": components.scheme = "wss"
        case "http", "ws": components.scheme = "ws"
        default: throw RealtimeError(kind: .invalidConfiguration, message: "the base URL is not http(s) or ws(s)")
        }
        guard let url = components.url else {
            throw RealtimeError(kind: .invalidConfiguration, message: "invalid URL \(httpURL.path)")
        }
        return url
    }

    /// The handshake's headers: the client secret, else the endpoint's authentication, else the configuration's key as
    /// a bearer token; then organization, project, the configuration's default headers and the options' headers.
    static func handshakeHeaders(
        configuration: OpenAIConfiguration, clientSecret: String?, options: RealtimeSessionOptions
    ) async throws(RealtimeError) -> HTTPFields {
        var headers = HTTPHeaderFields()
        if let clientSecret, !clientSecret.isEmpty {
            headers["Authorization"] = "Bearer \(clientSecret)"
        } else if let endpoint = configuration.endpoint {
            do {
                try await endpoint.authenticate(&headers)
            } catch {
                throw RealtimeError(kind: .invalidConfiguration, message: "could not authenticate the handshake: \(error)", underlying: error)
            }
        } else if let key = configuration.apiKey, !key.isEmpty {
            headers["Authorization"] = "Bearer \(key)"
        }
        if let organization = configuration.organization { headers["OpenAI-Organization"] = organization }
        if let project = configuration.project { headers["OpenAI-Project"] = project }
        for (name, value) in configuration.defaultHeaders.sorted(by: { $0.key < $1.key }) { headers[name] = value }
        for (name, value) in options.headers.sorted(by: { $0.key < $1.key }) { headers[name] = value }
        var fields = HTTPFields()
        for field in headers {
            guard let name = HTTPField.Name(field.name) else {
                throw RealtimeError(kind: .invalidConfiguration, message: "invalid header name \(field.name)")
            }
            fields.append(HTTPField(name: name, value: field.value))
        }
        return fields
    }
}

/// The settings of a ``RealtimeSession``'s connection.
public struct RealtimeSessionOptions: Sendable {
    /// The largest server message accepted, in bytes; a larger one ends the session. 16 MiB by default.
    public var maxMessageSize: Int
    /// How long ``RealtimeSession/close()`` waits for the server's close frame. 5 seconds by default.
    public var closeTimeout: Duration
    /// Extra handshake headers, after the configuration's (so they can replace them).
    public var headers: [String: String]
    /// Receives the WebSocket library's connection logs; silent when `nil`, the default.
    public var logger: Logger?

    /// Creates options.
    public init(maxMessageSize: Int = 16 << 20, closeTimeout: Duration = .seconds(5), headers: [String: String] = [:], logger: Logger? = nil) {
        self.maxMessageSize = maxMessageSize
        self.closeTimeout = closeTimeout
        self.headers = headers
        self.logger = logger
    }
}
