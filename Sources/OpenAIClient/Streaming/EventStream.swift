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

        private var reader: ServerSentEventReader
        private var finished = false
        private let metadata: ResponseMetadata

        init(body: HTTPBody.AsyncIterator, metadata: ResponseMetadata) {
            self.reader = ServerSentEventReader(body: body, metadata: metadata)
            self.metadata = metadata
        }

        /// The next element, or `nil` once the stream has ended.
        public mutating func next() async throws(OpenAIError) -> Element? {
            while !finished {
                guard let event = try await reader.next() else {
                    finished = true
                    return nil
                }
                if let element = try element(from: event) { return element }
            }
            return nil
        }

        private mutating func element(from event: ServerSentEvent) throws(OpenAIError) -> Element? {
            if event.event == "error" {
                finished = true
                throw OpenAIError(streamEventData: event.data, metadata: metadata)
            }
            let data = event.data
            if data == "[DONE]" {
                finished = true
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
