import Foundation

/// One line of a batch input file: `{"custom_id", "method", "url", "body"}`.
///
/// ```swift
/// let lines = questions.enumerated().map { index, question in
///     BatchRequestLine.chatCompletion(customID: "q\(index)", CreateChatCompletionRequest(model: "gpt-4o-mini", messages: [.user(question)]))
/// }
/// let jsonl = try BatchJSONL.encode(lines)
/// ```
public struct BatchRequestLine<Body: Encodable & Sendable>: Encodable, Sendable {
    /// Your id for the request, unique in the file; the output line carries it back.
    public var customID: String
    /// The HTTP method, `POST`.
    public var method: String
    /// The endpoint path, such as `/v1/chat/completions`; the same on every line of a file.
    public var url: BatchEndpoint
    /// The request body.
    public var body: Body

    /// Creates a line.
    ///
    /// - Parameters:
    ///   - customID: Your unique id for the request.
    ///   - url: The endpoint.
    ///   - body: The request.
    ///   - method: `POST` by default.
    public init(customID: String, url: BatchEndpoint, body: Body, method: String = "POST") {
        self.customID = customID
        self.method = method
        self.url = url
        self.body = body
    }

    enum CodingKeys: String, CodingKey {
        case method, url, body
        case customID = "custom_id"
    }
}

extension BatchRequestLine where Body == CreateChatCompletionRequest {
    /// A `/v1/chat/completions` line.
    public static func chatCompletion(customID: String, _ request: CreateChatCompletionRequest) -> Self {
        Self(customID: customID, url: .chatCompletions, body: request)
    }
}

extension BatchRequestLine where Body == CreateEmbeddingRequest {
    /// A `/v1/embeddings` line.
    public static func embedding(customID: String, _ request: CreateEmbeddingRequest) -> Self {
        Self(customID: customID, url: .embeddings, body: request)
    }
}

/// One line of a batch output or error file: `{"id", "custom_id", "response": {"status_code", "request_id", "body"}, "error"}`.
///
/// A 2xx line's body decodes into `Body` (``Response/body``); any other line keeps its error body as
/// ``Response/errorBody``, so one failed request never hides the others.
public struct BatchOutputLine<Body: Decodable & Sendable>: Decodable, Sendable {
    /// The line id.
    public var id: String?
    /// The `custom_id` of the input line.
    public var customID: String
    /// The HTTP response, when the request was sent.
    public var response: Response?
    /// Why the request could not be sent, when it was not.
    public var error: BatchError?

    /// The response of one request.
    public struct Response: Decodable, Sendable {
        /// The HTTP status.
        public var statusCode: Int
        /// The request id.
        public var requestID: String?
        /// The decoded body of a 2xx response.
        public var body: Body?
        /// The body of a non-2xx response (usually `{"error": …}`).
        public var errorBody: JSONValue?

        enum CodingKeys: String, CodingKey {
            case body
            case statusCode = "status_code"
            case requestID = "request_id"
        }

        /// Decodes a 2xx body as `Body` and any other as JSON.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            statusCode = try container.decode(Int.self, forKey: .statusCode)
            requestID = try container.decodeIfPresent(String.self, forKey: .requestID)
            if (200..<300).contains(statusCode) {
                body = try container.decodeIfPresent(Body.self, forKey: .body)
            } else {
                errorBody = try container.decodeIfPresent(JSONValue.self, forKey: .body)
            }
        }
    }

    /// The decoded body when the request succeeded.
    public var output: Body? { response?.body }

    enum CodingKeys: String, CodingKey {
        case id, response, error
        case customID = "custom_id"
    }
}

/// Writes batch input files and reads output and error files, one JSON object per line.
///
/// ```swift
/// let results = try BatchJSONL.decode(outputBytes, as: CreateChatCompletionResponse.self)
/// for line in results { print(line.customID, line.output?.choices.first?.message.content ?? "failed") }
/// ```
public enum BatchJSONL {
    /// Encodes request lines as JSONL (each line ends with `\n`).
    ///
    /// - Parameter lines: The requests; their `custom_id`s must be unique.
    /// - Returns: The file's bytes.
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/invalidRequest``) for a duplicate `custom_id` or an unencodable body.
    public static func encode<Body>(_ lines: [BatchRequestLine<Body>]) throws(OpenAIError) -> [UInt8] {
        var seen = Set<String>()
        var bytes: [UInt8] = []
        let encoder = JSONBody.encoder()
        for line in lines {
            guard seen.insert(line.customID).inserted else {
                throw OpenAIError(kind: .invalidRequest, message: "duplicate batch custom_id \"\(line.customID)\"")
            }
            do {
                bytes.append(contentsOf: try encoder.encode(line))
            } catch {
                throw OpenAIError(kind: .invalidRequest, message: "could not encode batch line \"\(line.customID)\": \(error)", underlying: error)
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// Writes request lines to a JSONL file, ready for upload with purpose `batch`.
    ///
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/invalidRequest``) when encoding or writing fails.
    public static func write<Body>(_ lines: [BatchRequestLine<Body>], to url: URL) throws(OpenAIError) {
        let bytes = try encode(lines)
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw OpenAIError(kind: .invalidRequest, message: "could not write \(url.path): \(error)", underlying: error)
        }
    }

    /// Decodes an output or error file; blank lines are skipped.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - type: The success body type, such as ``CreateChatCompletionResponse``.
    /// - Returns: The lines in file order.
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/decoding``) naming the first line that does not decode.
    public static func decode<Body>(_ bytes: [UInt8], as type: Body.Type = Body.self) throws(OpenAIError) -> [BatchOutputLine<Body>] {
        let decoder = JSONDecoder()
        var lines: [BatchOutputLine<Body>] = []
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
            guard trimmed.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { continue }
            do {
                lines.append(try decoder.decode(BatchOutputLine<Body>.self, from: Data(trimmed)))
            } catch {
                var failure = OpenAIError.decoding(error, body: Array(trimmed), metadata: nil, what: "batch output line \(index + 1)")
                failure.message = "batch output line \(index + 1): \(failure.message)"
                throw failure
            }
        }
        return lines
    }
}
