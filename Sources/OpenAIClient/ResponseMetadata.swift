import Foundation

/// What a response said besides its body: status, request id, rate limits, all headers.
///
/// Every error that reached the server carries it (``OpenAIError/metadata``), every stream exposes it
/// (``EventStream/metadata``), and ``OpenAI/withResponseMetadata(isolation:_:)`` collects it for any calls:
///
/// ```swift
/// let (response, metadata) = try await OpenAI.withResponseMetadata {
///     try await client.embeddings.create(request)
/// }
/// print(metadata.last?.rateLimit.remainingTokens ?? -1)
/// ```
public struct ResponseMetadata: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// All response headers.
    public var headers: HTTPHeaderFields
    /// The `x-request-id` header.
    public var requestID: String? { headers["x-request-id"] }
    /// The `x-ratelimit-*` headers.
    public var rateLimit: RateLimit { RateLimit(headers: headers) }
    /// How many attempts the call took (1 when it was not retried).
    public var attempts: Int
    /// The `openai-poll-after-ms` header: how long the server asks a client polling this object to wait before the
    /// next check.
    public var pollAfter: Duration? {
        headers["openai-poll-after-ms"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            .flatMap { $0 >= 0 ? .milliseconds($0) : nil }
    }

    /// Creates metadata from a status and headers.
    public init(status: Int, headers: HTTPHeaderFields, attempts: Int = 1) {
        self.status = status
        self.headers = headers
        self.attempts = attempts
    }
}

/// The `x-ratelimit-*` response headers, parsed where they are numbers.
///
/// The reset values stay strings because the API writes them as durations such as `"6m0s"` or `"1s"`.
public struct RateLimit: Sendable, Hashable {
    /// `x-ratelimit-limit-requests`.
    public var limitRequests: Int?
    /// `x-ratelimit-limit-tokens`.
    public var limitTokens: Int?
    /// `x-ratelimit-remaining-requests`.
    public var remainingRequests: Int?
    /// `x-ratelimit-remaining-tokens`.
    public var remainingTokens: Int?
    /// `x-ratelimit-reset-requests`, such as `"1s"`.
    public var resetRequests: String?
    /// `x-ratelimit-reset-tokens`, such as `"6m0s"`.
    public var resetTokens: String?

    /// Reads the `x-ratelimit-*` headers.
    public init(headers: HTTPHeaderFields) {
        limitRequests = headers["x-ratelimit-limit-requests"].flatMap { Int($0) }
        limitTokens = headers["x-ratelimit-limit-tokens"].flatMap { Int($0) }
        remainingRequests = headers["x-ratelimit-remaining-requests"].flatMap { Int($0) }
        remainingTokens = headers["x-ratelimit-remaining-tokens"].flatMap { Int($0) }
        resetRequests = headers["x-ratelimit-reset-requests"]
        resetTokens = headers["x-ratelimit-reset-tokens"]
    }
}
