/// A failure to load a model, read its files, or manage the model store.
///
/// The ``kind`` is open, so new kinds do not break callers that switch over the known ones. ``description``
/// is one line naming the file involved.
///
/// ```swift
/// do {
///     _ = try SentenceEncoder(folder: folder)
/// } catch where error.kind == .unsupportedArchitecture {
///     print(error.message)
/// }
/// ```
public struct TextEncoderError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The kind's stable name.
        public var rawValue: String
        /// Creates a kind from its name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The kind's name.
        public var description: String { rawValue }

        /// A file the model needs is missing.
        public static let missingFile = Self(rawValue: "missing_file")
        /// A file could not be read or written.
        public static let io = Self(rawValue: "io")
        /// A JSON configuration file is malformed or holds impossible values.
        public static let invalidConfiguration = Self(rawValue: "invalid_configuration")
        /// The model is not a supported architecture.
        public static let unsupportedArchitecture = Self(rawValue: "unsupported_architecture")
        /// The weights file is truncated, malformed or does not match the configuration.
        public static let invalidWeights = Self(rawValue: "invalid_weights")
        /// The tokenizer files are malformed or describe an unsupported tokenizer.
        public static let invalidTokenizer = Self(rawValue: "invalid_tokenizer")
        /// An installed model with that name was not found.
        public static let modelNotFound = Self(rawValue: "model_not_found")
        /// An installed model with that name already exists.
        public static let modelExists = Self(rawValue: "model_exists")
        /// A download failed: the connection, an HTTP status, or a malformed listing.
        public static let download = Self(rawValue: "download")
        /// A downloaded file does not match the size or SHA-256 digest the server published.
        public static let integrity = Self(rawValue: "integrity")
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// A sentence saying what went wrong.
    public var message: String
    /// The file or URL involved, when there is one.
    public var path: String?
    /// The HTTP status of a failed download, when there is one.
    public var status: Int?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: What kind of failure this is.
    ///   - message: A sentence saying what went wrong.
    ///   - path: The file or URL involved; none by default.
    ///   - status: The HTTP status of a failed download; none by default.
    public init(_ kind: Kind, _ message: String, path: String? = nil, status: Int? = nil) {
        self.kind = kind
        self.message = message
        self.path = path
        self.status = status
    }

    /// One line: the kind, the message and the file or URL.
    public var description: String {
        var line = "\(kind): \(message)"
        if let status { line += " (HTTP \(status))" }
        if let path { line += " [\(path)]" }
        return line
    }
}
