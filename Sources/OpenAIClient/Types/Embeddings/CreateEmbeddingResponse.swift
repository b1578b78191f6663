import Foundation

/// The answer to `POST /embeddings`.
public struct CreateEmbeddingResponse: Decodable, Sendable {
    /// The object type, `"list"`.
    public var object: String?
    /// One embedding per input. Entries carry their ``Embedding/index``; a server that omits it gets positions.
    public var data: [Embedding]
    /// The model that produced the vectors.
    public var model: String?
    /// Token counts, when the server reports them.
    public var usage: Usage?

    /// The vectors in input order (sorted by ``Embedding/index``).
    public var vectors: [[Float]] {
        data.sorted { $0.index < $1.index }.map(\.embedding)
    }

    /// Token counts for an embeddings request.
    public struct Usage: Decodable, Sendable, Hashable {
        /// Tokens in the inputs.
        public var promptTokens: Int?
        /// Tokens billed.
        public var totalTokens: Int?

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case totalTokens = "total_tokens"
        }
    }

    enum CodingKeys: String, CodingKey { case object, data, model, usage }

    /// Decodes a response, numbering entries that lack an index by position.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        usage = try container.decodeIfPresent(Usage.self, forKey: .usage)
        data = try container.decode([Embedding].self, forKey: .data)
        for position in data.indices where data[position].index < 0 {
            data[position].index = position
        }
    }
}

/// One embedding vector.
public struct Embedding: Decodable, Sendable, Hashable {
    /// The position of the input this vector belongs to.
    public var index: Int
    /// The vector, decoded from JSON floats or base64 float32.
    public var embedding: [Float]
    /// The object type, `"embedding"`.
    public var object: String?

    /// Creates an embedding.
    public init(index: Int, embedding: [Float], object: String? = "embedding") {
        self.index = index
        self.embedding = embedding
        self.object = object
    }

    enum CodingKeys: String, CodingKey { case index, embedding, object }

    /// Decodes an embedding whose vector is a JSON array or a base64 string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decodeIfPresent(Int.self, forKey: .index) ?? -1
        object = try container.decodeIfPresent(String.self, forKey: .object)
        if let base64 = try? container.decode(String.self, forKey: .embedding) {
            guard let vector = Self.floats(base64: base64) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .embedding, in: container,
                    debugDescription: "the base64 embedding is not valid base64 of float32 values"
                )
            }
            embedding = vector
        } else {
            embedding = try container.decode([Float].self, forKey: .embedding)
        }
    }

    /// Decodes base64 of little-endian float32 values; `nil` when it is not that.
    public static func floats(base64: String) -> [Float]? {
        guard let data = Data(base64Encoded: base64), data.count % 4 == 0 else { return nil }
        return data.withUnsafeBytes { raw in
            (0..<(raw.count / 4)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
        }
    }
}
