/// The error every RAGKit API throws: a kind to switch on and one line that tells the user what to do.
///
/// ```swift
/// do {
///     let rag = try RAG.open(at: indexURL)
/// } catch {
///     print(error.message)   // "No index at /srv/docs/.rag: run `rag index <folder>` first."
/// }
/// ```
///
/// `description` is the message alone; it never contains an API key or a response body.
public struct RAGError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, as an open set of values that may grow without breaking callers.
    public struct Kind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// The kind's stable identifier, e.g. `"no_index"`.
        public var rawValue: String
        /// Creates a kind from its identifier.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The identifier.
        public var description: String { rawValue }

        /// No index exists at the given or discovered location.
        public static let noIndex = Self(rawValue: "no_index")
        /// An index already exists where a new one was to be created.
        public static let indexExists = Self(rawValue: "index_exists")
        /// The folder to index does not exist or is not a directory.
        public static let folderNotFound = Self(rawValue: "folder_not_found")
        /// A remote provider was requested but no API key or base URL is configured.
        public static let missingAPIKey = Self(rawValue: "missing_api_key")
        /// The index was built with another embedding model or dimension count.
        public static let embeddingModelMismatch = Self(rawValue: "embedding_model_mismatch")
        /// The server rejected the API key (HTTP 401).
        public static let apiKeyRejected = Self(rawValue: "api_key_rejected")
        /// The account's quota is exhausted (HTTP 429 `insufficient_quota`).
        public static let quotaExhausted = Self(rawValue: "quota_exhausted")
        /// The request was rate limited and the retries ran out (HTTP 429).
        public static let rateLimited = Self(rawValue: "rate_limited")
        /// The server could not be reached (connection refused, DNS failure, timeout).
        public static let serverUnreachable = Self(rawValue: "server_unreachable")
        /// The server does not know the requested model (HTTP 404 `model_not_found`).
        public static let unknownModel = Self(rawValue: "unknown_model")
        /// The provider failed in another way (other HTTP errors, malformed responses).
        public static let provider = Self(rawValue: "provider")
        /// An argument or option is out of range or malformed.
        public static let invalidArgument = Self(rawValue: "invalid_argument")
        /// Another indexing run of the same index is in progress.
        public static let indexBusy = Self(rawValue: "index_busy")
        /// Reading or writing the index files failed.
        public static let storage = Self(rawValue: "storage")
        /// A resource the pipeline needs (such as tokenizer data) could not be loaded.
        public static let resource = Self(rawValue: "resource")
    }

    /// What went wrong.
    public var kind: Kind
    /// One line that says what happened and what to do about it.
    public var message: String
    /// The error this one wraps, when there is one.
    public var underlying: (any Error & Sendable)?

    /// Creates an error.
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - message: One line that says what to do.
    ///   - underlying: The wrapped error, if any (default `nil`).
    public init(_ kind: Kind, _ message: String, underlying: (any Error & Sendable)? = nil) {
        self.kind = kind
        self.message = message
        self.underlying = underlying
    }

    /// The message.
    public var description: String { message }
}

extension RAGError {
    static func storage(_ action: String, _ error: any Error) -> RAGError {
        RAGError(.storage, "Could not \(action): \(error). Check the index directory's permissions and free space, or rebuild it with --reindex.", underlying: error)
    }
}
