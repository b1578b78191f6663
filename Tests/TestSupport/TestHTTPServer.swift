import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for tests: it records every request and
/// answers from a script.
///
/// Responses come first from the queue (``enqueue(_:)`` or `responses:`), then from the handler, else a 404
/// error body. It serves this process and child processes alike (point them at ``baseURL``).
///
/// ```swift
/// try await TestHTTPServer.withServer(responses: [.json(#"{"data": []}"#)]) { server in
///     let client = OpenAI(configuration: OpenAIConfiguration(apiKey: "k", baseURL: server.baseURL))
///     _ = try await client.models.list()
///     #expect(await server.requests.first?.path == "/v1/models")
/// }
/// ```
public final class TestHTTPServer: Sendable {
    /// Answers a request that the queue did not.
    public typealias Handler = @Sendable (RecordedRequest) async -> ScriptedResponse

    /// The bound port.
    public let port: Int
    private let state: ServerState

    /// `http://127.0.0.1:<port>/v1`, the URL to configure as an OpenAI base URL.
    public var baseURL: URL { rootURL.appendingPathComponent("v1") }
    /// `http://127.0.0.1:<port>`.
    public var rootURL: URL {
        URL(string: "http://127.0.0.1:\(port)") ?? URL(fileURLWithPath: "/")
    }

    /// Every request received so far, in arrival order.
    public var requests: [RecordedRequest] {
        get async { await state.requests }
    }

    /// Adds responses to the end of the queue.
    public func enqueue(_ responses: ScriptedResponse...) async {
        await state.enqueue(responses)
    }

    private init(port: Int, state: ServerState) {
        self.port = port
        self.state = state
    }

    /// Starts a server, runs `body` with it, then shuts it down (closing every connection).
    ///
    /// - Parameters:
    ///   - responses: Responses served first, in order; none by default.
    ///   - handler: Answers requests once the queue is empty; a 404 error body when `nil`.
    ///   - body: The test, given the running server.
    /// - Returns: What `body` returns.
    public static func withServer<T: Sendable>(
        responses: [ScriptedResponse] = [],
        handler: Handler? = nil,
        _ body: (TestHTTPServer) async throws -> T
    ) async throws -> T {
        let state = ServerState(queue: responses, handler: handler)
        let serverChannel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(wrappingChannelSynchronously: channel)
                }
            }
        guard let port = serverChannel.channel.localAddress?.port else {
            try? await serverChannel.channel.close()
            throw TestServerError(message: "the server socket has no port")
        }
        let server = TestHTTPServer(port: port, state: state)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await withThrowingDiscardingTaskGroup { connections in
                    try await serverChannel.executeThenClose { inbound in
                        for try await connection in inbound {
                            connections.addTask {
                                await Self.serve(connection, state: state)
                            }
                        }
                    }
                }
            }
            let result: T
            do {
                result = try await body(server)
            } catch {
                group.cancelAll()
                try? await serverChannel.channel.close()
                throw error
            }
            group.cancelAll()
            try? await serverChannel.channel.close()
            return result
        }
    }

    private static func serve(_ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>, state: ServerState) async {
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            var body: [UInt8] = []
            for try await part in inbound {
                switch part {
                case .head(let requestHead):
                    head = requestHead
                    body = []
                case .body(var buffer):
                    body.append(contentsOf: buffer.readBytes(length: buffer.readableBytes) ?? [])
                case .end:
                    guard let requestHead = head else { continue }
                    let request = RecordedRequest(
                        method: requestHead.method.rawValue,
                        uri: requestHead.uri,
                        headers: requestHead.headers.map { RecordedRequest.Header(name: $0.name, value: $0.value) },
                        body: body
                    )
                    let response = await state.respond(to: request)
                    let keepOpen = try await write(response, to: outbound)
                    if !keepOpen { return }
                }
            }
        }
    }

    /// Writes a scripted response; returns whether the connection stays open.
    private static func write(_ response: ScriptedResponse, to outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>) async throws -> Bool {
        if let delay = response.delayBeforeHead { try await Task.sleep(for: delay) }
        if response.dropsBeforeHead { return false }
        var headers = HTTPHeaders(response.headers)
        let hasDelays = response.steps.contains { if case .delay = $0 { true } else { false } }
        if !response.dropsAfterBody, !hasDelays, headers["Content-Length"].isEmpty {
            let length = response.steps.reduce(0) { total, step in
                if case .bytes(let bytes) = step { total + bytes.count } else { total }
            }
            headers.replaceOrAdd(name: "Content-Length", value: String(length))
        }
        try await outbound.write(.head(HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)))
        for step in response.steps {
            switch step {
            case .bytes(let bytes):
                try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: bytes))))
            case .delay(let duration):
                try await Task.sleep(for: duration)
            }
        }
        if response.dropsAfterBody { return false }
        try await outbound.write(.end(nil))
        return true
    }
}

/// A failure of the test server itself.
public struct TestServerError: Error, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The message.
    public var description: String { message }
}

/// The server's queue, handler and request log.
actor ServerState {
    private var queue: [ScriptedResponse]
    private let handler: TestHTTPServer.Handler?
    private(set) var requests: [RecordedRequest] = []

    init(queue: [ScriptedResponse], handler: TestHTTPServer.Handler?) {
        self.queue = queue
        self.handler = handler
    }

    func enqueue(_ responses: [ScriptedResponse]) {
        queue.append(contentsOf: responses)
    }

    func respond(to request: RecordedRequest) async -> ScriptedResponse {
        requests.append(request)
        if !queue.isEmpty { return queue.removeFirst() }
        if let handler { return await handler(request) }
        return .error(status: 404, message: "no scripted response for \(request.method) \(request.path)", type: "test_server")
    }
}
