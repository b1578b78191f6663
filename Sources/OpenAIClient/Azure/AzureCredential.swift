/// How requests to Azure OpenAI authenticate: a resource key or a Microsoft Entra ID bearer token.
///
/// ```swift
/// let key = AzureCredential.apiKey(ProcessInfo.processInfo.environment["AZURE_OPENAI_API_KEY"] ?? "")
/// let entra = AzureCredential.tokenProvider { try await myTokenCache.token(scope: "https://cognitiveservices.azure.com/.default") }
/// ```
public enum AzureCredential: Sendable {
    /// A resource key, sent as the `api-key` header.
    case apiKey(String)
    /// A token source, asked before every attempt (retries included); its token is sent as `Authorization: Bearer …`.
    ///
    /// The provider owns caching and refresh: return a cached token while it is valid.
    case tokenProvider(@Sendable () async throws -> String)
}
