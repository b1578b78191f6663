import Foundation
import OpenAIClient
import TextEncoder

/// Which embedder to use, as an open set of names.
public struct EmbedderKind: RawRepresentable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// The kind's name, e.g. `"local"`.
    public var rawValue: String
    /// Creates a kind from its name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The name.
    public var description: String { rawValue }
    /// In-process: a transformer model when one is named or installed (``TransformerEmbedder``), else
    /// ``LocalEmbedder``'s hashed n-grams.
    public static let local = Self(rawValue: "local")
    /// ``OpenAIEmbedder``: an OpenAI or OpenAI-compatible embeddings endpoint.
    public static let openai = Self(rawValue: "openai")
    /// Every known kind, for argument validation.
    public static let allKnown: [EmbedderKind] = [.local, .openai]
}

/// Which answer writer to use, as an open set of names.
public struct AnswererKind: RawRepresentable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// The kind's name, e.g. `"chat"`.
    public var rawValue: String
    /// Creates a kind from its name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The name.
    public var description: String { rawValue }
    /// ``ExtractiveAnswerer``: quotes sentences, offline.
    public static let extractive = Self(rawValue: "extractive")
    /// ``ChatAnswerer``: a chat model, streamed.
    public static let chat = Self(rawValue: "chat")
    /// ``ResponsesAnswerer``: a model answering through the Responses API with `file_search` over the index's
    /// mirrored vector store; only for questions asked through the store (``PassageSource/vectorStore(_:)``).
    public static let responses = Self(rawValue: "responses")
    /// Every known kind, for argument validation.
    public static let allKnown: [AnswererKind] = [.extractive, .chat, .responses]
}

/// What the user asked for on the command line or in a service's configuration; `nil` means "decide".
public struct ProviderRequest: Sendable, Hashable {
    /// `--embedder local|openai`.
    public var embedder: EmbedderKind?
    /// `--answerer extractive|chat|responses`.
    public var answerer: AnswererKind?
    /// `--embedding-model`.
    public var embeddingModel: String?
    /// `--dimensions`.
    public var dimensions: Int?
    /// `--embedding-window`: the tokens an OpenAI-compatible server's embedding model reads, when fewer than its
    /// request limits; chunks are fitted to it (counted in `cl100k_base`, the server's tokenizer being unknown).
    public var embeddingWindow: Int?
    /// `--chat-model`.
    public var chatModel: String?
    /// `--base-url` (wins over `OPENAI_BASE_URL`).
    public var baseURL: String?
    /// The process environment (`OPENAI_API_KEY`, `OPENAI_BASE_URL`, `OPENAI_ORG_ID`, `OPENAI_PROJECT_ID`).
    public var environment: [String: String]
    /// How long one request may wait for the server (per attempt, and between the pieces of a stream); `nil`
    /// uses ``ProviderResolver/embeddingTimeout`` for embeddings and ``ProviderResolver/chatTimeout`` for chat.
    public var requestTimeout: Duration?

    /// Creates a request; every choice defaults to "decide".
    public init(embedder: EmbedderKind? = nil, answerer: AnswererKind? = nil, embeddingModel: String? = nil,
                dimensions: Int? = nil, embeddingWindow: Int? = nil, chatModel: String? = nil, baseURL: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment, requestTimeout: Duration? = nil) {
        self.requestTimeout = requestTimeout
        self.embeddingWindow = embeddingWindow
        self.embedder = embedder
        self.answerer = answerer
        self.embeddingModel = embeddingModel
        self.dimensions = dimensions
        self.chatModel = chatModel
        self.baseURL = baseURL
        self.environment = environment
    }

    /// Whether a remote provider is configured: an API key or a base URL.
    public var hasRemoteProvider: Bool {
        !(environment["OPENAI_API_KEY"] ?? "").isEmpty || !(baseURL ?? "").isEmpty || !(environment["OPENAI_BASE_URL"] ?? "").isEmpty
    }
}

