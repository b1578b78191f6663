/// How the API splits a file into chunks before embedding it.
///
/// In requests: ``auto`` (800-token chunks, 400 overlap today) or ``static(_:)`` with explicit sizes. In
/// responses: ``static(_:)`` or ``other(_:)`` (files embedded before chunking strategies existed, and any type
/// the API adds later).
///
/// ```swift
/// let strategy = ChunkingStrategy.static(StaticChunkingStrategy(maxChunkSizeTokens: 600, chunkOverlapTokens: 100))
/// ```
public enum ChunkingStrategy: Codable, Sendable, Hashable {
    /// The API's default chunking.
    case auto
    /// Fixed-size chunks.
    case `static`(StaticChunkingStrategy)
    /// A strategy this client does not model, by its `type` (such as `"other"`).
    case other(String)

    enum CodingKeys: String, CodingKey {
        case type
        case `static`
    }

    /// The wire `type`: `auto`, `static`, or the unmodelled type.
    public var type: String {
        switch self {
        case .auto: "auto"
        case .static: "static"
        case .other(let type): type
        }
    }

    /// Checks the limits the API enforces, so that a bad strategy fails before any request is sent.
    ///
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/invalidRequest``, with ``OpenAIError/param``) when
    ///   `max_chunk_size_tokens` is outside 100…4096 or `chunk_overlap_tokens` is negative or above half of it.
    public func validate() throws(OpenAIError) {
        guard case .static(let sizes) = self else { return }
        let maxRange = StaticChunkingStrategy.maxChunkSizeRange
        guard maxRange.contains(sizes.maxChunkSizeTokens) else {
            throw OpenAIError(
                kind: .invalidRequest,
                message: "max_chunk_size_tokens must be between \(maxRange.lowerBound) and \(maxRange.upperBound), got \(sizes.maxChunkSizeTokens)",
                param: "chunking_strategy.static.max_chunk_size_tokens"
            )
        }
        guard sizes.chunkOverlapTokens >= 0, sizes.chunkOverlapTokens <= sizes.maxChunkSizeTokens / 2 else {
            throw OpenAIError(
                kind: .invalidRequest,
                message: "chunk_overlap_tokens must be between 0 and half of max_chunk_size_tokens (\(sizes.maxChunkSizeTokens / 2)), got \(sizes.chunkOverlapTokens)",
                param: "chunking_strategy.static.chunk_overlap_tokens"
            )
        }
    }

    /// Decodes `{"type": "auto"}`, `{"type": "static", "static": {…}}` or any other type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "auto": self = .auto
        case "static": self = .static(try container.decode(StaticChunkingStrategy.self, forKey: .static))
        default: self = .other(type)
        }
    }

    /// Encodes the strategy as the API's request parameter.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        if case .static(let sizes) = self { try container.encode(sizes, forKey: .static) }
    }
}

/// The sizes of a ``ChunkingStrategy/static(_:)`` strategy.
public struct StaticChunkingStrategy: Codable, Sendable, Hashable {
    /// The accepted range of ``maxChunkSizeTokens``.
    public static let maxChunkSizeRange = 100...4096

    /// The largest chunk, in tokens: 100…4096.
    public var maxChunkSizeTokens: Int
    /// Tokens shared by consecutive chunks: 0…half of ``maxChunkSizeTokens``.
    public var chunkOverlapTokens: Int

    /// Creates sizes; ``ChunkingStrategy/validate()`` checks them (every call that sends them does).
    ///
    /// - Parameters:
    ///   - maxChunkSizeTokens: The largest chunk; 800 by default (the API's `auto` value).
    ///   - chunkOverlapTokens: The overlap; 400 by default (the API's `auto` value).
    public init(maxChunkSizeTokens: Int = 800, chunkOverlapTokens: Int = 400) {
        self.maxChunkSizeTokens = maxChunkSizeTokens
        self.chunkOverlapTokens = chunkOverlapTokens
    }

    enum CodingKeys: String, CodingKey {
        case maxChunkSizeTokens = "max_chunk_size_tokens"
        case chunkOverlapTokens = "chunk_overlap_tokens"
    }
}
