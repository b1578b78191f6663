import Foundation

/// A streamed response: server-sent events decoded into `Element`s as they arrive.
///
/// Iterate it once; it ends at `data: [DONE]` (or when the server closes the stream). An `error` event, or a
/// chunk that is an `{"error": …}` object, throws ``OpenAIError`` of kind ``OpenAIError/Kind/stream``; a broken
/// connection throws ``OpenAIError/Kind/connection``; cancelling the iterating task stops the request.
///
/// ```swift
/// let stream = try await client.chat.completions.stream(request)
/// print(stream.metadata.requestID ?? "-")
/// for try await chunk in stream {
///     print(chunk.choices.first?.delta.content ?? "", terminator: "")
/// }
/// ```
public struct EventStream<Element: Decodable & Sendable>: AsyncSequence, Sendable {
    /// The error the stream throws.
    public typealias Failure = OpenAIError

    /// The response's status, headers, request id and rate limits.
    public let metadata: ResponseMetadata
    private let body: HTTPBody

    init(body: HTTPBody, metadata: ResponseMetadata) {
        self.body = body
        self.metadata = metadata
    }

    /// Yields decoded elements.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The error the iterator throws.
        public typealias Failure = OpenAIError

        private var body: HTTPBody.AsyncIterator
        private var decoder = ServerSentEventDecoder()
        private var pending: [ServerSentEvent] = []
        private var pendingIndex = 0
        private var finished = false
        private let metadata: ResponseMetadata

        init(body: HTTPBody.AsyncIterator, metadata: ResponseMetadata) {
            self.body = body
            self.metadata = metadata
        }

        /// The next element, or `nil` once the stream has ended.
        public mutating func next() async throws(OpenAIError) -> Element? {
            while true {
                while pendingIndex < pending.count {
                    let event = pending[pendingIndex]
                    pendingIndex += 1
                    if let element = try element(from: event) { return element }
                    if finished { return nil }
                }
                pending.removeAll(keepingCapacity: true)
                pendingIndex = 0
                if finished { return nil }
                if Task.isCancelled {
                    finished = true
                    throw OpenAIError(kind: .cancelled, message: "the stream was cancelled", metadata: metadata)
                }
                let chunk: [UInt8]?
                do {
                    chunk = try await body.next()
                } catch {
                    finished = true
                    var failure = OpenAIError(transportError: error)
                    if failure.kind == .connection {
                        failure.message = "the stream broke before it ended: \(error)"
                    }
                    failure.metadata = metadata
                    failure.status = metadata.status
                    failure.requestID = metadata.requestID
                    throw failure
                }
                if let chunk {
                    pending = decoder.decode(chunk)
                } else if Task.isCancelled {
                    // Some transports end the body quietly on cancellation; a truncated stream must not look complete.
                    finished = true
                    throw OpenAIError(kind: .cancelled, message: "the stream was cancelled", metadata: metadata)
                } else {
                    pending = decoder.finish()
                    finished = true
                }
            }
        }

        private mutating func element(from event: ServerSentEvent) throws(OpenAIError) -> Element? {
            if event.event == "error" {
                finished = true
                throw OpenAIError(streamEventData: event.data, metadata: metadata)
            }
            let data = event.data
            if data == "[DONE]" {
                finished = true
                pending.removeAll()
                pendingIndex = 0
                return nil
            }
            if data.isEmpty { return nil }
            let bytes = Data(data.utf8)
            if data.contains("\"error\""),
               let envelope = try? JSONDecoder().decode(APIErrorEnvelope.self, from: bytes), envelope.error != nil {
                finished = true
                throw OpenAIError(streamEventData: data, metadata: metadata)
            }
            do {
                return try JSONDecoder().decode(Element.self, from: bytes)
            } catch {
                finished = true
                throw OpenAIError.decoding(error, body: Array(bytes), metadata: metadata, what: "a \(Element.self) stream event")
            }
        }
    }

    /// Starts reading the stream.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(body: body.makeAsyncIterator(), metadata: metadata)
    }
}
