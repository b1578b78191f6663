import Foundation
import OpenAIClient

/// The OpenAI client a mirror run (or a remote search) uses, built from the environment.
///
/// ```swift
/// let connection = try MirrorConnection(environment: ProcessInfo.processInfo.environment)
/// let summary = try await rag.mirror(client: connection.client)
/// ```
public struct MirrorConnection: Sendable {
    /// The client.
    public let client: OpenAI

    /// Builds the client from `OPENAI_API_KEY`, `OPENAI_BASE_URL`, `OPENAI_ORG_ID` and `OPENAI_PROJECT_ID`.
    ///
    /// - Parameters:
    ///   - environment: The variables to read.
    ///   - baseURL: A base URL that wins over `OPENAI_BASE_URL` (`--base-url`); `nil` by default.
    /// - Throws: ``RAGError``: ``RAGError/Kind/missingAPIKey`` when neither a key nor a base URL is set,
    ///   ``RAGError/Kind/invalidArgument`` for a base URL that is not a URL.
    public init(environment: [String: String], baseURL: String? = nil) throws(RAGError) {
        var configuration = OpenAIConfiguration.fromEnvironment(environment)
        if let baseURL {
            guard let url = URL(string: baseURL), url.scheme != nil else {
                throw RAGError(.invalidArgument, "The base URL \(baseURL) is not a URL: pass one like http://127.0.0.1:8080/v1.")
            }
            configuration.baseURL = url
        }
        let hasBaseURL = baseURL != nil || !(environment["OPENAI_BASE_URL"] ?? "").isEmpty
        guard configuration.apiKey != nil || hasBaseURL else {
            throw RAGError(.missingAPIKey, "Mirroring into an OpenAI vector store needs an API key: set OPENAI_API_KEY (or --base-url for a compatible server).")
        }
        client = OpenAI(configuration: configuration)
    }

    /// Wraps an existing client.
    public init(client: OpenAI) {
        self.client = client
    }
}
