/// Reads a response body as server-sent events, one at a time, turning transport failures and cancellation into
/// ``OpenAIError``s; the typed streams (``EventStream``, ``AssistantEventStream``) decode what it yields.
struct ServerSentEventReader {
    private var body: HTTPBody.AsyncIterator
    private var decoder = ServerSentEventDecoder()
    private var pending: [ServerSentEvent] = []
    private var pendingIndex = 0
    private var bodyEnded = false
    private let metadata: ResponseMetadata

    init(body: HTTPBody.AsyncIterator, metadata: ResponseMetadata) {
        self.body = body
        self.metadata = metadata
    }

    /// The next event, or `nil` once the body has ended (or after a thrown error).
    mutating func next() async throws(OpenAIError) -> ServerSentEvent? {
        while true {
            if pendingIndex < pending.count {
                let event = pending[pendingIndex]
                pendingIndex += 1
                return event
            }
            pending.removeAll(keepingCapacity: true)
            pendingIndex = 0
            if bodyEnded { return nil }
            if Task.isCancelled {
                bodyEnded = true
                throw OpenAIError(kind: .cancelled, message: "the stream was cancelled", metadata: metadata)
            }
            let chunk: [UInt8]?
            do {
                chunk = try await body.next()
            } catch {
                bodyEnded = true
                var failure = OpenAIError.bodyRead(error, metadata: metadata)
                if failure.kind == .connection {
                    failure.message = "the stream broke before it ended: \(error)"
                }
                throw failure
            }
            if let chunk {
                pending = decoder.decode(chunk)
            } else if Task.isCancelled {
                // Some transports end the body quietly on cancellation; a truncated stream must not look complete.
                bodyEnded = true
                throw OpenAIError(kind: .cancelled, message: "the stream was cancelled", metadata: metadata)
            } else {
                pending = decoder.finish()
                bodyEnded = true
            }
        }
    }
}
