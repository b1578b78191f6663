import Foundation

/// Where requests go and how they authenticate, for servers that differ from OpenAI's layout (such as Azure OpenAI).
///
/// An ``OpenAIConfiguration`` with an ``OpenAIConfiguration/endpoint`` asks it for every attempt's URL and
/// authentication headers instead of using ``OpenAIConfiguration/baseURL`` and `Authorization: Bearer`. The client
/// still adds ``OpenAIConfiguration/defaultQueryItems``, default headers and per-call options on top.
///
/// Implementations must not cache a token past its expiry: ``authenticate(_:)`` runs before every attempt,
/// retries included, so it is the place to refresh one.
public protocol OpenAIEndpoint: Sendable {
    /// Builds the URL for an API path such as `/chat/completions`.
    ///
    /// - Parameters:
    ///   - path: The API path, starting with `/`, ids already escaped.
    ///   - queryItems: The call's query items; the endpoint adds its own (such as `api-version`).
    /// - Returns: The absolute URL.
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/invalidRequest``) when no URL can be built.
    func url(forPath path: String, queryItems: [URLQueryItem]) throws(OpenAIError) -> URL

    /// Adds the authentication headers to one attempt.
    ///
    /// - Parameter headers: The attempt's headers, standard ones already set.
    /// - Throws: Any error, wrapped by the client into ``OpenAIError`` (``OpenAIError/Kind/invalidRequest``).
    func authenticate(_ headers: inout HTTPHeaderFields) async throws
}
