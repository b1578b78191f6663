import RAGKit

/// The one line `rag` prints for a library error: the library's message, then what to do in this CLI's terms.
struct ErrorLine: CustomStringConvertible {
    let error: RAGError

    var description: String {
        if let model = error.remedy?.modelToInstall {
            return "rag: \(error.message) (run `rag models pull \(model)`, or `rag models add FOLDER`)"
        }
        guard let remedy = error.remedy, let advice = Self.advice[remedy] else { return "rag: \(error.message)" }
        return "rag: \(error.message) (\(advice))"
    }

    /// Each remedy in the CLI's flags and commands.
    static let advice: [RAGError.Remedy: String] = [
        .reindex: "run `rag index --reindex` to rebuild it",
        .createIndex: "run `rag index FOLDER` first, or pass --index PATH",
        .setAPIKey: "set OPENAI_API_KEY, or --base-url for an OpenAI-compatible server",
        .chooseEmbeddingModel: "pass --embedding-model with the index's model, or add --reindex to rebuild it",
        .chooseServedEmbeddingModel: "pass --embedding-model with a model the server serves",
        .chooseChatModel: "pass --chat-model with a model the server serves",
        .checkServer: "check that the server runs and --base-url / OPENAI_BASE_URL",
        .chooseIndexLocation: "pass --index PATH for a separate index, or add --reindex to replace this one",
        .openAsWriter: "run `rag status` once as a user who can write the index",
        .matchChunking: "drop --chunker/--chunk-size/--overlap, or add --reindex to rebuild it",
        .askThroughVectorStore: "run `rag mirror`, then `rag ask --remote --answerer responses`",
    ]
}
