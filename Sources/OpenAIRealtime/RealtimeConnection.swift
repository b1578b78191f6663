import Foundation
import HTTPTypes
import Logging
internal import NIOConcurrencyHelpers
internal import NIOWebSocket
import OpenAIClient
internal import WSClient

/// The WebSocket under a ``RealtimeSession``: the client runs in a task of its own, which yields the server's
/// messages as events and finishes them when the socket ends; sends go through the socket's writer.
final class RealtimeConnection: Sendable {
    private struct State {
        var handshake: CheckedContinuation<Void, any Error>?
        var writer: WebSocketOutboundWriter?
        var task: Task<Void, Never>?
        var cancelled = false
        var closeRequested = false
        var finished = false
    }

    private let state = NIOLockedValueBox(State())
    private let closeTimeout: Duration

    private init(closeTimeout: Duration) {
        self.closeTimeout = closeTimeout
    }

    /// Connects and returns once the WebSocket handshake succeeded.
    static func open(
        url: URL, headers: HTTPFields, options: RealtimeSessionOptions,
        events: AsyncThrowingStream<RealtimeServerEvent, any Error>.Continuation
    ) async throws(RealtimeError) -> RealtimeConnection {
        let connection = RealtimeConnection(closeTimeout: options.closeTimeout)
        do {
            try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { (handshake: CheckedContinuation<Void, any Error>) in
                    let task = Task { await connection.run(url: url, headers: headers, options: options, events: events) }
                    let cancelled = connection.state.withLockedValue { state in
                        state.handshake = handshake
                        state.task = task
                        return state.cancelled
                    }
                    if cancelled { task.cancel() }
                }
            } onCancel: {
                connection.state.withLockedValue { state in
                    state.cancelled = true
                    return state.task
                }?.cancel()
            }
        } catch let error as RealtimeError {
            throw error
        } catch {
            throw RealtimeError(kind: .connection, message: "\(error)", underlying: error)
        }
        return connection
    }

    /// Runs the WebSocket client until the socket ends, then finishes `events`.
    private func run(url: URL, headers: HTTPFields, options: RealtimeSessionOptions, events: AsyncThrowingStream<RealtimeServerEvent, any Error>.Continuation) async {
        let configuration = WebSocketClientConfiguration(maxFrameSize: options.maxMessageSize, additionalHeaders: headers, closeTimeout: options.closeTimeout)
        let logger = options.logger ?? Logger(label: "OpenAIRealtime", factory: { _ in SwiftLogNoOpLogHandler() })
        let maxMessageSize = options.maxMessageSize
        let client = WebSocketClient(url: url.absoluteString, configuration: configuration, logger: logger) { inbound, outbound, _ in
            self.opened(writer: outbound)
            let decoder = JSONDecoder()
            for try await message in inbound.messages(maxSize: maxMessageSize) {
                guard case .text(let text) = message else {
                    throw RealtimeError(kind: .invalidMessage, message: "the server sent a binary message")
                }
                do {
                    events.yield(try decoder.decode(RealtimeServerEvent.self, from: Data(text.utf8)))
                } catch {
                    throw RealtimeError(kind: .invalidMessage, message: "the server sent a message that is not a JSON object: \(text.prefix(80))", underlying: error)
                }
            }
        }
        let ending: RealtimeError?
        do {
            ending = Self.ending(closeFrame: try await client.run())
        } catch {
            ending = Self.ending(error: error)
        }
        let (handshake, closeRequested) = state.withLockedValue { state in
            state.finished = true
            state.writer = nil
            defer { state.handshake = nil }
            return (state.handshake, state.closeRequested)
        }
        handshake?.resume(throwing: ending ?? RealtimeError(kind: .handshakeFailed, message: "the connection ended before the handshake"))
        if let ending, !closeRequested {
            events.finish(throwing: ending)
        } else {
            events.finish()
        }
    }

    /// Called by the client once upgraded: keeps the writer and lets ``open(url:headers:options:events:)`` return.
    private func opened(writer: WebSocketOutboundWriter) {
        let handshake = state.withLockedValue { state in
            state.writer = writer
            defer { state.handshake = nil }
            return state.handshake
        }
        handshake?.resume()
    }

    /// How a socket that closed with `closeFrame` ended: `nil` when normally.
    private static func ending(closeFrame: WebSocketCloseFrame?) -> RealtimeError? {
        guard let closeFrame else {
            return RealtimeError(kind: .abnormalClosure, message: "the connection closed without a close frame", closeCode: 1006)
        }
        let code = Int(UInt16(webSocketErrorCode: closeFrame.closeCode))
        guard code != 1000 else { return nil }
        return RealtimeError(kind: .abnormalClosure, message: "the server closed the session", closeCode: code, closeReason: closeFrame.reason)
    }

    /// The ``RealtimeError`` for a failed socket.
    private static func ending(error: any Error) -> RealtimeError {
        switch error {
        case let error as RealtimeError: error
        case let error as WebSocketClientError where error == .webSocketUpgradeFailed:
            RealtimeError(kind: .handshakeFailed, message: "the server refused the WebSocket upgrade (check the key, the model and the URL)", underlying: error)
        case is CancellationError: RealtimeError(kind: .cancelled, message: "the connection was cancelled", underlying: error)
        default: RealtimeError(kind: .connection, message: "\(error)", underlying: error)
        }
    }

    /// Writes one text message.
    func send(_ text: String) async throws(RealtimeError) {
        let writer = state.withLockedValue { state in state.closeRequested || state.finished ? nil : state.writer }
        guard let writer else { throw RealtimeError(kind: .closed, message: "the session is closed") }
        do {
            try await writer.write(.text(text))
        } catch is CancellationError {
            throw RealtimeError(kind: .cancelled, message: "the send was cancelled")
        } catch {
            throw RealtimeError(kind: .connection, message: "could not send: \(error)", underlying: error)
        }
    }

    /// Sends a normal close frame, waits for the socket to end (at most the close timeout), then drops it.
    func close() async {
        let (writer, task) = state.withLockedValue { state in
            let first = !state.closeRequested && !state.finished
            state.closeRequested = true
            return (first ? state.writer : nil, state.task)
        }
        guard let task else { return }
        if let writer {
            try? await writer.close(.normalClosure, reason: nil)
        }
        let timeout = closeTimeout
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await task.value }
            group.addTask {
                if (try? await Task.sleep(for: timeout)) != nil { task.cancel() }
            }
            await group.next()
            group.cancelAll()
        }
    }

    /// Closes without waiting: when the iteration of the events ends.
    func closeInBackground() {
        guard state.withLockedValue({ !$0.closeRequested && !$0.finished }) else { return }
        Task { await close() }
    }
}