/// Chooses the embedder and the answer writer from flags and environment.
///
/// The rules: an explicit choice wins; an existing index keeps the embedder it was built with;
/// otherwise a configured remote provider (`OPENAI_API_KEY`, `--base-url` or `OPENAI_BASE_URL`) is
/// used, and with none everything runs offline (``LocalEmbedder``, ``ExtractiveAnswerer``).
///
/// ```swift
/// let request = ProviderRequest(embedder: nil, answerer: nil)
/// let embedder = try await ProviderResolver.embedder(for: request, index: rag.settings)
/// let answerer = try ProviderResolver.answerer(for: request)
/// ```
public enum ProviderResolver {
    /// The default remote embedding model: `"text-embedding-3-small"`.
    public static let defaultEmbeddingModel = "text-embedding-3-small"
    /// The default chat model: `"gpt-4o-mini"`.
    public static let defaultChatModel = "gpt-4o-mini"

    /// How long an embeddings request may wait by default: 60 seconds (a batch takes seconds).
    public static let embeddingTimeout = Duration.seconds(60)
    /// How long a chat request may wait for its first or next piece by default: 120 seconds.
    public static let chatTimeout = Duration.seconds(120)

    /// The client for the configured remote provider.
    /// - Parameters:
    ///   - request: The provider choices and environment.
    ///   - purpose: What the client is for, named in the error when no provider is configured.
    ///   - timeout: The timeout when the request sets none (default ``embeddingTimeout``).
    /// - Throws: ``RAGError/Kind/missingAPIKey`` when neither a key nor a base URL is set;
    ///   ``RAGError/Kind/invalidArgument`` for a malformed base URL.
    public static func client(for request: ProviderRequest, purpose: String,
                              timeout: Duration = embeddingTimeout) throws(RAGError) -> OpenAI {
        guard request.hasRemoteProvider else {
            throw RAGError(.missingAPIKey, "\(purpose) needs an API key (OPENAI_API_KEY) or the base URL of an OpenAI-compatible server such as Ollama: configure one, or run offline with the local defaults.", remedy: .setAPIKey)
        }
        var configuration = OpenAIConfiguration.fromEnvironment(request.environment)
        configuration.timeout = request.requestTimeout ?? timeout
        if let baseURL = request.baseURL, !baseURL.isEmpty {
            guard let url = URL(string: baseURL), url.scheme == "http" || url.scheme == "https" else {
                throw RAGError(.invalidArgument, "The base URL '\(URL(string: baseURL)?.redactedForDisplay ?? "(unreadable)")' is not an http(s) URL: use e.g. http://localhost:11434/v1.")
            }
            configuration.baseURL = url
        }
        return OpenAI(configuration: configuration)
    }

    /// The embedder kind the request resolves to.
    /// - Parameters:
    ///   - request: The provider request.
    ///   - index: The settings of the index it will be used with, when it exists.
    public static func embedderKind(for request: ProviderRequest, index: IndexSettings? = nil) -> EmbedderKind {
        if let explicit = request.embedder { return explicit }
        if let index { return isLocal(index.embeddingModel) ? .local : .openai }
        if let model = request.embeddingModel, isLocal(model) || TransformerEmbedder.repositories[model] != nil
            || (try? ModelStore(environment: request.environment).model(named: model)) != nil
            || (model.contains("/") && FileManager.default.fileExists(atPath: model + "/config.json")) {
            return .local
        }
        if request.embeddingModel != nil { return .openai }
        return request.hasRemoteProvider ? .openai : .local
    }

    /// The embedder for a request, matching `index` when given (its model and dimensions unless
    /// the request names others, which opening the index then refuses).
    ///
    /// For a remote model of unknown size, one short text is embedded to learn its dimensions.
    /// - Throws: ``RAGError`` `.missingAPIKey`, `.invalidArgument`, or provider errors from the probe.
    public static func embedder(for request: ProviderRequest, index: IndexSettings? = nil) async throws -> any Embedder {
        switch embedderKind(for: request, index: index) {
        case .local:
            return try localEmbedder(for: request, index: index)
        case .openai:
            let client = try client(for: request, purpose: "The OpenAI embedder")
            let model = request.embeddingModel ?? (index?.embeddingModel == LocalEmbedder.modelName ? nil : index?.embeddingModel)
                ?? defaultEmbeddingModel
            let sameModel = index?.embeddingModel == model
            let dimensions = request.dimensions ?? (sameModel ? index?.dimensions : nil)
            return try await OpenAIEmbedder(client: client, model: model, dimensions: dimensions,
                                            inputWindow: try declaredWindow(request.embeddingWindow, encoding: index?.tokenEncoding)).resolvingDimensions()
        default:
            throw RAGError(.invalidArgument, "Unknown embedder '\(request.embedder?.rawValue ?? "")': use local or openai.")
        }
    }

