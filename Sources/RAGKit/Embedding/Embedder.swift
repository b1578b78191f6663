/// Turns text into vectors: the seam a service plugs its own embedding provider into.
///
/// Implementations return one L2-normalisable, finite vector of ``dimensions`` components per
/// input, in input order. The index calls ``embed(_:)`` with batches that already respect
/// ``limits``, several at a time, so implementations need no batching or concurrency of their own
/// and must not truncate inputs silently.
public protocol Embedder: Sendable {
    /// The model name recorded in an index; opening the index with another model is refused.
    var model: String { get }
    /// The number of components of every vector.
    var dimensions: Int { get }
    /// The request limits the index batches by.
    var limits: EmbeddingLimits { get }
    /// Embeds texts, one vector per text, in order.
    /// - Throws: ``RAGError`` for provider failures, with advice in the message.
    func embed(_ texts: [String]) async throws -> [[Float]]
    /// Embeds a search query; the default calls ``embed(_:)``.
    ///
    /// An embedder may weight a query by corpus statistics (``LocalEmbedder`` applies IDF here).
    /// - Parameters:
    ///   - query: The query text.
    ///   - statistics: Document frequencies of the index's words, when the index has them.
    func embedQuery(_ query: String, statistics: (any TermStatistics)?) async throws -> [Float]
    /// A digest of the model's weights, recorded by an index so a changed model is refused; `nil` (the default)
    /// for models identified by name alone.
    var modelDigest: String? { get }
    /// The chunk size, in tokens, a new index with this embedder uses unless one is given; `nil` (the default)
    /// keeps the index default of 800.
    var preferredChunkSize: Int? { get }
    /// The fixed input window the model reads, in its own tokens, when it sees nothing past it (a local model);
    /// `nil` (the default) when passages are measured in the index's token encoding (OpenAI: refused if too long).
    var inputWindow: InputWindow? { get }
}

/// The input window of a model that reads a fixed number of its own tokens: chunks are fitted to it, measured by
/// its own tokenizer, so that no passage is embedded truncated.
public struct InputWindow: Sendable {
    /// How many tokens of a passage the model reads (its window less special tokens and the passage prompt).
    public var tokens: Int
    /// The number of the model's tokens in a text.
    public var count: @Sendable (String) -> Int

    /// Creates a window.
    /// - Parameters:
    ///   - tokens: The passage tokens the model reads.
    ///   - count: Counts a text's tokens in the model's tokenizer.
    public init(tokens: Int, count: @escaping @Sendable (String) -> Int) {
        self.tokens = tokens
        self.count = count
    }
}

extension Embedder {
    /// No fixed window of the model's own tokens.
    public var inputWindow: InputWindow? { nil }

    /// No digest: the model is identified by its name.
    public var modelDigest: String? { nil }
    /// No preference: the index default.
    public var preferredChunkSize: Int? { nil }

    /// Embeds a query with ``embed(_:)``, ignoring statistics.
    public func embedQuery(_ query: String, statistics: (any TermStatistics)?) async throws -> [Float] {
        let vectors = try await embed([query])
        guard let first = vectors.first else {
            throw RAGError(.provider, "The embedder returned no vector for the query.")
        }
        return first
    }
}

/// Document frequencies of words over an index's chunks.
public protocol TermStatistics: Sendable {
    /// The number of chunks.
    var documentCount: Int { get }
    /// The number of chunks containing each word (lowercased, diacritics removed); absent words are 0.
    func documentFrequencies(of words: [String]) -> [String: Int]
}

/// Limits of an embeddings endpoint.
public struct EmbeddingLimits: Sendable, Hashable, Codable {
    /// The most inputs in one request (OpenAI: 2048).
    public var maxInputsPerRequest: Int
    /// The most tokens in one request, all inputs together (OpenAI: 300,000).
    public var maxTokensPerRequest: Int
    /// The most tokens in one input (OpenAI: 8192); longer chunks are refused, never truncated.
    public var maxTokensPerInput: Int

    /// Creates limits.
    public init(maxInputsPerRequest: Int, maxTokensPerRequest: Int, maxTokensPerInput: Int) {
        self.maxInputsPerRequest = maxInputsPerRequest
        self.maxTokensPerRequest = maxTokensPerRequest
        self.maxTokensPerInput = maxTokensPerInput
    }

    /// OpenAI's embeddings endpoint: 2048 inputs, 300,000 tokens per request, 8192 tokens per input.
    public static let openAI = EmbeddingLimits(maxInputsPerRequest: 2048, maxTokensPerRequest: 300_000, maxTokensPerInput: 8192)
}
