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
        /// The in-process embedding model is not installed, or its weights changed since the index was built.
        public static let modelUnavailable = Self(rawValue: "model_unavailable")
        /// The operation was cancelled.
        public static let cancelled = Self(rawValue: "cancelled")
        /// The index is for another folder than the one given.
        public static let folderMismatch = Self(rawValue: "folder_mismatch")
        /// The options given differ from the settings the index was built with (chunking).
        public static let settingsMismatch = Self(rawValue: "settings_mismatch")
        /// An index file is damaged (not a database, malformed pages); rebuilding sets it aside.
        public static let indexDamaged = Self(rawValue: "index_damaged")
        /// The index cannot be written here (permissions), or read-only access needs a writer first.
        public static let readOnly = Self(rawValue: "read_only")
    }

    /// What the caller can do about an error, for a front end to phrase in its own terms (a CLI names its flags,
    /// a service its settings); an open set of values.
    public struct Remedy: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// The remedy's stable identifier, e.g. `"reindex"`.
        public var rawValue: String
        /// Creates a remedy from its identifier.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The identifier.
        public var description: String { rawValue }

        /// Rebuild the index (the CLI's `--reindex`).
        public static let reindex = Self(rawValue: "reindex")
        /// Create an index first (the CLI's `rag index FOLDER`).
        public static let createIndex = Self(rawValue: "create_index")
        /// Configure an API key or an OpenAI-compatible server.
        public static let setAPIKey = Self(rawValue: "set_api_key")
        /// Name the embedding model the index was built with, or another model the server serves.
        public static let chooseEmbeddingModel = Self(rawValue: "choose_embedding_model")
        /// Name an embedding model the server serves: the index is new, so there is no model of its own to keep.
        public static let chooseServedEmbeddingModel = Self(rawValue: "choose_served_embedding_model")
        /// Name a chat model the server serves.
        public static let chooseChatModel = Self(rawValue: "choose_chat_model")
        /// Check that the server is running and the base URL points at it.
        public static let checkServer = Self(rawValue: "check_server")
        /// Wait for the other indexing run to finish.
        public static let waitForOtherRun = Self(rawValue: "wait_for_other_run")
        /// Use a separate index location for another folder.
        public static let chooseIndexLocation = Self(rawValue: "choose_index_location")
        /// Open the index once as a user who can write it.
        public static let openAsWriter = Self(rawValue: "open_as_writer")
        /// Change the chunking options back to the index's, or rebuild.
        public static let matchChunking = Self(rawValue: "match_chunking")
        /// Mirror the index into a vector store and ask through it (the CLI's `rag mirror`, then `rag ask --remote`).
        public static let askThroughVectorStore = Self(rawValue: "ask_through_vector_store")

        /// Install the named embedding model (the CLI's `rag models pull NAME`).
        public static func installModel(_ name: String) -> Self { Self(rawValue: installModelPrefix + name) }
        /// The model a ``installModel(_:)`` remedy names, else `nil`.
        public var modelToInstall: String? {
            rawValue.hasPrefix(Self.installModelPrefix) ? String(rawValue.dropFirst(Self.installModelPrefix.count)) : nil
        }
        private static let installModelPrefix = "install_model:"
    }

    /// What went wrong.
    public var kind: Kind
    /// One line that says what happened and what to do about it.
    public var message: String
    /// What the caller can do about it, when the library knows; ``message`` says it in general words.
    public var remedy: Remedy?
    /// The error this one wraps, when there is one.
    public var underlying: (any Error & Sendable)?

    /// Creates an error.
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - message: One line that says what to do.
    ///   - remedy: What the caller can do, if known (default `nil`).
    ///   - underlying: The wrapped error, if any (default `nil`).
    public init(_ kind: Kind, _ message: String, remedy: Remedy? = nil, underlying: (any Error & Sendable)? = nil) {
        self.kind = kind
        self.message = message
        self.remedy = remedy
        self.underlying = underlying
    }

    /// The message.
    public var description: String { message }
}

extension RAGError {
    static func storage(_ action: String, _ error: any Error) -> RAGError {
        let detail = String(describing: error).replacingOccurrences(of: "\n", with: " ")
        return RAGError(.storage, "Could not \(action): \(detail). Check the index directory's permissions and free space.",
                        underlying: error)
    }
}