    /// Whether a model name is one of the in-process embedders'.
    static func isLocal(_ model: String) -> Bool {
        model == LocalEmbedder.modelName || model.hasPrefix(TransformerEmbedder.modelPrefix)
    }

    /// The in-process embedder: the model named, else the index's, else the best installed transformer model,
    /// else the hashed n-gram embedder.
    private static func localEmbedder(for request: ProviderRequest, index: IndexSettings?) throws(RAGError) -> any Embedder {
        let store = ModelStore(environment: request.environment)
        let named = request.embeddingModel ?? index.map(\.embeddingModel).flatMap { isLocal($0) ? $0 : nil }
        if let named, named != LocalEmbedder.modelName {
            let embedder = try TransformerEmbedder(named: named, store: store)
            if let index, index.embeddingModel == embedder.model, let recorded = index.embeddingModelDigest,
               recorded != embedder.modelDigest {
                throw RAGError(.modelUnavailable, "The embedding model '\(named)' is not the one this index was built with (its weights changed).",
                               remedy: .installModel(String(named.dropFirst(named.hasPrefix(TransformerEmbedder.modelPrefix) ? TransformerEmbedder.modelPrefix.count : 0))))
            }
            return embedder
        }
        if named == nil, index == nil, let best = TransformerEmbedder.bestInstalled(store: store) {
            return try TransformerEmbedder(named: best, store: store)
        }
        let localIndex = index?.embeddingModel == LocalEmbedder.modelName ? index : nil
        return LocalEmbedder(dimensions: request.dimensions ?? localIndex?.dimensions ?? 512)
    }

    /// The window a request declares for a remote model, counted in the index's token encoding (`cl100k_base` for a
    /// new index).
    /// - Throws: ``RAGError`` `.invalidArgument` for a window under 16 tokens.
    static func declaredWindow(_ tokens: Int?, encoding: String?) throws(RAGError) -> InputWindow? {
        guard let tokens else { return nil }
        guard tokens >= 16 else {
            throw RAGError(.invalidArgument, "An embedding window of \(tokens) tokens is too small: give the model's window, at least 16 tokens.")
        }
        let tokenizer = try TokenizerCache.load(encoding ?? "cl100k_base")
        return InputWindow(tokens: tokens, count: { tokenizer.count($0) })
    }

    /// The answer writer for a request: chat when asked or when a remote provider is configured,
    /// otherwise extractive; ``ResponsesAnswerer`` only when asked for.
    /// - Throws: ``RAGError`` `.missingAPIKey` (chat or responses without a provider), `.invalidArgument`.
    public static func answerer(for request: ProviderRequest, tokenBudget: Int = 6000) throws(RAGError) -> any AnswerGenerator {
        switch request.answerer ?? (request.hasRemoteProvider ? .chat : .extractive) {
        case .extractive:
            return ExtractiveAnswerer()
        case .chat:
            return ChatAnswerer(client: try client(for: request, purpose: "The chat answerer", timeout: chatTimeout),
                                model: request.chatModel ?? defaultChatModel, tokenBudget: tokenBudget)
        case .responses:
            return ResponsesAnswerer(client: try client(for: request, purpose: "The responses answerer", timeout: chatTimeout),
                                     model: request.chatModel ?? defaultChatModel)
        default:
            throw RAGError(.invalidArgument, "Unknown answerer '\(request.answerer?.rawValue ?? "")': use extractive, chat or responses.")
        }
    }
}
