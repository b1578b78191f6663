/// The files and vector stores an assistant's, thread's or run's tools use.
public struct ToolResources: Codable, Sendable, Hashable {
    /// Files code interpreter can read.
    public var codeInterpreter: CodeInterpreter?
    /// Vector stores file search searches.
    public var fileSearch: FileSearch?

    /// Creates tool resources.
    public init(codeInterpreter: CodeInterpreter? = nil, fileSearch: FileSearch? = nil) {
        self.codeInterpreter = codeInterpreter
        self.fileSearch = fileSearch
    }

    /// Code interpreter's files.
    public struct CodeInterpreter: Codable, Sendable, Hashable {
        /// Up to 20 file ids.
        public var fileIDs: [String]?

        /// Creates code interpreter resources.
        public init(fileIDs: [String]? = nil) { self.fileIDs = fileIDs }

        enum CodingKeys: String, CodingKey { case fileIDs = "file_ids" }
    }

    /// File search's vector stores.
    public struct FileSearch: Codable, Sendable, Hashable {
        /// At most one attached vector store id.
        public var vectorStoreIDs: [String]?
        /// At most one vector store to create from files and attach (requests only).
        public var vectorStores: [NewVectorStore]?

        /// Creates file search resources.
        public init(vectorStoreIDs: [String]? = nil, vectorStores: [NewVectorStore]? = nil) {
            self.vectorStoreIDs = vectorStoreIDs
            self.vectorStores = vectorStores
        }

        enum CodingKeys: String, CodingKey {
            case vectorStoreIDs = "vector_store_ids"
            case vectorStores = "vector_stores"
        }
    }

    /// A vector store created along with the assistant or thread.
    public struct NewVectorStore: Codable, Sendable, Hashable {
        /// The files to add.
        public var fileIDs: [String]?
        /// The chunking strategy (`{"type": "auto"}` or `{"type": "static", "static": {…}}`); the API default when `nil`.
        public var chunkingStrategy: JSONValue?
        /// Up to 16 key-value pairs.
        public var metadata: [String: String]?

        /// Creates a vector store description.
        public init(fileIDs: [String]? = nil, chunkingStrategy: JSONValue? = nil, metadata: [String: String]? = nil) {
            self.fileIDs = fileIDs
            self.chunkingStrategy = chunkingStrategy
            self.metadata = metadata
        }

        enum CodingKeys: String, CodingKey {
            case metadata
            case fileIDs = "file_ids"
            case chunkingStrategy = "chunking_strategy"
        }
    }

    enum CodingKeys: String, CodingKey {
        case codeInterpreter = "code_interpreter"
        case fileSearch = "file_search"
    }
}
