import Hummingbird

/// Wraps a responder so that a request taking longer than the timeout to produce its response head is cancelled
/// and answered 504 with a JSON error.
///
/// A streamed body (server-sent events) is not cut once its head is sent.
public struct TimeoutResponder<Wrapped: HTTPResponder>: HTTPResponder where Wrapped.Context: RequestContext {
    /// The request context.
    public typealias Context = Wrapped.Context

    private let wrapped: Wrapped
    private let timeout: Duration

    /// Creates the responder.
    /// - Parameters:
    ///   - wrapped: The responder that answers.
    ///   - timeout: The longest it may take to a response head.
    public init(_ wrapped: Wrapped, timeout: Duration) {
        self.wrapped = wrapped
        self.timeout = timeout
    }

    /// Races the wrapped responder against the timeout.
    public func respond(to request: Request, context: Context) async throws -> Response {
        let timeout = timeout
        let wrapped = wrapped
        return try await withThrowingTaskGroup(of: Response.self) { group in
            group.addTask { try await wrapped.respond(to: request, context: context) }
            group.addTask {
                try await Task.sleep(for: timeout)
                let error = ServerError(.gatewayTimeout, "The request took longer than \(timeout) to answer: narrow it, or raise --request-timeout.",
                                        type: "server_error", code: "timeout")
                return try error.response(from: request, context: context)
            }
            defer { group.cancelAll() }
            guard let response = try await group.next() else { throw CancellationError() }
            return response
        }
    }
}
