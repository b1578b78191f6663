import Foundation
import Hummingbird
import RAGKit

/// An error the server answers with: an HTTP status and the OpenAI-style body
/// `{"error": {"message", "type", "code"}}`.
///
/// Library errors become server errors through ``init(_:)``, which picks the status from the kind; the
/// message is the library's one line, which never holds a key or a request body.
public struct ServerError: Error, HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// One line that says what went wrong and what to do.
    public var message: String
    /// The error's class, as OpenAI names them: `invalid_request_error`, `authentication_error`, `server_error`, …
    public var type: String
    /// A stable code to switch on, such as `no_index` or `index_busy`.
    public var code: String

    /// Creates an error.
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - message: What went wrong and what to do.
    ///   - type: The error class (default `invalid_request_error`).
    ///   - code: The stable code.
    public init(_ status: HTTPResponse.Status, _ message: String, type: String = "invalid_request_error", code: String) {
        self.status = status
        self.message = message
        self.type = type
        self.code = code
    }

    /// The server error for a library error: `invalid_argument` → 400, `no_index` → 404, `index_busy` → 409,
    /// `missing_api_key` → 503, provider failures → 502, anything else → 500.
    /// - Parameter error: The library error.
    public init(_ error: RAGError) {
        let (status, type) = Self.classify(error.kind)
        self.init(status, error.message, type: type, code: error.kind.rawValue)
    }

    private static func classify(_ kind: RAGError.Kind) -> (HTTPResponse.Status, String) {
        switch kind {
        case .invalidArgument, .settingsMismatch, .embeddingModelMismatch: (.badRequest, "invalid_request_error")
        case .noIndex, .folderNotFound: (.notFound, "not_found_error")
        case .indexBusy: (.conflict, "conflict_error")
        case .missingAPIKey: (.serviceUnavailable, "configuration_error")
        case .apiKeyRejected, .quotaExhausted, .rateLimited, .serverUnreachable, .unknownModel, .provider:
            (.badGateway, "upstream_error")
        case .readOnly: (.forbidden, "permission_error")
        default: (.internalServerError, "server_error")
        }
    }

    /// A request body that is not the JSON the route expects.
    static func badRequest(_ message: String) -> ServerError {
        ServerError(.badRequest, message, code: "invalid_request")
    }

    /// A route or resource that does not exist.
    static func notFound(_ message: String) -> ServerError {
        ServerError(.notFound, message, type: "not_found_error", code: "not_found")
    }

    /// The JSON body of this error.
    var body: Body { Body(error: .init(message: message, type: type, code: code)) }

    /// The JSON body.
    struct Body: Encodable {
        struct Detail: Encodable {
            var message: String
            var type: String
            var code: String
        }

        var error: Detail
    }

    /// The response: the status and the JSON body.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        return try Response.json(body, status: status, headers: headers)
    }
}

extension ServerError {
    /// The server error for any error a route throws: itself, a library error's mapping, a Hummingbird error's
    /// status, or a 500 that says no more than that.
    /// - Parameter error: The error.
    /// - Returns: The error to answer with.
    public static func wrapping(_ error: any Error) -> ServerError {
        switch error {
        case let error as ServerError: return error
        case let error as RAGError: return ServerError(error)
        case is CancellationError:
            return ServerError(.serviceUnavailable, "The request was cancelled: the server is shutting down or the request took too long.",
                               type: "server_error", code: "cancelled")
        case let error as HTTPError:
            let code = error.status == .notFound ? "not_found" : "http_\(error.status.code)"
            let message = error.body ?? (error.status == .notFound ? "No such route: see GET /healthz and the /v1 routes." : error.status.reasonPhrase)
            return ServerError(error.status, message, type: error.status.code < 500 ? "invalid_request_error" : "server_error", code: code)
        case let error as any HTTPResponseError:
            return ServerError(error.status, error.status.reasonPhrase, type: error.status.code < 500 ? "invalid_request_error" : "server_error",
                               code: "http_\(error.status.code)")
        default:
            return ServerError(.internalServerError, "The server failed to answer: see its log.", type: "server_error", code: "internal")
        }
    }
}
