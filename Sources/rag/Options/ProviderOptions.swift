import ArgumentParser
import RAGKit

extension EmbedderKind: ExpressibleByArgument {
    public init?(argument: String) {
        guard Self.allValueStrings.contains(argument) else { return nil }
        self.init(rawValue: argument)
    }
    public static var allValueStrings: [String] { allKnown.map(\.rawValue) }
}

extension AnswererKind: ExpressibleByArgument {
    public init?(argument: String) {
        guard Self.allValueStrings.contains(argument) else { return nil }
        self.init(rawValue: argument)
    }
    public static var allValueStrings: [String] { allKnown.map(\.rawValue) }
}

/// The embedding provider options of `rag index`.
struct EmbedderOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The embedder of a new index.",
            discussion: "local: built-in, offline (hashed word and character n-grams). openai: the embeddings endpoint. Defaults to openai when $OPENAI_API_KEY or a base URL is set, otherwise local.",
            valueName: "local|openai"
        )
    )
    var embedder: EmbedderKind?

    @Option(
        help: ArgumentHelp(
            "The embedding model of a new index (default text-embedding-3-small with --embedder openai).",
            discussion: "An index keeps the model it was created with; use --reindex to change it.",
            valueName: "model"
        )
    )
    var embeddingModel: String?

    @Option(
        help: ArgumentHelp(
            "The tokens the embedding model of an OpenAI-compatible server reads, when fewer than its request limits.",
            discussion: "Chunks are cut to fit it (counted in cl100k_base) instead of being truncated by the server.",
            valueName: "tokens"
        )
    )
    var embeddingWindow: Int?
}

/// The answer generator options of `rag ask`.
struct AnswererOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "How answers are written.",
            discussion: "extractive: offline, quotes the best passages. chat: a chat completion over the passages. responses: the Responses API with file_search over the index's mirrored vector store (with --remote, after `rag mirror`). Defaults to chat when $OPENAI_API_KEY or a base URL is set, otherwise extractive.",
            valueName: "extractive|chat|responses"
        )
    )
    var answerer: AnswererKind?

    @Option(help: ArgumentHelp("The chat model (default gpt-4o-mini).", valueName: "model"))
    var chatModel: String?
}
