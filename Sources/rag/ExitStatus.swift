import ArgumentParser
import RAGKit

/// The exit codes of `rag`, one per kind of failure a script may want to tell apart (listed in the README).
enum ExitStatus {
    /// Any failure without a code of its own.
    static let failure = ExitCode(1)
    /// No index was found, or the index directory holds no index.
    static let noIndex = ExitCode(3)
    /// The folder to index does not exist or is not a folder.
    static let folderNotFound = ExitCode(4)
    /// No API key, or the server rejected it (401).
    static let authentication = ExitCode(5)
    /// The account's quota is exhausted (429 `insufficient_quota`), or rate limits outlasted the retries.
    static let quotaExhausted = ExitCode(6)
    /// The server could not be reached.
    static let serverUnreachable = ExitCode(7)
    /// The server does not know the model.
    static let unknownModel = ExitCode(8)
    /// The index was built with another embedding model.
    static let embeddingModelMismatch = ExitCode(9)

    /// The in-process embedding model is not installed or changed.
    static let modelUnavailable = ExitCode(10)

    /// The exit code for a library error.
    static func code(for error: RAGError) -> ExitCode {
        switch error.kind {
        case .noIndex: noIndex
        case .folderNotFound: folderNotFound
        case .missingAPIKey, .apiKeyRejected: authentication
        case .quotaExhausted, .rateLimited: quotaExhausted
        case .serverUnreachable: serverUnreachable
        case .unknownModel: unknownModel
        case .embeddingModelMismatch: embeddingModelMismatch
        case .modelUnavailable: modelUnavailable
        default: failure
        }
    }
}
