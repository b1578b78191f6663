import Foundation

/// A deterministic OpenAI stand-in for ``TestHTTPServer``: embeddings, chat completions (plain or streamed)
/// and models, answered the way the real API shapes them.
///
/// Embeddings are hashed bags of words (FNV-1a, L2-normalised), so texts that share words are close and the
/// same text always gets the same vector, on every platform. Combine with the queue for failures:
///
/// ```swift
/// try await TestHTTPServer.withServer(
///     responses: [.error(status: 429, message: "slow down")],   // the first request is rate limited
///     handler: OpenAIStandIn.handler(dimensions: 32, answer: "Paris [1].")
/// ) { server in … }
/// ```
public enum OpenAIStandIn {
    /// A handler for `POST /v1/embeddings`, `POST /v1/chat/completions`, `POST /v1/completions` and
    /// `GET /v1/models`; anything else gets a 404 error body.
    ///
    /// - Parameters:
    ///   - dimensions: The embedding length; 64 by default (the request's `dimensions` wins when present).
    ///   - answer: The assistant's reply to every chat or completion request.
    ///   - streamPieceSize: The size of the pieces a streamed reply is cut into; 7 bytes by default.
    public static func handler(dimensions: Int = 64, answer: String = "Stand-in answer.", streamPieceSize: Int = 7) -> TestHTTPServer.Handler {
        { request in
            let body = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any] ?? [:]
            switch (request.method, request.path) {
            case ("POST", "/v1/embeddings"):
                return embeddingsResponse(body: body, dimensions: dimensions)
            case ("POST", "/v1/chat/completions"):
                let model = body["model"] as? String ?? "stand-in-chat"
                if body["stream"] as? Bool == true {
                    return chatStream(answer: answer, model: model, pieceSize: streamPieceSize)
                }
                return .json(chatCompletion(answer: answer, model: model))
            case ("POST", "/v1/completions"):
                let model = body["model"] as? String ?? "stand-in-instruct"
                return .json(json([
                    "id": "cmpl-standin", "object": "text_completion", "created": 0, "model": model,
                    "choices": [["index": 0, "text": answer, "finish_reason": "stop", "logprobs": NSNull()]],
                ]))
            case ("GET", "/v1/models"):
                return .json(json(["object": "list", "data": [
                    ["id": "stand-in-embedding", "object": "model", "created": 0, "owned_by": "test"],
                    ["id": "stand-in-chat", "object": "model", "created": 0, "owned_by": "test"],
                ]]))
            default:
                return .error(status: 404, message: "the stand-in does not serve \(request.method) \(request.path)", type: "invalid_request_error")
            }
        }
    }

    /// The stand-in's embedding of `text`: a hashed bag of lower-cased words, L2-normalised.
    public static func embedding(of text: String, dimensions: Int) -> [Float] {
        var vector = [Float](repeating: 0, count: max(dimensions, 1))
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        for word in words {
            let hash = fnv1a(word.utf8)
            let index = Int(hash % UInt64(vector.count))
            vector[index] += (hash >> 63) == 0 ? 1 : -1
        }
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? vector.map { $0 / norm } : vector
    }

    /// A whole chat completion body answering `answer`.
    public static func chatCompletion(answer: String, model: String = "stand-in-chat") -> String {
        json([
            "id": "chatcmpl-standin", "object": "chat.completion", "created": 0, "model": model,
            "choices": [["index": 0, "finish_reason": "stop", "logprobs": NSNull(),
                         "message": ["role": "assistant", "content": answer, "refusal": NSNull()]]],
            "usage": ["prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2],
        ])
    }

    /// A streamed chat completion of `answer`, one word per chunk, cut into pieces of `pieceSize` bytes.
    public static func chatStream(answer: String, model: String = "stand-in-chat", pieceSize: Int = 7) -> ScriptedResponse {
        var words = answer.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { index, word in
            index == 0 ? String(word) : " " + word
        }
        if words.isEmpty { words = [""] }
        let chunk: (Any, Any) -> String = { delta, finish in
            json(["id": "chatcmpl-standin", "object": "chat.completion.chunk", "created": 0, "model": model,
                  "choices": [["index": 0, "delta": delta, "finish_reason": finish]]])
        }
        let payloads = [chunk(["role": "assistant", "content": ""], NSNull())]
            + words.map { chunk(["content": $0], NSNull()) }
            + [chunk([String: Any](), "stop")]
        return .sse(payloads, pieceSize: pieceSize)
    }

    private static func embeddingsResponse(body: [String: Any], dimensions: Int) -> ScriptedResponse {
        let inputs: [String]
        switch body["input"] {
        case let text as String: inputs = [text]
        case let texts as [String]: inputs = texts
        default:
            return .error(status: 400, message: "the stand-in embeds only strings", type: "invalid_request_error", param: "input")
        }
        let size = body["dimensions"] as? Int ?? dimensions
        let base64 = body["encoding_format"] as? String == "base64"
        let data: [[String: Any]] = inputs.enumerated().map { index, text in
            let vector = embedding(of: text, dimensions: size)
            let encoded: Any = base64 ? base64Floats(vector) : vector.map { Double($0) }
            return ["object": "embedding", "index": index, "embedding": encoded]
        }
        let tokens = inputs.reduce(0) { $0 + $1.split(separator: " ").count }
        return .json(json([
            "object": "list", "data": data, "model": body["model"] as? String ?? "stand-in-embedding",
            "usage": ["prompt_tokens": tokens, "total_tokens": tokens],
        ]))
    }

    private static func base64Floats(_ values: [Float]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 4)
        for value in values {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return Data(bytes).base64EncodedString()
    }

    private static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    private static func json(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
