import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOWebSocket
import OpenAIClient
import OpenAIRealtime

/// A wait that did not end before its deadline.
struct DeadlineExceeded: Error, CustomStringConvertible {
    var what: String
    var description: String { "no \(what) before the deadline" }
}

/// A queue a test awaits with a deadline: a producer pushes, the consumer waits for the next element (or the end).
actor AsyncQueue<Element: Sendable> {
    private var buffer: [Element] = []
    private var finished = false
    private var waiters: [UUID: CheckedContinuation<Element?, any Error>] = [:]
    private let what: String

    init(_ what: String) { self.what = what }

    func push(_ element: Element) {
        if let (id, waiter) = waiters.first {
            waiters[id] = nil
            waiter.resume(returning: element)
        } else {
            buffer.append(element)
        }
    }

    func finish() {
        finished = true
        for waiter in waiters.values { waiter.resume(returning: nil) }
        waiters = [:]
    }

    /// The next element, or `nil` once finished and drained.
    ///
    /// - Throws: ``DeadlineExceeded`` when nothing came within `timeout`.
    func next(within timeout: Duration = .seconds(10)) async throws -> Element? {
        if !buffer.isEmpty { return buffer.removeFirst() }
        if finished { return nil }
        let id = UUID()
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            await self?.expire(id)
        }
        defer { timer.cancel() }
        return try await withCheckedThrowingContinuation { waiters[id] = $0 }
    }

    private func expire(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume(throwing: DeadlineExceeded(what: what))
    }
}

/// One WebSocket connection to the stand-in: its handshake, the client's messages, and commands to answer with.
final class StandInPeer: Sendable {
    enum Command: Sendable {
        case send(String)
        case close(WebSocketErrorCode, String?)
        case drop
    }

    /// The request path, such as `/v1/realtime`.
    let path: String
    /// The query items.
    let query: [String: String]
    /// The handshake headers, by lowercased name.
    let headers: [String: String]
    /// The client's text messages, finished when the connection ends.
    let inbox = AsyncQueue<String>("client message")
    let commands: AsyncStream<Command>
    private let commandContinuation: AsyncStream<Command>.Continuation

    init(request: HTTPRequest) {
        let components = URLComponents(string: request.path ?? "")
        path = components?.path ?? ""
        query = Dictionary((components?.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        headers = Dictionary(request.headerFields.map { ($0.name.canonicalName, $0.value) }, uniquingKeysWith: { _, last in last })
        (commands, commandContinuation) = AsyncStream.makeStream(of: Command.self)
    }

    /// Sends a text message (a server event).
    func send(_ text: String) { commandContinuation.yield(.send(text)) }
    /// Closes with a close frame.
    func close(_ code: WebSocketErrorCode = .normalClosure, reason: String? = nil) { commandContinuation.yield(.close(code, reason)) }
    /// Drops the TCP connection without a close frame.
    func drop() { commandContinuation.yield(.drop) }

    /// The client's next message as JSON.
    func nextMessage() async throws -> JSONValue {
        guard let text = try await inbox.next() else { throw DeadlineExceeded(what: "message before the connection ended") }
        return try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    /// Waits until the connection has ended, and returns the messages that came first.
    func waitForEnd() async throws -> [String] {
        var rest: [String] = []
        while let text = try await inbox.next() { rest.append(text) }
        return rest
    }

    /// Serves the connection: records the client's messages and carries out commands until the client's side ends.
    func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, channel: any Channel) async {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    for try await message in inbound.messages(maxSize: 1 << 20) {
                        if case .text(let text) = message { await self.inbox.push(text) }
                    }
                } catch {}
                await self.inbox.finish()
                return true
            }
            group.addTask {
                for await command in self.commands {
                    switch command {
                    case .send(let text): try? await outbound.write(.text(text))
                    case .close(let code, let reason):
                        try? await outbound.close(code, reason: reason)
                        return false
                    case .drop:
                        try? await channel.close()
                        return false
                    }
                }
                return false
            }
            while let readerEnded = await group.next() {
                if readerEnded { group.cancelAll() }
            }
        }
        commandContinuation.finish()
    }
}

