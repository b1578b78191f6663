import Foundation
import Hummingbird
import RAGKit

/// The OpenAI-compatible routes: `POST /embeddings` with the index's embedder, and
/// `POST /vector_stores/{id}/search` over the index, so OpenAI clients can use a local index.
public struct OpenAIController<Context: RequestContext>: Sendable {
    /// The served index.
    public let index: ServedIndex
    /// The request limits.
    public let limits: ServerLimits
    /// The vector store id that names the served index (default ``defaultVectorStoreID``).
    public let vectorStoreID: String

    /// The vector store id of the served index unless another is given: `local`.
    public static var defaultVectorStoreID: String { "local" }

    /// The most texts one embeddings request may hold, as OpenAI's limit.
    static var maxInputs: Int { 2048 }

    /// Creates the controller.
    /// - Parameters:
    ///   - index: The served index.
    ///   - limits: The request limits.
    ///   - vectorStoreID: The id that names the index in vector store routes (default `local`).
    public init(index: ServedIndex, limits: ServerLimits = ServerLimits(), vectorStoreID: String = Self.defaultVectorStoreID) {
        self.index = index
        self.limits = limits
        self.vectorStoreID = vectorStoreID
    }

    /// The routes, to mount at `/v1`.
    public var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("embeddings", use: embeddings)
        routes.post("vector_stores/{id}/search", use: searchVectorStore)
        return routes
    }

    /// `POST /embeddings`: embeds the inputs with the index's embedder.
    @Sendable func embeddings(_ request: Request, context: Context) async throws -> JSONResponse<EmbeddingsResponse> {
        let body = try await request.decodeJSON(EmbeddingsRequest.self, limit: limits.maxBodyBytes)
        let rag = try await index.current()
        guard let embedder = rag.embedder else {
            throw ServerError(RAGError(.missingAPIKey, "This index was built with \(rag.settings.embeddingModel): set OPENAI_API_KEY for the server to embed with it."))
        }
        guard !body.input.isEmpty, body.input.count <= Self.maxInputs, !body.input.contains(where: \.isEmpty) else {
            throw ServerError.badRequest("input must hold 1 to \(Self.maxInputs) non-empty strings.")
        }
        if let model = body.model, model != embedder.model {
            throw ServerError(.notFound, "The model '\(model)' is not served here: this index embeds with \(embedder.model).",
                              code: "model_not_found")
        }
        if let dimensions = body.dimensions, dimensions != embedder.dimensions {
            throw ServerError.badRequest("dimensions must be \(embedder.dimensions), this index's, or left out.")
        }
        let format = body.encodingFormat ?? "float"
        guard format == "float" || format == "base64" else { throw ServerError.badRequest("encoding_format must be float or base64.") }
        let vectors = try await embedder.embed(body.input)
        let items = vectors.enumerated().map { offset, vector in
            EmbeddingsResponse.Item(index: offset, embedding: format == "base64" ? .base64(Self.base64(vector)) : .floats(vector))
        }
        let tokens = body.input.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        return JSONResponse(EmbeddingsResponse(data: items, model: embedder.model, usage: .init(promptTokens: tokens, totalTokens: tokens)))
    }

    /// `POST /vector_stores/{id}/search`: the index's best passages in OpenAI's page shape; `{id}` must name the
    /// served index.
    @Sendable func searchVectorStore(_ request: Request, context: Context) async throws -> JSONResponse<VectorStoreSearchPage> {
        let id = try context.parameters.require("id")
        guard id == vectorStoreID else {
            throw ServerError.notFound("No vector store '\(id)': this server serves its index as '\(vectorStoreID)'.")
        }
        let body = try await request.decodeJSON(VectorStoreSearchRequest.self, limit: limits.maxBodyBytes)
        let limit = body.maxNumResults ?? 10
        guard (1...50).contains(limit) else { throw ServerError.badRequest("max_num_results must be between 1 and 50 (got \(limit)).") }
        let query = body.queries.joined(separator: " ")
        guard !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ServerError.badRequest("query is empty.") }

        let rag = try await index.current()
        let attributes = Dictionary(try await rag.documents().map { ($0.path, $0.metadata) }, uniquingKeysWith: { first, _ in first })
        let mode: SearchMode = rag.embedder == nil ? .keyword : .vector
        // A filter is applied to the ranked passages, so more are fetched than are returned.
        let k = body.filters == nil ? limit : min(limit * 10, RetrievalFields.maxK * 5)
        let hits = try await rag.search(query, options: SearchOptions(k: k, mode: mode))
        let results = hits.lazy
            .filter { hit in body.filters?.matches(attributes[hit.path] ?? [:]) ?? true }
            .map { hit in
                VectorStoreSearchPage.Result(fileID: hit.path, filename: (hit.path as NSString).lastPathComponent,
                                             score: min(max(hit.score, 0), 1), attributes: attributes[hit.path] ?? [:],
                                             content: [.init(text: hit.text)])
            }
            .filter { $0.score >= (body.scoreThreshold ?? 0) }
            .prefix(limit)
        return JSONResponse(VectorStoreSearchPage(searchQuery: body.queries, data: Array(results)))
    }

    /// Little-endian float32 bytes in base64, as OpenAI's `encoding_format: base64`.
    static func base64(_ vector: [Float]) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(vector.count * 4)
        for value in vector {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return Data(bytes).base64EncodedString()
    }
}
