import Hummingbird

/// Answers every error a route throws with ``ServerError``'s JSON body and status, so no error escapes as
/// Hummingbird's plain-text default.
public struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Creates the middleware.
    public init() {}

    /// Calls the next responder; its error becomes a ``ServerError`` response.
    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let server = ServerError.wrapping(error)
            if server.status.code >= 500 { context.logger.error("request failed", metadata: ["code": .string(server.code), "error": .string(String(describing: error))]) }
            return try server.response(from: request, context: context)
        }
    }
}