/// A loopback WebSocket server standing in for the Realtime API (Hummingbird on 127.0.0.1, an ephemeral port): it
/// upgrades requests to `/v1/realtime` that carry the expected key, records each connection as a ``StandInPeer``, and
/// answers as the test commands.
///
/// ```swift
/// try await RealtimeStandIn.withServer { server in
///     let session = try await RealtimeSession.connect(configuration: server.configuration(), model: .gptRealtime)
///     let peer = try await server.nextPeer()
///     peer.send(#"{"type": "session.created", "event_id": "e1", "session": {"type": "realtime", "id": "s"}}"#)
/// }
/// ```
final class RealtimeStandIn: Sendable {
    /// The bound port.
    let port: Int
    /// Only requests with `Authorization: Bearer <key>` are upgraded; others get a 404.
    let acceptedKeys: Set<String>
    private let peers: AsyncQueue<StandInPeer>

    /// `http://127.0.0.1:<port>/v1`.
    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)/v1") ?? URL(fileURLWithPath: "/") }

    private init(port: Int, acceptedKeys: Set<String>, peers: AsyncQueue<StandInPeer>) {
        self.port = port
        self.acceptedKeys = acceptedKeys
        self.peers = peers
    }

    /// A configuration pointed at the stand-in.
    func configuration(apiKey: String? = "sk-test", organization: String? = nil, project: String? = nil) -> OpenAIConfiguration {
        OpenAIConfiguration(apiKey: apiKey, organization: organization, project: project, baseURL: baseURL)
    }

    /// Connects a session with the default key and model, and returns it with its connection.
    func connect() async throws -> (RealtimeSession, StandInPeer) {
        let session = try await RealtimeSession.connect(configuration: configuration(), model: .gptRealtime)
        return (session, try await nextPeer())
    }

    /// The next connection the stand-in upgraded.
    func nextPeer() async throws -> StandInPeer {
        guard let peer = try await peers.next() else { throw DeadlineExceeded(what: "connection") }
        return peer
    }

    /// Starts a stand-in, runs `body` with it, then shuts it down.
    ///
    /// - Parameters:
    ///   - acceptedKeys: The bearer keys it upgrades.
    ///   - body: The test.
    /// - Returns: What `body` returns.
    static func withServer<T: Sendable>(acceptedKeys: Set<String> = ["sk-test"], _ body: (RealtimeStandIn) async throws -> T) async throws -> T {
        let peers = AsyncQueue<StandInPeer>("connection")
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: Router(),
            server: .http1WebSocketUpgrade(configuration: .init(ws: .init(maxFrameSize: 1 << 20))) { request, channel, _ in
                guard request.path?.hasPrefix("/v1/realtime") == true,
                      let authorization = request.headerFields[.authorization],
                      acceptedKeys.contains(String(authorization.dropFirst("Bearer ".count))) else { return .dontUpgrade }
                let peer = StandInPeer(request: request)
                return .upgrade([:]) { inbound, outbound, _ in
                    await peers.push(peer)
                    await peer.serve(inbound: inbound, outbound: outbound, channel: channel)
                }
            },
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0), serverName: nil),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: Logger(label: "realtime-stand-in", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let server = Task {
            try? await app.runService(gracefulShutdownSignals: [])
            portContinuation.finish()
        }
        var portIterator = ports.makeAsyncIterator()
        guard let port = await portIterator.next(), port > 0 else {
            server.cancel()
            throw DeadlineExceeded(what: "listening port")
        }
        let standIn = RealtimeStandIn(port: port, acceptedKeys: acceptedKeys, peers: peers)
        do {
            let result = try await body(standIn)
            server.cancel()
            await server.value
            return result
        } catch {
            server.cancel()
            await server.value
            throw error
        }
    }
}
