import ArgumentParser
import Foundation
import RAGKit

/// Options every subcommand that touches an index accepts: where the index is and which server to talk to.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("index"),
        help: ArgumentHelp(
            "The index directory.",
            discussion: "Defaults to $RAG_INDEX, then the nearest .rag/ found walking up from the working directory.",
            valueName: "path"
        )
    )
    var indexPath: String?

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "The base URL of an OpenAI-compatible server.",
            discussion: "Defaults to $OPENAI_BASE_URL, then https://api.openai.com/v1. The key comes from $OPENAI_API_KEY.",
            valueName: "url"
        )
    )
    var baseURL: String?

    @Option(
        name: .customLong("timeout"),
        help: ArgumentHelp(
            "Seconds one request may wait for the server before it is retried or fails.",
            discussion: "Defaults to 60 for embeddings and 120 for chat answers.",
            valueName: "seconds"
        )
    )
    var timeoutSeconds: Double?

    /// The process environment, read once per command.
    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The working directory of the process.
    var workingDirectory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true) }

    /// The index directory named by `--index`, `RAG_INDEX` or the nearest `.rag/`, if any.
    func locatedIndex() -> URL? {
        IndexLocation.resolve(explicit: indexPath, environment: environment, workingDirectory: workingDirectory)
    }

    /// The index directory of an index that must already exist.
    func existingIndex() throws(CommandFailure) -> URL {
        guard let url = locatedIndex() else { throw .noIndexFound }
        return url
    }

    /// What the user asked of the providers: these options, the environment, and a subcommand's choices.
    func providerRequest(embedding: EmbedderOptions? = nil, answering: AnswererOptions? = nil) -> ProviderRequest {
        ProviderRequest(
            embedder: embedding?.embedder,
            answerer: answering?.answerer,
            embeddingModel: embedding?.embeddingModel,
            embeddingWindow: embedding?.embeddingWindow,
            chatModel: answering?.chatModel,
            baseURL: baseURL,
            environment: environment,
            requestTimeout: timeoutSeconds.map { .milliseconds(Int64($0 * 1000)) }
        )
    }

    func validate() throws {
        if let timeoutSeconds, !(timeoutSeconds > 0 && timeoutSeconds <= 86_400) {
            throw ValidationError("--timeout must be a number of seconds between 0 and 86400, such as 30.")
        }
        if let baseURL, URL(string: baseURL)?.scheme == nil {
            throw ValidationError("--base-url must be an absolute URL such as http://127.0.0.1:11434/v1.")
        }
    }
}

extension GlobalOptions {
    /// How every `rag` command opens the vector store: a command does one job and exits, so it never earns back
    /// moving the matrix onto huge pages in the background.
    static let vectorOptions = VectorStoreOptions(hugePages: false)

    /// Opens the existing index with the embedder it was built with, or the one `request` names explicitly
    /// (which the library refuses with ``RAGError/Kind/embeddingModelMismatch`` when it differs).
    ///
    /// - Parameter needsEmbedder: Whether the command embeds text; without one (keyword search, status) a remote
    ///   index opens without a key.
    func openIndex(_ request: ProviderRequest, needsEmbedder: Bool = true) async throws -> RAG {
        try await RAG.open(at: existingIndex(), providers: request, needsEmbedder: needsEmbedder, vectorOptions: Self.vectorOptions)
    }

    /// Where search and ask take passages: the local index, or with `--remote` its mirrored vector store.
    func passageSource(remote: Bool) throws(RAGError) -> PassageSource {
        remote ? .vectorStore(try MirrorConnection(environment: environment, baseURL: baseURL).client) : .local
    }
}
