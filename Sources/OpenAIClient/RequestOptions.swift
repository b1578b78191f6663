import Foundation

/// Per-call overrides: extra headers, query items and JSON body fields, a timeout, a retry budget.
///
/// Use ``extraBody`` for a provider's own parameters that the typed request does not model:
///
/// ```swift
/// let options = RequestOptions(extraBody: ["keep_alive": "5m"])  // an Ollama parameter
/// let response = try await client.embeddings.create(request, options: options)
/// ```
public struct RequestOptions: Sendable {
    /// Headers added last, replacing any header of the same name.
    public var extraHeaders: [String: String]
    /// Query items appended to the URL.
    public var extraQueryItems: [URLQueryItem]
    /// Top-level fields merged into a JSON body, replacing fields of the same name.
    public var extraBody: [String: JSONValue]
    /// Replaces ``OpenAIConfiguration/timeout`` for this call.
    public var timeout: Duration?
    /// Replaces ``OpenAIConfiguration/maxRetries`` for this call.
    public var maxRetries: Int?

    /// Creates options; every argument defaults to "no override".
    public init(
        extraHeaders: [String: String] = [:],
        extraQueryItems: [URLQueryItem] = [],
        extraBody: [String: JSONValue] = [:],
        timeout: Duration? = nil,
        maxRetries: Int? = nil
    ) {
        self.extraHeaders = extraHeaders
        self.extraQueryItems = extraQueryItems
        self.extraBody = extraBody
        self.timeout = timeout
        self.maxRetries = maxRetries
    }
}

extension RequestOptions {
    /// These options plus an `OpenAI-Beta` header with `value`, unless the caller already set that header.
    func addingBetaHeader(_ value: String) -> RequestOptions {
        var options = self
        if options.extraHeaders.keys.contains(where: { $0.lowercased() == "openai-beta" }) == false {
            options.extraHeaders["OpenAI-Beta"] = value
        }
        return options
    }
}
