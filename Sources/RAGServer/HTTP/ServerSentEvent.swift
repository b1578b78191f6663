import Foundation
import Hummingbird

/// One server-sent event: a name and a JSON payload, written as `event: NAME` and `data: JSON` lines and a
/// blank line.
public struct ServerSentEvent: Sendable {
    /// The event's name (`text`, `citations`, `progress`, `done`, `error`, …).
    public var name: String
    /// The payload, one line of JSON.
    public var data: Data

    /// Creates an event with a JSON payload.
    /// - Parameters:
    ///   - name: The event's name.
    ///   - payload: The payload, encoded with ``OutputFormat/json(_:)``.
    /// - Throws: `EncodingError`.
    public init(_ name: String, _ payload: some Encodable) throws {
        self.name = name
        data = try OutputFormat.json(payload)
    }

    /// The event as it goes on the wire.
    var buffer: ByteBuffer {
        var buffer = ByteBuffer(string: "event: \(name)\ndata: ")
        buffer.writeBytes(data)
        buffer.writeString("\n\n")
        return buffer
    }

    /// The `error` event of a failure: the body of ``ServerError``.
    static func failure(_ error: any Error) -> ServerSentEvent? {
        let server = ServerError.wrapping(error)
        return try? ServerSentEvent("error", server.body)
    }
}

extension Response {
    /// A `text/event-stream` response whose events `produce` sends; a failure becomes a last `error` event.
    ///
    /// `produce` runs while the response is written; when the client goes away, writing fails and `produce` is
    /// cancelled.
    /// - Parameter produce: Sends events with the closure it is given.
    /// - Returns: The streaming response.
    static func eventStream(
        _ produce: @escaping @Sendable (_ send: @escaping @Sendable (ServerSentEvent) -> Void) async throws -> Void
    ) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        let body = ResponseBody { writer in
            let (events, continuation) = AsyncStream.makeStream(of: ServerSentEvent.self)
            let producer = Task {
                do {
                    try await produce { continuation.yield($0) }
                } catch {
                    if let event = ServerSentEvent.failure(error) { continuation.yield(event) }
                }
                continuation.finish()
            }
            do {
                for await event in events {
                    try await writer.write(event.buffer)
                }
            } catch {
                producer.cancel()
                throw error
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }
}
