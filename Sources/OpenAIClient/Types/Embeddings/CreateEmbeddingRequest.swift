/// The body of `POST /embeddings`.
public struct CreateEmbeddingRequest: Encodable, Sendable {
    /// What to embed: one string, many strings (at most 2048), one token list, or many token lists.
    public typealias Input = TextOrTokens

    /// The inputs.
    public var input: Input
    /// The model id, such as `text-embedding-3-small`.
    public var model: String
    /// `float` or `base64`; `nil` lets ``Embeddings/create(_:options:)`` request base64.
    public var encodingFormat: EmbeddingEncodingFormat?
    /// The vector length (text-embedding-3 and later); `nil` for the model's default.
    public var dimensions: Int?
    /// An end-user identifier for abuse monitoring.
    public var user: String?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - input: The inputs.
    ///   - model: The model id.
    ///   - dimensions: The vector length; the model's default when `nil`.
    ///   - encodingFormat: The wire format; base64 when `nil`.
    ///   - user: An end-user identifier; none by default.
    public init(input: Input, model: String, dimensions: Int? = nil, encodingFormat: EmbeddingEncodingFormat? = nil, user: String? = nil) {
        self.input = input
        self.model = model
        self.dimensions = dimensions
        self.encodingFormat = encodingFormat
        self.user = user
    }

    enum CodingKeys: String, CodingKey {
        case input, model, dimensions, user
        case encodingFormat = "encoding_format"
    }
}

/// How embedding vectors travel: JSON floats or base64 little-endian float32.
public struct EmbeddingEncodingFormat: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a format from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// JSON arrays of numbers.
    public static let float = Self(rawValue: "float")
    /// Base64 of little-endian float32 bytes.
    public static let base64 = Self(rawValue: "base64")
}
