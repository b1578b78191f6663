/// The name of a byte-pair encoding, as OpenAI's `tiktoken` names it.
///
/// An open set: ``BPETokenizer/load(_:)`` knows ``cl100kBase`` and ``o200kBase`` and throws
/// ``ChunkersError/Kind/unknownEncoding`` for any other name.
///
/// ```swift
/// let encoding = BPETokenizer.forModel("text-embedding-3-small") ?? .cl100kBase
/// ```
public struct BPEEncoding: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The encoding's name, such as `cl100k_base`.
    public var rawValue: String

    /// Creates an encoding name from its raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The encoding of OpenAI's embedding models, GPT-4 and GPT-3.5 Turbo.
    public static let cl100kBase = BPEEncoding(rawValue: "cl100k_base")

    /// The encoding of GPT-4o, GPT-4.1 and the o-series models.
    public static let o200kBase = BPEEncoding(rawValue: "o200k_base")

    /// The encodings that ``BPETokenizer/load(_:)`` can load.
    public static let known: [BPEEncoding] = [.cl100kBase, .o200kBase]

    /// The encoding's name.
    public var description: String { rawValue }
}
