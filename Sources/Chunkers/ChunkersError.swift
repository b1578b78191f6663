/// The error thrown by the `Chunkers` module: a folder that cannot be scanned, a chunker configured
/// outside its limits, or a tokenizer that cannot be loaded.
///
/// Per-file problems never throw: ``DocumentLoader`` and ``FolderScanner`` record them in a
/// ``LoadReport`` and carry on with the rest of the folder.
///
/// ```swift
/// do {
///     _ = try TokenWindowChunker(tokenizer: tokenizer, size: 50)
/// } catch {
///     print(error) // invalid configuration: size 50 is outside 100…4096 …
/// }
/// ```
public struct ChunkersError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The category of a ``ChunkersError``; an open set, so new kinds do not break callers.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The kind's stable name.
        public var rawValue: String

        /// Creates a kind from its stable name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A chunker's size or overlap is outside the allowed range.
        public static let invalidConfiguration = Self(rawValue: "invalid configuration")
        /// The folder to scan does not exist.
        public static let notFound = Self(rawValue: "not found")
        /// The folder to scan exists but cannot be listed.
        public static let unreadable = Self(rawValue: "unreadable")
        /// The encoding name is not one ``BPETokenizer`` knows.
        public static let unknownEncoding = Self(rawValue: "unknown encoding")
        /// The rank data is not a valid `.tiktoken` file: a bad line, a duplicate rank or token.
        public static let malformedRankFile = Self(rawValue: "malformed rank file")

        /// The kind's stable name.
        public var description: String { rawValue }
    }

    /// What went wrong, broadly.
    public var kind: Kind
    /// A one-line explanation that says what to do.
    public var message: String
    /// The file or folder involved, when there is one.
    public var path: String?
    /// The tokenizer encoding being loaded, for the tokenizer's kinds.
    public var encoding: BPEEncoding?

    /// Creates an error.
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - message: A one-line explanation.
    ///   - path: The file or folder involved (default none).
    ///   - encoding: The tokenizer encoding being loaded (default none).
    public init(kind: Kind, message: String, path: String? = nil, encoding: BPEEncoding? = nil) {
        self.kind = kind
        self.message = message
        self.path = path
        self.encoding = encoding
    }

    /// One line: the kind, the path or encoding if any, and the message.
    public var description: String {
        if let path { return "\(kind): \(path): \(message)" }
        if let encoding { return "tokenizer \(kind) (\(encoding)): \(message)" }
        return "\(kind): \(message)"
    }
}

/// The error thrown by ``FolderScanner/scan(_:)``; the module's single error type.
public typealias LoaderError = ChunkersError

/// The error thrown by chunker initialisers such as ``TokenWindowChunker/init(tokenizer:size:overlap:)``;
/// the module's single error type.
public typealias ChunkingError = ChunkersError

/// The error thrown by ``BPETokenizer/load(_:)``; the module's single error type.
public typealias TokenizerError = ChunkersError
