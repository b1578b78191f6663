/// Builds whole messages, run steps and the latest run from a run's stream events.
///
/// Message deltas append text and annotations to the content part at their index; step deltas append function
/// arguments, code interpreter input and outputs to the tool call at their index. Object events
/// (`thread.message.completed`, `thread.run.step.completed`) replace what was accumulated with the server's copy.
///
/// ```swift
/// var accumulator = AssistantStreamAccumulator()
/// for try await event in stream { try accumulator.apply(event) }
/// print(accumulator.messages.last?.text ?? "", accumulator.run?.status ?? "")
/// ```
public struct AssistantStreamAccumulator: Sendable {
    /// The thread, once `thread.created` arrived.
    public private(set) var thread: AssistantThread?
    /// The run as of its latest `thread.run.*` event.
    public private(set) var run: Run?
    /// Messages in the order they were created.
    public private(set) var messages: [Message] = []
    /// Run steps in the order they were created.
    public private(set) var runSteps: [RunStep] = []
    /// Unknown events, kept in order.
    public private(set) var unknownEvents: [AssistantStreamEvent] = []
    /// Whether `done` arrived.
    public private(set) var isDone = false

    /// Creates an empty accumulator.
    public init() {}

    /// Folds one event in.
    ///
    /// - Throws: The ``OpenAIError`` of an `error` event; ``OpenAIError/Kind/stream`` for a delta of an unknown message or step.
    public mutating func apply(_ event: AssistantStreamEvent) throws(OpenAIError) {
        switch event {
        case .thread(_, let thread):
            self.thread = thread
        case .run(_, let run):
            self.run = run
        case .message(_, let message):
            if let index = messages.firstIndex(where: { $0.id == message.id }) {
                messages[index] = message
            } else {
                messages.append(message)
            }
        case .messageDelta(let delta):
            guard let index = messages.firstIndex(where: { $0.id == delta.id }) else {
                throw OpenAIError(kind: .stream, message: "a delta arrived for unknown message \(delta.id)")
            }
            if let role = delta.delta.role { messages[index].role = role }
            for part in delta.delta.content ?? [] {
                Self.merge(part, into: &messages[index].content)
            }
        case .runStep(_, let step):
            if let index = runSteps.firstIndex(where: { $0.id == step.id }) {
                runSteps[index] = step
            } else {
                runSteps.append(step)
            }
        case .runStepDelta(let delta):
            guard let index = runSteps.firstIndex(where: { $0.id == delta.id }) else {
                throw OpenAIError(kind: .stream, message: "a delta arrived for unknown run step \(delta.id)")
            }
            guard let details = delta.delta.stepDetails else { return }
            if let calls = details.toolCalls {
                var merged = runSteps[index].stepDetails.toolCalls ?? []
                for call in calls { Self.merge(call, into: &merged) }
                runSteps[index].stepDetails.toolCalls = merged
            }
            if let creation = details.messageCreation { runSteps[index].stepDetails.messageCreation = creation }
        case .error(let error):
            throw error
        case .done:
            isDone = true
        case .unknown:
            unknownEvents.append(event)
        }
    }

    static func merge(_ part: MessageContent, into content: inout [MessageContent]) {
        let position = part.index ?? content.count
        guard let existing = content.indices.first(where: { (content[$0].index ?? $0) == position }) else {
            content.append(part)
            return
        }
        if let text = part.text {
            var merged = content[existing].text ?? MessageText(value: "")
            merged.value += text.value
            merged.annotations += text.annotations
            content[existing].text = merged
        }
        if let refusal = part.refusal { content[existing].refusal = (content[existing].refusal ?? "") + refusal }
        if let file = part.imageFile { content[existing].imageFile = file }
        if let url = part.imageURL { content[existing].imageURL = url }
    }

    static func merge(_ call: RunStepToolCall, into calls: inout [RunStepToolCall]) {
        let position = call.index ?? calls.count
        guard let existing = calls.indices.first(where: { (calls[$0].index ?? $0) == position }) else {
            calls.append(call)
            return
        }
        if let id = call.id { calls[existing].id = id }
        if let function = call.function {
            var merged = calls[existing].function ?? RunStepToolCall.FunctionCall()
            if let name = function.name { merged.name = name }
            merged.arguments = (merged.arguments ?? "") + (function.arguments ?? "")
            if let output = function.output { merged.output = output }
            calls[existing].function = merged
        }
        if let code = call.codeInterpreter {
            var merged = calls[existing].codeInterpreter ?? RunStepToolCall.CodeInterpreterCall()
            merged.input = (merged.input ?? "") + (code.input ?? "")
            merged.outputs = (merged.outputs ?? []) + (code.outputs ?? [])
            calls[existing].codeInterpreter = merged
        }
        if let search = call.fileSearch { calls[existing].fileSearch = search }
    }
}
