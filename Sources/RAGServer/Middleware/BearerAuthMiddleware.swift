import Hummingbird

/// Requires `Authorization: Bearer TOKEN` on every request but the open paths (`/healthz`); others are answered
/// 401 with a JSON error. The token is compared in constant time and never logged.
public struct BearerAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    private let token: [UInt8]
    private let openPaths: Set<String>

    /// Creates the middleware.
    /// - Parameters:
    ///   - token: The token clients must send.
    ///   - openPaths: Paths answered without a token (default: `/healthz`).
    public init(token: String, openPaths: Set<String> = ["/healthz"]) {
        self.token = Array(token.utf8)
        self.openPaths = openPaths
    }

    /// Checks the token, then calls the next responder.
    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard openPaths.contains(request.uri.path) || isAuthorized(request.headers[.authorization]) else {
            throw ServerError(.unauthorized, "Missing or wrong bearer token: send Authorization: Bearer TOKEN, the token the server was started with.",
                              type: "authentication_error", code: "invalid_api_key")
        }
        return try await next(request, context)
    }

    private func isAuthorized(_ header: String?) -> Bool {
        guard let header, header.hasPrefix("Bearer ") else { return false }
        let given = Array(header.utf8.dropFirst("Bearer ".utf8.count))
        var difference = UInt8(given.count == token.count ? 0 : 1)
        for index in token.indices {
            difference |= token[index] ^ (index < given.count ? given[index] : 0)
        }
        return difference == 0
    }
}

extension BearerAuthMiddleware: CustomStringConvertible, CustomReflectable {
    /// Names the middleware without its token.
    public var description: String { "BearerAuthMiddleware(token: <redacted>)" }

    /// No children, so a dump of a router or an application never shows the token.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
