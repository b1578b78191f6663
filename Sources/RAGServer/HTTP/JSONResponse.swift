import Foundation
import Hummingbird

/// A JSON response encoded as the CLI encodes its `--json` output (``OutputFormat/json(_:)``), so both print the
/// same bytes for the same value.
struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator {
    var value: Value
    var status: HTTPResponse.Status = .ok

    init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try Response.json(value, status: status)
    }
}

extension Response {
    /// A response whose body is `value` as JSON (``OutputFormat/json(_:)``), with its content type.
    static func json(_ value: some Encodable, status: HTTPResponse.Status, headers extra: HTTPFields = [:]) throws -> Response {
        var headers = extra
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: try OutputFormat.json(value))))
    }
}

extension Request {
    /// Decodes the body as JSON, refusing bodies over `limit` bytes (413) and malformed JSON (400).
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - limit: The most bytes read.
    /// - Returns: The decoded value.
    /// - Throws: ``ServerError``.
    func decodeJSON<Value: Decodable>(_ type: Value.Type, limit: Int) async throws -> Value {
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw ServerError(.contentTooLarge, "The request body is over the \(limit)-byte limit: send a smaller body.",
                              code: "body_too_large")
        }
        do {
            return try JSONDecoder().decode(Value.self, from: Data(buffer.readableBytesView))
        } catch let error as ServerError {
            throw error
        } catch let error as DecodingError {
            throw ServerError.badRequest("The request body is not valid: \(DecodingErrorDescription(error)).")
        }
    }
}
