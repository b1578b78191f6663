/// An error from loading a tokenizer.
///
/// `kind` says what went wrong; `description` is one line that says what to do.
public struct TokenizerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong; an open set.
    public struct Kind: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The kind's name, such as `unknown_encoding`.
        public var rawValue: String

        /// Creates a kind from its raw value.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The encoding name is not one the tokenizer knows.
        public static let unknownEncoding = Kind(rawValue: "unknown_encoding")

        /// The rank data is not a valid `.tiktoken` file: a bad line, a duplicate rank or token.
        public static let malformedRankFile = Kind(rawValue: "malformed_rank_file")

        /// The kind's name.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var kind: Kind

    /// The encoding being loaded.
    public var encoding: BPEEncoding

    /// A human-readable explanation, naming the line for a malformed rank file.
    public var message: String

    /// Creates an error.
    public init(kind: Kind, encoding: BPEEncoding, message: String) {
        self.kind = kind
        self.encoding = encoding
        self.message = message
    }

    /// One line: the kind, the encoding and the message.
    public var description: String { "tokenizer \(kind) (\(encoding)): \(message)" }
}
