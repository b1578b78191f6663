/// How an index chunks and embeds its documents; fixed when the index is created and stored in it.
public struct IndexSettings: Sendable, Codable, Hashable {
    /// The embedding model, e.g. `"text-embedding-3-small"` or ``LocalEmbedder``'s model name.
    public var embeddingModel: String
    /// The number of components of every vector.
    public var dimensions: Int
    /// The chunking strategy.
    public var chunker: ChunkerKind
    /// The chunk budget in tokens (100...4096, default 800).
    public var chunkSize: Int = 800
    /// The tokens shared by consecutive chunks (at most half of `chunkSize`, default 400).
    public var chunkOverlap: Int = 400
    /// The tokenizer encoding used to count and cut chunks (default `"cl100k_base"`).
    public var tokenEncoding: String = "cl100k_base"
    /// The SHA-256 digest of the embedding model's weights, for in-process models (``TransformerEmbedder``).
    public var embeddingModelDigest: String?

    /// Creates settings.
    /// - Parameters:
    ///   - embeddingModel: The embedding model's name.
    ///   - dimensions: The vector dimensions.
    ///   - chunker: The chunking strategy (default ``ChunkerKind/tokens``).
    ///   - chunkSize: The chunk budget in tokens (default 800).
    ///   - chunkOverlap: The overlap in tokens (default 400).
    ///   - tokenEncoding: The tokenizer encoding (default `"cl100k_base"`).
    public init(embeddingModel: String, dimensions: Int, chunker: ChunkerKind = .tokens, chunkSize: Int = 800,
                chunkOverlap: Int = 400, tokenEncoding: String = "cl100k_base") {
        self.embeddingModel = embeddingModel
        self.dimensions = dimensions
        self.chunker = chunker
        self.chunkSize = chunkSize
        self.chunkOverlap = chunkOverlap
        self.tokenEncoding = tokenEncoding
    }

    /// Settings matching an embedder, with the other values as given.
    /// - Parameters:
    ///   - embedder: The embedder whose model and dimensions the index records.
    ///   - chunker: The chunking strategy (default ``ChunkerKind/tokens``).
    ///   - chunkSize: The chunk budget in tokens (default 800).
    ///   - chunkOverlap: The overlap in tokens (default 400).
    public init(embedder: any Embedder, chunker: ChunkerKind = .tokens, chunkSize: Int = 800, chunkOverlap: Int = 400) {
        self.init(embeddingModel: embedder.model, dimensions: embedder.dimensions, chunker: chunker,
                  chunkSize: chunkSize, chunkOverlap: chunkOverlap)
        embeddingModelDigest = embedder.modelDigest
    }

    /// The chunk sizes an index accepts, in tokens: OpenAI's `static` chunking limits, so a mirrored vector store
    /// chunks like the local index.
    public static let chunkSizes = 100...4096

    /// A chunk size that fits a model's window of `windowTokens`: about three quarters of it (the model's tokenizer
    /// usually splits a little finer than the index's encoding), within ``chunkSizes``.
    static func chunkSize(fittingWindowOf windowTokens: Int) -> Int {
        max(chunkSizes.lowerBound, min(chunkSizes.upperBound, windowTokens * 3 / 4))
    }

    /// Checks the values are in range.
    /// - Throws: ``RAGError/Kind/invalidArgument`` naming the offending value.
    public func validate() throws(RAGError) {
        guard !embeddingModel.isEmpty else { throw RAGError(.invalidArgument, "The embedding model name is empty: name a model.") }
        guard dimensions > 0 else { throw RAGError(.invalidArgument, "Dimensions must be positive (got \(dimensions)).") }
        guard Self.chunkSizes.contains(chunkSize) else {
            throw RAGError(.invalidArgument, "Chunk size must be between 100 and 4096 tokens (got \(chunkSize)).")
        }
        guard chunkOverlap >= 0, chunkOverlap <= chunkSize / 2 else {
            throw RAGError(.invalidArgument, "Chunk overlap must be between 0 and half the chunk size, \(chunkSize / 2) (got \(chunkOverlap)).")
        }
    }
}

/// A chunking strategy, as an open set of names.
public struct ChunkerKind: RawRepresentable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// The strategy's name, e.g. `"tokens"`.
    public var rawValue: String
    /// Creates a kind from its name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The name.
    public var description: String { rawValue }

    /// Token windows with overlap (OpenAI's `static` strategy); the default.
    public static let tokens = Self(rawValue: "tokens")
    /// Recursive splitting on paragraphs, lines, sentences, then words.
    public static let recursive = Self(rawValue: "recursive")
    /// Heading-aware sections for Markdown and HTML (recursive splitting for other kinds).
    public static let markdown = Self(rawValue: "markdown")
    /// Every known kind, for argument validation.
    public static let allKnown: [ChunkerKind] = [.tokens, .recursive, .markdown]
}
