import Foundation
import OpenAIClient

extension RAGError {
    /// Maps a client error to one line that says what to do.
    /// - Parameters:
    ///   - error: The client's error.
    ///   - model: The model the request named.
    ///   - modelFlag: The option that chooses that model (`--embedding-model`, `--chat-model`).
    ///   - baseURL: The server the request went to.
    init(_ error: OpenAIError, model: String, modelFlag: String, baseURL: URL) {
        let server = baseURL.redactedForDisplay
        let requestID = error.requestID.map { " [request \($0)]" } ?? ""
        switch (error.kind, error.status ?? 0, error.code ?? "") {
        case (_, 401, _):
            self.init(.apiKeyRejected, "The API key was rejected by \(server) (401): check OPENAI_API_KEY.\(requestID)", underlying: error)
        case (_, 429, "insufficient_quota"):
            self.init(.quotaExhausted, "The account's quota is exhausted (429 insufficient_quota): add credit in the provider's billing settings, or use --embedder local / --answerer extractive.\(requestID)", underlying: error)
        case (_, 429, _):
            self.init(.rateLimited, "Still rate limited by \(server) after retries (429): wait a minute and run again.\(requestID)", underlying: error)
        case (_, _, "model_not_found"), (_, 404, _) where error.message.localizedCaseInsensitiveContains("model"):
            self.init(.unknownModel, "The server \(server) does not know the model '\(model)': name one it serves with \(modelFlag).\(requestID)", underlying: error)
        case (.connection, _, _), (.timeout, _, _):
            let detail = error.message.filter { $0 != "(" && $0 != ")" }.replacingOccurrences(of: "\n", with: " ")
            let what = error.kind == .timeout ? "did not answer in time" : "could not be reached"
            self.init(.serverUnreachable, "The server \(server) \(what) [\(detail)]: check that it is running and the base URL.",
                      remedy: .checkServer, underlying: error)
        default:
            let status = error.status.map { " (\($0))" } ?? ""
            self.init(.provider, "The request to \(server) failed\(status): \(error.message.replacingOccurrences(of: "\n", with: " "))\(requestID)", underlying: error)
        }
    }
}
