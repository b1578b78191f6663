import Foundation
import OpenAIClient

/// Embeds text with an OpenAI (or OpenAI-compatible) embeddings endpoint: `POST /embeddings`.
///
/// The index sends batches within ``limits`` (2048 inputs and 300,000 tokens per request by
/// default), several at once; retries with backoff are the client's. Errors become ``RAGError``s
/// that say what to do (key rejected, quota exhausted, server down, unknown model).
///
/// ```swift
/// let client = OpenAI(configuration: .fromEnvironment())
/// let embedder = OpenAIEmbedder(client: client)                 // text-embedding-3-small, 1536
/// let vectors = try await embedder.embed(["log rotation"])
/// ```
/// > Warning: Every call costs tokens on a paid account.
public struct OpenAIEmbedder: Embedder {
    /// The client requests go through.
    public let client: OpenAI
    /// The model name, e.g. `"text-embedding-3-small"`.
    public let model: String
    /// The vector dimensions (0 when unknown: call ``resolvingDimensions()``).
    public let dimensions: Int
    /// The endpoint's limits (default ``EmbeddingLimits/openAI``).
    public let limits: EmbeddingLimits
    /// The window an OpenAI-compatible server's model reads, when it declares one smaller than its request limits
    /// (a local server running a 512-token model): chunks are fitted to it rather than truncated by the server.
    public let inputWindow: InputWindow?
    private let requestedDimensions: Int?

    /// Native dimensions of OpenAI's embedding models.
    public static let knownDimensions = ["text-embedding-3-small": 1536, "text-embedding-3-large": 3072, "text-embedding-ada-002": 1536]

    /// Creates an embedder.
    /// - Parameters:
    ///   - client: The client to send requests with.
    ///   - model: The model (default `"text-embedding-3-small"`).
    ///   - dimensions: The vector dimensions; `nil` (the default) uses the model's native size when
    ///     it is a known OpenAI model. For `text-embedding-3-*`, a smaller value is requested from
    ///     the API (`dimensions` parameter); for other models it must be their native size.
    ///   - limits: The endpoint's limits (default OpenAI's).
    ///   - inputWindow: The window the model reads, when the server declares one (default `nil`: the limits alone).
    public init(client: OpenAI, model: String = "text-embedding-3-small", dimensions: Int? = nil,
                limits: EmbeddingLimits = .openAI, inputWindow: InputWindow? = nil) {
        self.client = client
        self.model = model
        self.limits = limits
        self.inputWindow = inputWindow
        let native = Self.knownDimensions[model]
        self.dimensions = dimensions ?? native ?? 0
        self.requestedDimensions = model.hasPrefix("text-embedding-3") && dimensions != nil && dimensions != native ? dimensions : nil
    }

    /// This embedder, with ``dimensions`` found by embedding one short text when they are unknown
    /// (models of OpenAI-compatible servers such as Ollama's `nomic-embed-text`).
    /// - Throws: ``RAGError`` as ``embed(_:)``.
    public func resolvingDimensions() async throws -> OpenAIEmbedder {
        guard dimensions == 0 else { return self }
        let vector = try await request(["dimension probe"]).first ?? []
        return OpenAIEmbedder(client: client, model: model, dimensions: vector.count, limits: limits, inputWindow: inputWindow)
    }

    /// With a declared ``inputWindow``, a chunk budget of about three quarters of it, so that few chunks need cutting
    /// again; else `nil` (the index default).
    public var preferredChunkSize: Int? {
        inputWindow.map { IndexSettings.chunkSize(fittingWindowOf: $0.tokens) }
    }

    /// Embeds texts in one request per ``limits``-sized slice.
    /// - Throws: ``RAGError`` with advice, or `CancellationError`.
    public func embed(_ texts: [String]) async throws -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        var vectors: [[Float]] = []
        vectors.reserveCapacity(texts.count)
        for start in stride(from: 0, to: texts.count, by: max(1, limits.maxInputsPerRequest)) {
            let slice = Array(texts[start..<min(texts.count, start + limits.maxInputsPerRequest)])
            let embedded = try await request(slice)
            if dimensions > 0, let wrong = embedded.first(where: { $0.count != dimensions }) {
                throw RAGError(.embeddingModelMismatch, "\(model) returned \(wrong.count)-dimensional vectors, not the \(dimensions) expected: use the index's model, or for a new index the model the server serves (its name decides the size expected).", remedy: .chooseEmbeddingModel)
            }
            vectors += embedded
        }
        return vectors
    }

    private func request(_ texts: [String]) async throws -> [[Float]] {
        let outcome: Result<CreateEmbeddingResponse, OpenAIError>
        do throws(OpenAIError) {
            outcome = .success(try await client.embeddings.create(
                CreateEmbeddingRequest(input: .strings(texts), model: model, dimensions: requestedDimensions)))
        } catch {
            outcome = .failure(error)
        }
        let response: CreateEmbeddingResponse
        switch outcome {
        case .success(let value):
            response = value
        case .failure(let error):
            if error.kind == .cancelled || Task.isCancelled { throw CancellationError() }
            throw RAGError(error, model: model, configuration: client.configuration)
        }
        let ordered = response.data.sorted { $0.index < $1.index }
        guard ordered.count == texts.count, ordered.enumerated().allSatisfy({ $0.offset == $0.element.index }) else {
            throw RAGError(.provider, "\(client.configuration.baseURL.redactedForDisplay) returned \(response.data.count) embeddings for \(texts.count) inputs: the server is not OpenAI-compatible enough.")
        }
        return ordered.map(\.embedding)
    }
}
