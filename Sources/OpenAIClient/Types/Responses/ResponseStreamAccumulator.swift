import Foundation

/// Folds a response stream's events into the ``Response`` they describe.
///
/// Output items, text, refusals, annotations, function arguments, custom tool input and reasoning summaries grow as
/// their deltas arrive; `response.*` lifecycle events replace the response's other fields, and the final
/// `response.completed` (or `failed`, `incomplete`) replaces the whole response with the server's own (keeping the
/// accumulated output when it sends none).
///
/// ```swift
/// var accumulator = ResponseStreamAccumulator()
/// for try await event in try await client.responses.stream(request) {
///     accumulator.apply(event)
/// }
/// print(accumulator.response?.outputText ?? "")
/// ```
public struct ResponseStreamAccumulator: Sendable {
    /// The response so far; `nil` until the first event that names it or adds output.
    public private(set) var response: Response?
    /// The last event's sequence number: where to resume with `starting_after`.
    public private(set) var lastSequenceNumber: Int?

    /// Creates an empty accumulator.
    public init() {}

    /// Applies one event.
    public mutating func apply(_ event: ResponseStreamEvent) {
        if let number = event.sequenceNumber { lastSequenceNumber = number }
        switch event.type {
        case .created, .inProgress, .queued, .completed, .failed, .incomplete:
            guard var incoming = event.response else { return }
            if incoming.output.isEmpty, let output = response?.output { incoming.output = output }
            response = incoming
        case .outputItemAdded, .outputItemDone:
            guard let item = event.item, let index = event.outputIndex else { return }
            setItem(item, at: index)
        case .contentPartAdded, .contentPartDone:
            guard let part = event.part else { return }
            updateMessage(event) { content, index in
                if index < content.count { content[index] = part } else { content.append(part) }
            }
        case .outputTextDelta, .outputTextDone:
            updateMessage(event) { content, index in
                var text = Self.outputText(content, index)
                if event.type == .outputTextDelta { text.text += event.delta ?? "" } else if let whole = event.text { text.text = whole }
                Self.put(.outputText(text), in: &content, at: index)
            }
        case .outputTextAnnotationAdded:
            guard let annotation = event.annotation else { return }
            updateMessage(event) { content, index in
                var text = Self.outputText(content, index)
                text.annotations.append(annotation)
                Self.put(.outputText(text), in: &content, at: index)
            }
        case .refusalDelta, .refusalDone:
            updateMessage(event) { content, index in
                var refusal = index < content.count ? (content[index].text ?? "") : ""
                if event.type == .refusalDelta { refusal += event.delta ?? "" } else if let whole = event.refusal { refusal = whole }
                Self.put(.refusal(refusal), in: &content, at: index)
            }
        case .functionCallArgumentsDelta, .functionCallArgumentsDone:
            updateItem(event) { item in
                guard case .functionCall(var call) = item else { return }
                if event.type == .functionCallArgumentsDelta { call.arguments += event.delta ?? "" } else if let whole = event.arguments { call.arguments = whole }
                item = .functionCall(call)
            }
        case .customToolCallInputDelta, .customToolCallInputDone:
            updateItem(event) { item in
                guard case .customToolCall(var call) = item else { return }
                if event.type == .customToolCallInputDelta { call.input += event.delta ?? "" } else if let whole = event.input { call.input = whole }
                item = .customToolCall(call)
            }
        case .reasoningSummaryPartAdded, .reasoningSummaryTextDelta, .reasoningSummaryTextDone:
            updateItem(event) { item in
                guard case .reasoning(var reasoning) = item, let index = event.summaryIndex else { return }
                while reasoning.summary.count <= index { reasoning.summary.append(.summaryText("")) }
                switch event.type {
                case .reasoningSummaryPartAdded: if let part = event.part { reasoning.summary[index] = part }
                case .reasoningSummaryTextDelta: reasoning.summary[index] = .summaryText((reasoning.summary[index].text ?? "") + (event.delta ?? ""))
                default: if let whole = event.text { reasoning.summary[index] = .summaryText(whole) }
                }
                item = .reasoning(reasoning)
            }
        default:
            break
        }
    }

    private mutating func setItem(_ item: ResponseItem, at index: Int) {
        var current = response ?? Response(id: "", status: .inProgress)
        while current.output.count <= index { current.output.append(.other(.null)) }
        current.output[index] = item
        response = current
    }

    private mutating func updateItem(_ event: ResponseStreamEvent, _ change: (inout ResponseItem) -> Void) {
        guard let index = event.outputIndex, var current = response, index < current.output.count else { return }
        change(&current.output[index])
        response = current
    }

    private mutating func updateMessage(_ event: ResponseStreamEvent, _ change: (inout [ResponseContent], Int) -> Void) {
        guard let contentIndex = event.contentIndex else { return }
        updateItem(event) { item in
            guard case .message(var message) = item else { return }
            change(&message.content, contentIndex)
            item = .message(message)
        }
    }

    private static func outputText(_ content: [ResponseContent], _ index: Int) -> ResponseOutputText {
        if index < content.count, case .outputText(let text) = content[index] { return text }
        return ResponseOutputText(text: "")
    }

    private static func put(_ part: ResponseContent, in content: inout [ResponseContent], at index: Int) {
        while content.count < index { content.append(.outputText(ResponseOutputText(text: ""))) }
        if index < content.count { content[index] = part } else { content.append(part) }
    }
}

extension EventStream where Element == ResponseStreamEvent {
    /// Reads the rest of the stream and returns the response it describes.
    ///
    /// - Returns: The accumulated response (see ``ResponseStreamAccumulator``).
    /// - Throws: ``OpenAIError``: stream errors, or ``OpenAIError/Kind/stream`` when the stream named no response.
    public func collectResponse() async throws(OpenAIError) -> Response {
        var accumulator = ResponseStreamAccumulator()
        for try await event in self {
            accumulator.apply(event)
        }
        guard let response = accumulator.response else {
            throw OpenAIError(kind: .stream, message: "the stream ended without describing a response", metadata: metadata)
        }
        return response
    }
}
