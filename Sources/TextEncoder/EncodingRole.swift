/// What a text is for, which picks the prompt prefixed to it (a query prompt such as bge's
/// "Represent this sentence for searching relevant passages: ").
public struct EncodingRole: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The role's name, also the prompt name looked up in `config_sentence_transformers.json`.
    public var rawValue: String
    /// Creates a role from its name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The name.
    public var description: String { rawValue }

    /// A search query: gets the model's `query` prompt.
    public static let query = Self(rawValue: "query")
    /// A passage to be searched: gets the model's `document` (or `passage`) prompt, if any.
    public static let document = Self(rawValue: "document")
}
