import Hummingbird
import Logging

/// Logs one line per request at `info`: method, path (without the query), status and duration in milliseconds.
/// Headers, and so the bearer token, are never logged.
public struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    private let logger: Logger

    /// Creates the middleware.
    /// - Parameter logger: Where the lines go.
    public init(logger: Logger) {
        self.logger = logger
    }

    /// Calls the next responder and logs the outcome.
    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            logger.info("\(request.method) \(request.uri.path) \(status) \(String(format: "%.1f", milliseconds))ms")
        }
        do {
            let response = try await next(request, context)
            status = response.status.code
            return response
        } catch {
            status = ServerError.wrapping(error).status.code
            throw error
        }
    }
}
