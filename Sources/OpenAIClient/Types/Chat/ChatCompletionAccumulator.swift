/// Assembles streamed chat chunks into whole messages: text, refusals, and tool calls whose arguments
/// arrived in fragments.
///
/// ```swift
/// var accumulator = ChatCompletionAccumulator()
/// for try await chunk in try await client.chat.completions.stream(request) {
///     accumulator.add(chunk)
/// }
/// let calls = accumulator.completion.choices.first?.message.toolCalls ?? []
/// ```
public struct ChatCompletionAccumulator: Sendable {
    private struct PartialCall: Sendable {
        var id = ""
        var type = "function"
        var name = ""
        var arguments = ""
    }

    private struct PartialChoice: Sendable {
        var role: ChatRole = .assistant
        var content: String?
        var refusal: String?
        var reasoning: String?
        var calls: [Int: PartialCall] = [:]
        var functionCall: PartialCall?
        var finishReason: FinishReason?
        var logprobs: [TokenLogprob] = []
    }

    private var id: String?
    private var created: Int?
    private var model: String?
    private var systemFingerprint: String?
    private var serviceTier: ServiceTier?
    private var usage: CompletionUsage?
    private var choices: [Int: PartialChoice] = [:]

    /// Creates an empty accumulator.
    public init() {}

    /// Adds one chunk.
    public mutating func add(_ chunk: CreateChatCompletionStreamResponse) {
        id = id ?? chunk.id
        created = created ?? chunk.created
        model = model ?? chunk.model
        systemFingerprint = chunk.systemFingerprint ?? systemFingerprint
        serviceTier = chunk.serviceTier ?? serviceTier
        usage = chunk.usage ?? usage
        for choice in chunk.choices {
            var partial = choices[choice.index] ?? PartialChoice()
            let delta = choice.delta
            if let role = delta.role { partial.role = role }
            if let content = delta.content { partial.content = (partial.content ?? "") + content }
            if let refusal = delta.refusal { partial.refusal = (partial.refusal ?? "") + refusal }
            if let reasoning = delta.reasoningContent { partial.reasoning = (partial.reasoning ?? "") + reasoning }
            for fragment in delta.toolCalls ?? [] {
                var call = partial.calls[fragment.index] ?? PartialCall()
                if let id = fragment.id, !id.isEmpty { call.id = id }
                if let type = fragment.type { call.type = type }
                if let name = fragment.function?.name { call.name += name }
                if let arguments = fragment.function?.arguments { call.arguments += arguments }
                partial.calls[fragment.index] = call
            }
            if let fragment = delta.functionCall {
                var call = partial.functionCall ?? PartialCall()
                call.name += fragment.name ?? ""
                call.arguments += fragment.arguments ?? ""
                partial.functionCall = call
            }
            if let reason = choice.finishReason { partial.finishReason = reason }
            partial.logprobs += choice.logprobs?.content ?? []
            choices[choice.index] = partial
        }
    }

    /// The completion so far, as if it had not been streamed; tool calls are ordered by their index.
    public var completion: CreateChatCompletionResponse {
        CreateChatCompletionResponse(
            id: id,
            created: created,
            model: model,
            choices: choices.keys.sorted().compactMap { index in
                guard let partial = choices[index] else { return nil }
                let calls = partial.calls.keys.sorted().compactMap { partial.calls[$0] }.map {
                    ChatToolCall(id: $0.id, type: ChatToolType(rawValue: $0.type), function: ChatFunctionCall(name: $0.name, arguments: $0.arguments))
                }
                let message = ChatCompletionMessage(
                    role: partial.role,
                    content: partial.content,
                    refusal: partial.refusal,
                    toolCalls: calls.isEmpty ? nil : calls,
                    functionCall: partial.functionCall.map { ChatFunctionCall(name: $0.name, arguments: $0.arguments) },
                    reasoningContent: partial.reasoning
                )
                return CreateChatCompletionResponse.Choice(
                    index: index,
                    message: message,
                    finishReason: partial.finishReason,
                    logprobs: partial.logprobs.isEmpty ? nil : ChatLogprobs(content: partial.logprobs)
                )
            },
            usage: usage,
            systemFingerprint: systemFingerprint,
            serviceTier: serviceTier
        )
    }
}
