/// The chat endpoint group: ``OpenAI/chat``.
public struct Chat: Sendable {
    let client: OpenAI

    /// Chat completions: `POST /chat/completions`.
    public var completions: ChatCompletions { ChatCompletions(client: client) }
}
