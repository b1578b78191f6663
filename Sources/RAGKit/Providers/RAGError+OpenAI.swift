import Foundation
import OpenAIClient

extension RAGError {
    /// Maps a client error to one line that says what to do: the one mapping from ``OpenAIError`` to
    /// ``RAGError`` (embeddings, chat, mirroring).
    /// - Parameters:
    ///   - error: The client's error.
    ///   - model: The model the request named, when it named one.
    ///   - modelRemedy: What to do about an unknown model (default ``Remedy/chooseEmbeddingModel``).
    ///   - configuration: The client's configuration: the server the request went to (printed redacted), and
    ///     whether a key was sent.
    init(_ error: OpenAIError, model: String? = nil, modelRemedy: Remedy = .chooseEmbeddingModel, configuration: OpenAIConfiguration) {
        let server = configuration.baseURL.redactedForDisplay
        let requestID = error.requestID.map { " [request \($0)]" } ?? ""
        switch (error.kind, error.status ?? 0, error.code ?? "") {
        case (.cancelled, _, _):
            self.init(.cancelled, "The request to \(server) was cancelled; run again to finish.", underlying: error)
        case (_, 401, _) where configuration.apiKey == nil:
            self.init(.apiKeyRejected, "The server \(server) requires an API key (401) and none was set: set OPENAI_API_KEY.\(requestID)",
                      remedy: .setAPIKey, underlying: error)
        case (_, 401, _):
            self.init(.apiKeyRejected, "The API key was rejected by \(server) (401): check OPENAI_API_KEY.\(requestID)",
                      remedy: .setAPIKey, underlying: error)
        case (_, 429, "insufficient_quota"):
            self.init(.quotaExhausted, "The account's quota is exhausted (429 insufficient_quota): add credit in the provider's billing settings, or work offline with the local embedder and the extractive answerer.\(requestID)", underlying: error)
        case (_, 429, _):
            self.init(.rateLimited, "Still rate limited by \(server) after retries (429): wait a minute and run again.\(requestID)", underlying: error)
        case (_, _, "model_not_found"),
             (_, 404, _) where model != nil && error.message.localizedCaseInsensitiveContains("model"):
            self.init(.unknownModel, "The server \(server) does not know the model '\(model ?? "")': name one it serves.\(requestID)",
                      remedy: modelRemedy, underlying: error)
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

    /// Whether `error` ends a whole run rather than one file: the key, the quota, the rate limit, the connection.
    static func endsRun(_ error: OpenAIError) -> Bool {
        switch (error.kind, error.status) {
        case (_, 401?), (_, 429?), (.connection, _), (.timeout, _), (.cancelled, _): true
        default: false
        }
    }
}
