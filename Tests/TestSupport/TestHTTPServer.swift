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
    ///   - recordedBodyLimit: The most body bytes kept per request; the rest is counted
    ///     (``RecordedRequest/bodyLength``) and dropped, so a test can upload more than it wants to hold. Unlimited
    ///     by default.
    ///   - body: The test, given the running server.
    /// - Returns: What `body` returns.
    public static func withServer<T: Sendable>(
        responses: [ScriptedResponse] = [],
        handler: Handler? = nil,
        recordedBodyLimit: Int = .max,
        _ body: (TestHTTPServer) async throws -> T
    ) async throws -> T {
        let state = ServerState(queue: responses, handler: handler)
        let serverChannel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    // Plain handlers rather than an NIOAsyncChannel: a connection that arrives while the server
                    // shuts down may never be served, and an unserved NIOAsyncChannel traps when released.
                    let (requests, continuation) = AsyncStream.makeStream(of: RecordedRequest.self)
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(RequestCollector(continuation, bodyLimit: recordedBodyLimit))
                    channel.parent?.closeFuture.whenComplete { _ in channel.close(promise: nil) }
                    return AcceptedConnection(channel: channel, requests: requests)
                }
            }
        guard let port = serverChannel.channel.localAddress?.port else {
            try? await serverChannel.executeThenClose { _ in }
            throw TestServerError(message: "the server socket has no port")
        }
        let server = TestHTTPServer(port: port, state: state)
        let connections = ConnectionTasks()
        // Closing the listening socket ends the accept loop and, through each connection's parent close
        // future, closes every connection; cancelling the serving tasks then ends any scripted delay.
        let acceptLoop = Task {
            try await serverChannel.executeThenClose { inbound in
                for try await connection in inbound {
                    await connections.start { await Self.serve(connection, state: state) }
                }
            }
        }
        let outcome: Result<T, any Error>
        do {
            outcome = .success(try await body(server))
        } catch {
            outcome = .failure(error)
        }
        try? await serverChannel.channel.close()
        _ = await acceptLoop.result
        await connections.cancelAndWait()
        return try outcome.get()
    }

    private static func serve(_ connection: AcceptedConnection, state: ServerState) async {
        defer { connection.channel.close(promise: nil) }
        for await request in connection.requests {
            let response = await state.respond(to: request)
            guard (try? await write(response, to: connection.channel)) == true else { return }
        }
    }

    /// Writes a scripted response; returns whether the connection stays open.
    ///
    /// Each part is written straight to the channel and awaited until it is on the socket, so pieces leave
    /// separately and a dropped connection still delivers every byte written before the drop.
    private static func write(_ response: ScriptedResponse, to channel: any Channel) async throws -> Bool {
        if let delay = response.delayBeforeHead { try await Task.sleep(for: delay) }
        if response.dropsBeforeHead { return false }
        var headers = HTTPHeaders(response.headers)
        let hasDelays = response.steps.contains { if case .bytes = $0 { false } else { true } }
        if !response.dropsAfterBody, !hasDelays, headers["Content-Length"].isEmpty {
            let length = response.steps.reduce(0) { total, step in
                if case .bytes(let bytes) = step { total + bytes.count } else { total }
            }
            headers.replaceOrAdd(name: "Content-Length", value: String(length))
        }
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        try await channel.writeAndFlush(HTTPServerResponsePart.head(head)).get()
        for step in response.steps {
            switch step {
            case .bytes(let bytes):
                try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(bytes: bytes)))).get()
            case .delay(let duration):
                try await Task.sleep(for: duration)
            case .wait(let gate):
                await gate.wait()
                try Task.checkCancellation()
            }
        }
        if response.dropsAfterBody { return false }
        try await channel.writeAndFlush(HTTPServerResponsePart.end(nil)).get()
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

/// An accepted connection and the requests read from it.
struct AcceptedConnection: Sendable {
    let channel: any Channel
    let requests: AsyncStream<RecordedRequest>
}

/// Assembles request parts into ``RecordedRequest``s and hands them to the serving task.
final class RequestCollector: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart

    private let continuation: AsyncStream<RecordedRequest>.Continuation
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var bodyLength = 0
    private let bodyLimit: Int

    init(_ continuation: AsyncStream<RecordedRequest>.Continuation, bodyLimit: Int) {
        self.continuation = continuation
        self.bodyLimit = bodyLimit
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body = []
            bodyLength = 0
        case .body(let buffer):
            bodyLength += buffer.readableBytes
            let kept = min(buffer.readableBytes, max(bodyLimit - body.count, 0))
            if kept > 0 { body.append(contentsOf: buffer.readableBytesView.prefix(kept)) }
        case .end:
            guard let requestHead = head else { return }
            head = nil
            continuation.yield(RecordedRequest(
                method: requestHead.method.rawValue,
                uri: requestHead.uri,
                headers: requestHead.headers.map { RecordedRequest.Header(name: $0.name, value: $0.value) },
                body: body,
                bodyLength: bodyLength
            ))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        continuation.finish()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        continuation.finish()
    }
}

/// The tasks serving open connections, cancelled together at shutdown.
actor ConnectionTasks {
    private var tasks: [Task<Void, Never>] = []
    private var stopped = false

    func start(_ work: @escaping @Sendable () async -> Void) {
        let task = Task { await work() }
        if stopped { task.cancel() }
        tasks.append(task)
    }

    func cancelAndWait() async {
        stopped = true
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
    }
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
