/// The embeddings endpoint group: ``OpenAI/embeddings``.
public struct Embeddings: Sendable {
    let client: OpenAI

    /// Creates embedding vectors for one or more inputs.
    ///
    /// `POST /embeddings`. Unless the request names an ``CreateEmbeddingRequest/encodingFormat``, vectors are
    /// requested as base64 (a quarter of the bytes of JSON floats, as the official SDKs do) and decoded to
    /// `[Float]`; servers that ignore the format and answer with floats decode too.
    ///
    /// ```swift
    /// let response = try await client.embeddings.create(
    ///     CreateEmbeddingRequest(input: .strings(["first passage", "second passage"]), model: "text-embedding-3-small")
    /// )
    /// let vectors = response.vectors  // [[Float]], in input order
    /// ```
    ///
    /// - Parameters:
    ///   - request: The inputs, model and options.
    ///   - options: Per-call headers, query items, extra body fields, timeout and retries; none by default.
    /// - Returns: One ``Embedding`` per input, with its ``Embedding/index``.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateEmbeddingRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> CreateEmbeddingResponse {
        var request = request
        if request.encodingFormat == nil { request.encodingFormat = .base64 }
        return try await client.send(.post("/embeddings", json: request, options: options))
    }
}
