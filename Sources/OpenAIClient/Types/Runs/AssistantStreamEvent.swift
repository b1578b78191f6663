import Foundation

/// One server-sent event of a streamed run, decoded by its `event:` name.
///
/// Object events carry their name (such as `thread.run.requires_action`) and the whole object; deltas carry the
/// piece to merge (feed events to ``AssistantStreamAccumulator`` to get whole messages and steps). An event
/// type this client does not know is kept as ``unknown(event:data:)`` instead of failing the stream.
public enum AssistantStreamEvent: Sendable {
    /// `thread.created`.
    case thread(event: String, AssistantThread)
    /// `thread.run.created`, `.queued`, `.in_progress`, `.requires_action`, `.completed`, `.incomplete`,
    /// `.failed`, `.cancelling`, `.cancelled`, `.expired`.
    case run(event: String, Run)
    /// `thread.run.step.created`, `.in_progress`, `.completed`, `.failed`, `.cancelled`, `.expired`.
    case runStep(event: String, RunStep)
    /// `thread.run.step.delta`.
    case runStepDelta(RunStepDelta)
    /// `thread.message.created`, `.in_progress`, `.completed`, `.incomplete`.
    case message(event: String, Message)
    /// `thread.message.delta`.
    case messageDelta(MessageDelta)
    /// `error`: the server reported a failure; the stream ends after it.
    case error(OpenAIError)
    /// `done` (`data: [DONE]`): the stream ended normally.
    case done
    /// An event type this client does not know, with its raw data.
    case unknown(event: String, data: String)

    /// The `event:` name, such as `thread.message.delta`.
    public var name: String {
        switch self {
        case .thread(let event, _), .run(let event, _), .runStep(let event, _), .message(let event, _), .unknown(let event, _): event
        case .runStepDelta: "thread.run.step.delta"
        case .messageDelta: "thread.message.delta"
        case .error: "error"
        case .done: "done"
        }
    }

    /// Decodes one server-sent event; `nil` for a keep-alive without data.
    ///
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/decoding``) when a known event's data does not decode.
    static func decode(_ event: ServerSentEvent, metadata: ResponseMetadata?) throws(OpenAIError) -> AssistantStreamEvent? {
        let name = event.event ?? ""
        if name == "done" || event.data == "[DONE]" { return .done }
        if name == "error" { return .error(OpenAIError(streamEventData: event.data, metadata: metadata)) }
        if name.isEmpty && event.data.isEmpty { return nil }
        let data = Data(event.data.utf8)
        func object<T: Decodable>(_ type: T.Type) throws(OpenAIError) -> T {
            do {
                return try JSONDecoder().decode(T.self, from: data)
            } catch {
                throw OpenAIError.decoding(error, body: Array(data), metadata: metadata, what: "a \(name) event")
            }
        }
        switch name {
        case "thread.created": return .thread(event: name, try object(AssistantThread.self))
        case "thread.run.step.delta": return .runStepDelta(try object(RunStepDelta.self))
        case "thread.message.delta": return .messageDelta(try object(MessageDelta.self))
        case _ where runStepEvents.contains(name): return .runStep(event: name, try object(RunStep.self))
        case _ where runEvents.contains(name): return .run(event: name, try object(Run.self))
        case _ where messageEvents.contains(name): return .message(event: name, try object(Message.self))
        default: return .unknown(event: name, data: event.data)
        }
    }

    static let runEvents: Set<String> = Set(
        ["created", "queued", "in_progress", "requires_action", "completed", "incomplete", "failed", "cancelling", "cancelled", "expired"]
            .map { "thread.run." + $0 }
    )
    static let runStepEvents: Set<String> = Set(
        ["created", "in_progress", "completed", "failed", "cancelled", "expired"].map { "thread.run.step." + $0 }
    )
    static let messageEvents: Set<String> = Set(["created", "in_progress", "completed", "incomplete"].map { "thread.message." + $0 })
}

/// A streamed run: ``AssistantStreamEvent``s as they arrive, ending after `done` or `error`.
///
/// ```swift
/// for try await event in try await client.threads.runs.stream(threadID: thread.id, CreateRunRequest(assistantID: assistant.id)) {
///     if case .messageDelta(let delta) = event { print(delta.delta.content?.first?.text?.value ?? "", terminator: "") }
/// }
/// ```
///
/// A broken connection throws ``OpenAIError/Kind/connection``; cancelling the iterating task stops the request.
public typealias AssistantEventStream = EventStream<AssistantStreamEvent>

extension OpenAI {
    /// Sends a request with retries and returns its assistant event stream.
    ///
    /// A JSON body answering the stream request throws ``OpenAIError/Kind/stream``, as for chat streams.
    func assistantStream(_ request: APIRequest) async throws(OpenAIError) -> AssistantEventStream {
        let (response, metadata) = try await sendForEventStream(request)
        return AssistantEventStream(body: response.body, metadata: metadata) { event, metadata throws(OpenAIError) in
            guard let decoded = try AssistantStreamEvent.decode(event, metadata: metadata) else {
                return .init(element: nil)
            }
            switch decoded {
            case .done, .error: return .init(element: decoded, endsStream: true)
            default: return .init(element: decoded)
            }
        }
    }
}
