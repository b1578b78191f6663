import Foundation

/// The settings an ``OpenAI`` client sends with every request.
///
/// The defaults talk to `https://api.openai.com/v1`. Point ``baseURL`` at any OpenAI-compatible
/// server (Ollama, llama.cpp server, vLLM, LM Studio, OpenRouter, Groq, Together) to use it instead:
///
/// ```swift
/// let local = OpenAIConfiguration(apiKey: nil, baseURL: URL(string: "http://127.0.0.1:11434/v1")!)
/// let fromShell = OpenAIConfiguration.fromEnvironment()
/// let admin = OpenAIConfiguration(apiKey: nil, adminKey: ProcessInfo.processInfo.environment["OPENAI_ADMIN_KEY"])
/// ```
public struct OpenAIConfiguration: Sendable {
    /// The default endpoint, `https://api.openai.com/v1`.
    public static let defaultBaseURL = URL(string: "https://api.openai.com/v1") ?? URL(fileURLWithPath: "/")

    /// The secret key sent as `Authorization: Bearer …`; `nil` or empty sends no `Authorization` header.
    public var apiKey: String?
    /// The admin key sent as `Authorization: Bearer …` to the endpoints that want one (every path under
    /// `/organization`, the project role paths under `/projects` — see ``OpenAI/organization`` — and the fine-tuned
    /// checkpoint permissions) instead of ``apiKey``; `nil` or empty sends ``apiKey`` there too.
    ///
    /// Admin keys (`sk-admin-…`) are created in the organization's settings and only work on those endpoints, so
    /// one client can hold both keys.
    public var adminKey: String?
    /// The organization sent as `OpenAI-Organization`, if any.
    public var organization: String?
    /// The project sent as `OpenAI-Project`, if any.
    public var project: String?
    /// The URL that endpoint paths (such as `/embeddings`) are appended to.
    public var baseURL: URL
    /// Headers added to every request (after the standard ones, so they can replace them).
    public var defaultHeaders: [String: String]
    /// Query items added to every request (for example `api-version` for Azure-style gateways).
    public var defaultQueryItems: [URLQueryItem]
    /// The longest wait, in one attempt, for the response to start and then for each next piece of its body, so a
    /// stalled response fails with ``OpenAIError/Kind/timeout`` while a long stream that keeps flowing does not.
    /// Defaults to 10 minutes.
    public var timeout: Duration
    /// How many times a failed request is retried (408, 409, 429, 5xx, connection failures). Defaults to 2.
    public var maxRetries: Int
    /// Builds URLs and authenticates instead of ``baseURL`` and ``apiKey``, when set (see ``azure(resource:deployment:apiVersion:credential:timeout:maxRetries:)``).
    public var endpoint: (any OpenAIEndpoint)?

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - apiKey: The secret key; `nil` sends no `Authorization` header (local servers).
    ///   - adminKey: The admin key for the `/organization` endpoints; `nil` (use `apiKey`) by default.
    ///   - organization: The `OpenAI-Organization` header value; `nil` by default.
    ///   - project: The `OpenAI-Project` header value; `nil` by default.
    ///   - baseURL: The API root; ``defaultBaseURL`` by default.
    ///   - defaultHeaders: Extra headers for every request; none by default.
    ///   - defaultQueryItems: Extra query items for every request; none by default.
    ///   - timeout: The per-attempt timeout; 600 seconds by default.
    ///   - maxRetries: Retries after the first attempt; 2 by default.
    ///   - endpoint: A custom URL and authentication scheme; `nil` (OpenAI's) by default.
    public init(
        apiKey: String?,
        adminKey: String? = nil,
        organization: String? = nil,
        project: String? = nil,
        baseURL: URL = OpenAIConfiguration.defaultBaseURL,
        defaultHeaders: [String: String] = [:],
        defaultQueryItems: [URLQueryItem] = [],
        timeout: Duration = .seconds(600),
        maxRetries: Int = 2,
        endpoint: (any OpenAIEndpoint)? = nil
    ) {
        self.apiKey = apiKey
        self.adminKey = adminKey
        self.organization = organization
        self.project = project
        self.baseURL = baseURL
        self.defaultHeaders = defaultHeaders
        self.defaultQueryItems = defaultQueryItems
        self.timeout = timeout
        self.maxRetries = maxRetries
        self.endpoint = endpoint
    }

    /// The URL of an endpoint path: ``endpoint``'s when set, else the path appended to ``baseURL``'s, with
    /// ``defaultQueryItems`` and then `queryItems` (a `+` is sent as `%2B`, not read as a space).
    ///
    /// ```swift
    /// let url = try OpenAIConfiguration(apiKey: nil).url(forPath: "/realtime", queryItems: [URLQueryItem(name: "model", value: "gpt-realtime")])
    /// // https://api.openai.com/v1/realtime?model=gpt-realtime
    /// ```
    ///
    /// - Parameters:
    ///   - path: The endpoint path, such as `/embeddings`.
    ///   - queryItems: Query items after the default ones; none by default.
    /// - Returns: The URL.
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/invalidRequest``) when no valid URL results.
    public func url(forPath path: String, queryItems: [URLQueryItem] = []) throws(OpenAIError) -> URL {
        if let endpoint {
            return try endpoint.url(forPath: path, queryItems: defaultQueryItems + queryItems)
        }
        guard var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: true) else {
            throw OpenAIError(kind: .invalidRequest, message: "invalid base URL: \(baseURL.redactedForDisplay)")
        }
        // The path joins the base's path; a query on the base URL stays after it.
        var basePath = components.percentEncodedPath
        while basePath.hasSuffix("/") { basePath.removeLast() }
        components.percentEncodedPath = basePath + path
        let items = defaultQueryItems + queryItems
        if !items.isEmpty {
            components.queryItems = (components.queryItems ?? []) + items
            // URLComponents leaves "+" alone, which servers read as a space.
            components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        }
        guard let url = components.url else {
            throw OpenAIError(kind: .invalidRequest, message: "invalid URL for \(path) under \(baseURL.redactedForDisplay)")
        }
        return url
    }

    /// Reads `OPENAI_API_KEY`, `OPENAI_ADMIN_KEY`, `OPENAI_BASE_URL`, `OPENAI_ORG_ID` and `OPENAI_PROJECT_ID`.
    ///
    /// Empty variables count as unset; an unparsable `OPENAI_BASE_URL` falls back to ``defaultBaseURL``.
    ///
    /// - Parameter environment: The variables to read; the process environment by default.
    /// - Returns: A configuration with the other settings at their defaults.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> OpenAIConfiguration {
        func value(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
                return nil
            }
            return value
        }
        return OpenAIConfiguration(
            apiKey: value("OPENAI_API_KEY"),
            adminKey: value("OPENAI_ADMIN_KEY"),
            organization: value("OPENAI_ORG_ID"),
            project: value("OPENAI_PROJECT_ID"),
            baseURL: value("OPENAI_BASE_URL").flatMap { URL(string: $0) } ?? defaultBaseURL
        )
    }
}
