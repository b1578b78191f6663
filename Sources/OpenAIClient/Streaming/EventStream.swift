import Foundation

/// A streamed response: server-sent events decoded into `Element`s as they arrive.
///
/// Iterate it once (a second iteration throws ``OpenAIError`` of kind ``OpenAIError/Kind/stream``); it ends at
/// `data: [DONE]` (or when the server closes the stream). An `error` event, or a
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
public struct EventStream<Element: Sendable>: AsyncSequence, Sendable {
    /// The error the stream throws.
    public typealias Failure = OpenAIError

    /// Reads one event: the element it yields, if any, and whether the stream ends with it.
    typealias EventDecoder = @Sendable (ServerSentEvent, ResponseMetadata) throws(OpenAIError) -> EventStep

    /// What one event contributes to the stream.
    struct EventStep {
        var element: Element?
        var endsStream = false
    }

    /// The response's status, headers, request id and rate limits.
    public let metadata: ResponseMetadata
    private let body: HTTPBody
    private let decode: EventDecoder

    init(body: HTTPBody, metadata: ResponseMetadata, decode: @escaping EventDecoder) {
        self.body = body
        self.metadata = metadata
        self.decode = decode
    }

    /// Yields decoded elements.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The error the iterator throws.
        public typealias Failure = OpenAIError

        private var reader: ServerSentEventReader
        private var finished = false
        private let metadata: ResponseMetadata
        private let decode: EventDecoder

        init(body: HTTPBody.AsyncIterator, metadata: ResponseMetadata, decode: @escaping EventDecoder) {
            self.reader = ServerSentEventReader(body: body, metadata: metadata)
            self.metadata = metadata
            self.decode = decode
        }

        /// The next element, or `nil` once the stream has ended.
        public mutating func next() async throws(OpenAIError) -> Element? {
            while !finished {
                guard let event = try await reader.next() else {
                    finished = true
                    return nil
                }
                let step: EventStep
                do {
                    step = try decode(event, metadata)
                } catch {
                    finished = true
                    throw error
                }
                if step.endsStream { finished = true }
                if let element = step.element { return element }
            }
            return nil
        }
    }

    /// Starts reading the stream.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(body: body.makeAsyncIterator(), metadata: metadata, decode: decode)
    }
}

extension EventStream where Element: Decodable {
    /// A stream of JSON chunks: each `data` is one `Element`, `[DONE]` ends the stream, and an `error` event or an
    /// `{"error": …}` chunk throws.
    init(body: HTTPBody, metadata: ResponseMetadata) {
        self.init(body: body, metadata: metadata, decode: Self.decodeChunk)
    }

    @Sendable
    private static func decodeChunk(
        _ event: ServerSentEvent, metadata: ResponseMetadata
    ) throws(OpenAIError) -> EventStep {
        if event.event == "error" {
            throw OpenAIError(streamEventData: event.data, metadata: metadata)
        }
        let data = event.data
        if data == "[DONE]" { return EventStep(element: nil, endsStream: true) }
        if data.isEmpty { return EventStep(element: nil) }
        let bytes = Data(data.utf8)
        if data.contains("\"error\""),
            let envelope = try? JSONDecoder().decode(APIErrorEnvelope.self, from: bytes), envelope.error != nil
        {
            throw OpenAIError(streamEventData: data, metadata: metadata)
        }
        do {
            return EventStep(element: try JSONDecoder().decode(Element.self, from: bytes))
        } catch {
            throw OpenAIError.decoding(
                error, body: Array(bytes), metadata: metadata, what: "a \(Element.self) stream event")
        }
    }
}
