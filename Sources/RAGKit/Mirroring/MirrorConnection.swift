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
        client = try ProviderResolver.client(for: ProviderRequest(baseURL: baseURL, environment: environment),
                                             purpose: "Mirroring into an OpenAI vector store")
    }

    /// Wraps an existing client.
    public init(client: OpenAI) {
        self.client = client
    }
}
