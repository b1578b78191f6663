import Foundation

/// An endpoint call before it becomes an ``HTTPRequest``: rebuilt into a fresh request for every attempt.
struct APIRequest: Sendable {
    /// Builds the body (and its content type) for one attempt, given the caller's extra JSON fields.
    typealias BodyBuilder = @Sendable (_ extraBody: [String: JSONValue]) throws -> (body: HTTPRequest.Body, contentType: String)

    var method: HTTPMethod
    var path: String
    var queryItems: [URLQueryItem] = []
    var headers: HTTPHeaderFields = [:]
    var makeBody: BodyBuilder?
    var options: RequestOptions = RequestOptions()
    var acceptsEventStream = false

    static func get(_ path: String, query: [URLQueryItem] = [], options: RequestOptions = RequestOptions()) -> APIRequest {
        APIRequest(method: .get, path: path, queryItems: query, options: options)
    }

    static func delete(_ path: String, options: RequestOptions = RequestOptions()) -> APIRequest {
        APIRequest(method: .delete, path: path, options: options)
    }

    static func post(
        _ path: String,
        json body: some Encodable & Sendable,
        query: [URLQueryItem] = [],
        options: RequestOptions = RequestOptions()
    ) -> APIRequest {
        APIRequest(method: .post, path: path, queryItems: query, makeBody: { extra in
            (.bytes(try JSONBody.encode(body, merging: extra)), "application/json")
        }, options: options)
    }

    static func post(_ path: String, multipart form: MultipartBody, options: RequestOptions = RequestOptions()) -> APIRequest {
        APIRequest(method: .post, path: path, makeBody: { extra in
            var form = form
            form.append(extraFields: extra)
            return (try form.encoded(), form.contentType)
        }, options: options)
    }

    /// A `POST` whose body is sent as it is, with its own content type (such as `application/sdp`).
    static func post(_ path: String, body: [UInt8], contentType: String, options: RequestOptions = RequestOptions()) -> APIRequest {
        APIRequest(method: .post, path: path, makeBody: { _ in (.bytes(body), contentType) }, options: options)
    }

    /// Escapes an id for use as one path segment.
    static func segment(_ id: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
    }
}

/// Encodes request bodies: snake_case keys come from each type's `CodingKeys`, extras are merged on top.
enum JSONBody {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func encode(_ value: some Encodable, merging extra: [String: JSONValue]) throws -> [UInt8] {
        let encoder = encoder()
        guard !extra.isEmpty else { return Array(try encoder.encode(value)) }
        guard case .object(var members) = try JSONValue(encoding: value) else {
            throw OpenAIError(kind: .invalidRequest, message: "extra body fields need a JSON object body")
        }
        members.merge(extra) { _, extra in extra }
        return Array(try encoder.encode(JSONValue.object(members)))
    }
}
