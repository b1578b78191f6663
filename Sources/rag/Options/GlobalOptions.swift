import ArgumentParser
import Foundation
import RAGKit
import VectorIndex

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
            chatModel: answering?.chatModel,
            baseURL: baseURL,
            environment: environment
        )
    }

    func validate() throws {
        if let baseURL, URL(string: baseURL)?.scheme == nil {
            throw ValidationError("--base-url must be an absolute URL such as http://127.0.0.1:11434/v1.")
        }
    }
}

extension GlobalOptions {
    /// How every `rag` command opens the vector store: a command does one job and exits, so it never earns back
    /// moving the matrix onto huge pages in the background.
    static let vectorOptions = VectorDatabase.Options(hugePages: false)

    /// Opens the existing index with the embedder it was built with, or the one `request` names explicitly
    /// (which the library refuses with ``RAGError/Kind/embeddingModelMismatch`` when it differs).
    ///
    /// - Parameter needsEmbedder: Whether the command embeds text; without one (keyword search, status) a remote
    ///   index opens without a key.
    func openIndex(_ request: ProviderRequest, needsEmbedder: Bool = true) async throws -> RAG {
        let rag = try RAG.open(at: existingIndex(), vectorOptions: Self.vectorOptions)
        return needsEmbedder ? try await reopen(rag, embedderFor: request) : rag
    }

    /// `rag` itself when it already has the embedder `request` resolves to, else the same index reopened with it.
    func reopen(_ rag: RAG, embedderFor request: ProviderRequest) async throws -> RAG {
        let explicit = request.embedder != nil || request.embeddingModel != nil
        guard explicit || rag.embedder == nil else { return rag }
        let embedder = try await ProviderResolver.embedder(for: request, index: rag.settings)
        return try RAG.open(at: rag.directory, embedder: embedder, vectorOptions: rag.vectorOptions)
    }
}
