import Chunkers
import OpenAIClient

/// Writes answers with a chat model, streamed: `POST /chat/completions` with `stream: true`.
///
/// The prompt tells the model to use only the numbered sources, cite them as `[n]`, and say so
/// when they do not contain the answer. Sources are kept in rank order while the prompt fits
/// ``tokenBudget``, counted with the model's tokenizer (o200k for `gpt-4o*`, `gpt-4.1*`, `o*`;
/// cl100k for `gpt-4`/`gpt-3.5`; o200k for models it does not know).
///
/// ```swift
/// let answerer = ChatAnswerer(client: OpenAI(configuration: .fromEnvironment()))
/// for try await event in rag.ask("How do I rotate the logs?", using: answerer) { … }
/// ```
/// > Warning: Every answer costs tokens on a paid account.
public struct ChatAnswerer: AnswerGenerator {
    /// ``AnswerMode/chat``.
    public var mode: AnswerMode { .chat }
    /// The client requests go through.
    public let client: OpenAI
    /// The chat model (default `"gpt-4o-mini"`).
    public let model: String
    /// The most tokens the prompt may take (default 6000).
    public let tokenBudget: Int
    /// The sampling temperature (default 0.2: answers should stick to the sources).
    public let temperature: Double?

    /// Creates a chat answerer.
    /// - Parameters:
    ///   - client: The client to send requests with.
    ///   - model: The chat model (default `"gpt-4o-mini"`).
    ///   - tokenBudget: The prompt's token budget (default 6000).
    ///   - temperature: The sampling temperature (default 0.2; `nil` for the server's default).
    public init(client: OpenAI, model: String = "gpt-4o-mini", tokenBudget: Int = 6000, temperature: Double? = 0.2) {
        self.client = client
        self.model = model
        self.tokenBudget = tokenBudget
        self.temperature = temperature
    }

    /// The prompt this answerer sends for a question.
    func prompt(question: String, sources: [Citation]) throws(RAGError) -> ChatPrompt {
        let encoding = BPETokenizer.forModel(model) ?? .o200kBase
        return ChatPrompt(question: question, sources: sources, tokenizer: try TokenizerCache.load(encoding.rawValue),
                          budget: tokenBudget)
    }

    /// Streams the model's answer as it arrives.
    /// - Returns: Text pieces; the stream throws ``RAGError`` with advice on provider failures.
    public func generate(question: String, sources: [Citation]) -> AsyncThrowingStream<String, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let built = try prompt(question: question, sources: sources)
                    let request = CreateChatCompletionRequest(model: model, messages: [.system(built.system), .user(built.user)],
                                                              temperature: temperature)
                    var failure: OpenAIError?
                    do throws(OpenAIError) {
                        for try await chunk in try await client.chat.completions.stream(request) {
                            for choice in chunk.choices where choice.index == 0 {
                                if let content = choice.delta.content, !content.isEmpty { continuation.yield(content) }
                            }
                        }
                    } catch {
                        failure = error
                    }
                    if let failure {
                        if failure.kind == .cancelled || Task.isCancelled { throw CancellationError() }
                        throw RAGError(failure, model: model, modelRemedy: .chooseChatModel, configuration: client.configuration)
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
