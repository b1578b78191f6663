import Foundation

/// Azure OpenAI's URL layout and authentication, as an ``OpenAIEndpoint``.
///
/// Deployment-scoped operations (chat and legacy completions, embeddings, audio, images) go to
/// `{resource}/openai/deployments/{deployment}{path}`; the others (assistants, threads, files, batches,
/// fine-tuning, vector stores, models) go to `{resource}/openai{path}`. Every URL carries `api-version`.
/// Build a configuration with ``OpenAIConfiguration/azure(resource:deployment:apiVersion:credential:timeout:maxRetries:)``.
public struct AzureOpenAIEndpoint: OpenAIEndpoint {
    /// The API version used when none is given.
    public static let defaultAPIVersion = "2024-10-21"

    /// The path prefixes served per deployment.
    public static let deploymentScopedPaths = ["/chat/completions", "/completions", "/embeddings", "/audio/", "/images/"]

    /// The resource URL, such as `https://my-resource.openai.azure.com`.
    public var resource: URL
    /// The deployment that deployment-scoped operations use; `nil` sends them to `{resource}/openai{path}`.
    public var deployment: String?
    /// The `api-version` query value.
    public var apiVersion: String
    /// The key or token source.
    public var credential: AzureCredential

    /// Creates an Azure endpoint.
    ///
    /// - Parameters:
    ///   - resource: The resource URL, such as `https://my-resource.openai.azure.com` (a trailing `/openai` is tolerated).
    ///   - deployment: The deployment name for chat, completions, embeddings, audio and images; `nil` by default.
    ///   - apiVersion: The `api-version`; ``defaultAPIVersion`` by default.
    ///   - credential: The key or token source.
    public init(resource: URL, deployment: String? = nil, apiVersion: String = AzureOpenAIEndpoint.defaultAPIVersion, credential: AzureCredential) {
        self.resource = resource
        self.deployment = deployment
        self.apiVersion = apiVersion
        self.credential = credential
    }

    /// Builds `{resource}/openai[/deployments/{deployment}]{path}?{query}&api-version={apiVersion}`.
    public func url(forPath path: String, queryItems: [URLQueryItem]) throws(OpenAIError) -> URL {
        var root = resource.absoluteString
        while root.hasSuffix("/") { root.removeLast() }
        if root.hasSuffix("/openai") { root.removeLast("/openai".count) }
        var prefix = root + "/openai"
        if let deployment, Self.deploymentScopedPaths.contains(where: { path == $0 || ($0.hasSuffix("/") && path.hasPrefix($0)) }) {
            prefix += "/deployments/" + APIRequest.segment(deployment)
        }
        guard var components = URLComponents(string: prefix + path) else {
            throw OpenAIError(kind: .invalidRequest, message: "invalid Azure URL: \(prefix + path)")
        }
        var items = queryItems.filter { $0.name != "api-version" }
        items.append(URLQueryItem(name: "api-version", value: apiVersion))
        components.queryItems = (components.queryItems ?? []) + items
        // URLComponents leaves "+" alone, which servers read as a space.
        components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        guard let url = components.url else {
            throw OpenAIError(kind: .invalidRequest, message: "invalid Azure URL: \(prefix + path)")
        }
        return url
    }

    /// Sets `api-key`, or `Authorization: Bearer` with a fresh token from the provider.
    public func authenticate(_ headers: inout HTTPHeaderFields) async throws {
        switch credential {
        case .apiKey(let key):
            headers["api-key"] = key
        case .tokenProvider(let provider):
            headers["Authorization"] = "Bearer \(try await provider())"
        }
    }
}

extension OpenAIConfiguration {
    /// A configuration for an Azure OpenAI resource.
    ///
    /// ```swift
    /// let client = OpenAI(configuration: .azure(
    ///     resource: URL(string: "https://my-resource.openai.azure.com")!,
    ///     deployment: "gpt-4o-mini",
    ///     apiVersion: "2024-10-21",
    ///     credential: .apiKey(key)
    /// ))
    /// let reply = try await client.chat.completions.create(request)  // POST …/openai/deployments/gpt-4o-mini/chat/completions
    /// ```
    ///
    /// - Parameters:
    ///   - resource: The resource URL.
    ///   - deployment: The deployment for chat, completions, embeddings, audio and images; `nil` by default.
    ///   - apiVersion: The `api-version`; ``AzureOpenAIEndpoint/defaultAPIVersion`` by default.
    ///   - credential: The key (`api-key` header) or token provider (`Authorization: Bearer`).
    ///   - timeout: The per-attempt timeout; 600 seconds by default.
    ///   - maxRetries: Retries after the first attempt; 2 by default.
    /// - Returns: A configuration whose ``endpoint`` is an ``AzureOpenAIEndpoint``.
    public static func azure(
        resource: URL,
        deployment: String? = nil,
        apiVersion: String = AzureOpenAIEndpoint.defaultAPIVersion,
        credential: AzureCredential,
        timeout: Duration = .seconds(600),
        maxRetries: Int = 2
    ) -> OpenAIConfiguration {
        let endpoint = AzureOpenAIEndpoint(resource: resource, deployment: deployment, apiVersion: apiVersion, credential: credential)
        return OpenAIConfiguration(
            apiKey: nil,
            baseURL: resource.appendingPathComponent("openai"),
            timeout: timeout,
            maxRetries: maxRetries,
            endpoint: endpoint
        )
    }
}
