import Foundation
import TextEncoder

/// Embeds text semantically, in-process, with a sentence-transformers model of the BERT family running on BLAS:
/// offline semantic search, with no server and no key.
///
/// Models live in a `ModelStore` of the TextEncoder module (`rag models pull all-MiniLM-L6-v2`); an index records the model's name and the
/// digest of its weights, and refuses a model whose weights changed.
///
/// ```swift
/// let embedder = try TransformerEmbedder(named: "all-MiniLM-L6-v2")
/// let vectors = try await embedder.embed(["How do I rotate the logs?"])
/// ```
public struct TransformerEmbedder: Embedder {
    /// The prefix that marks a transformer model in ``IndexSettings/embeddingModel``: `"local:"`.
    public static let modelPrefix = "local:"

    /// The encoder.
    public let encoder: SentenceEncoder
    /// The model name as an index records it: `local:<name>`.
    public let model: String
    /// The vector dimensions (the model's hidden size).
    public var dimensions: Int { encoder.dimensions }
    /// Batches of 64 texts; inputs longer than the model's window are truncated by the encoder.
    public let limits: EmbeddingLimits

    /// Wraps an open encoder.
    public init(encoder: SentenceEncoder) {
        self.encoder = encoder
        model = Self.modelPrefix + encoder.name
        limits = EmbeddingLimits(maxInputsPerRequest: 64, maxTokensPerRequest: 64 * 8192, maxTokensPerInput: 8192)
    }

    /// Opens an installed model by name, or a model folder in the Hugging Face layout by path.
    /// - Parameters:
    ///   - nameOrFolder: An installed model's name (see `ModelStore.list()` in TextEncoder), or a folder.
    ///   - store: Where installed models are (default: `$RAG_MODELS`, else the XDG cache directory).
    /// - Throws: ``RAGError`` `.modelUnavailable` with the command to install it, `.invalidArgument` for an
    ///   unusable model folder.
    public init(named nameOrFolder: String, store: ModelStore = ModelStore()) throws(RAGError) {
        let name = nameOrFolder.hasPrefix(Self.modelPrefix) ? String(nameOrFolder.dropFirst(Self.modelPrefix.count)) : nameOrFolder
        do {
            var isDirectory: ObjCBool = false
            if name.contains("/"), FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), isDirectory.boolValue {
                let folder = URL(fileURLWithPath: name, isDirectory: true)
                self.init(encoder: try SentenceEncoder(folder: folder, name: folder.lastPathComponent))
            } else {
                self.init(encoder: try store.open(name))
            }
        } catch {
            throw RAGError(model: name, error)
        }
    }

    /// The SHA-256 digest of the model's weights, recorded by an index.
    public var modelDigest: String? { encoder.identity().weightsSHA256 }

    /// A chunk budget that fits the model's window: about three quarters of it in `cl100k_base` tokens, which
    /// WordPiece usually splits a little finer; longer passages are truncated by the encoder.
    public var preferredChunkSize: Int? {
        IndexSettings.chunkSize(fittingWindowOf: encoder.maximumTokens)
    }

    /// The model's window in WordPiece tokens, less `[CLS]`, `[SEP]` and the document prompt: chunks are fitted to it.
    public var inputWindow: InputWindow? {
        let encoder = encoder
        let prompt = encoder.prompts["document"].map { encoder.tokenCount($0) } ?? 0
        return InputWindow(tokens: max(16, encoder.maximumTokens - 2 - prompt), count: { encoder.tokenCount($0) })
    }

    /// Embeds passages with the model's document prompt.
    public func embed(_ texts: [String]) async throws -> [[Float]] {
        try Task.checkCancellation()
        return encoder.encode(documents: texts)
    }

    /// Embeds a query with the model's query prompt.
    public func embedQuery(_ query: String, statistics: (any TermStatistics)?) async throws -> [Float] {
        encoder.encode(query: query)
    }

    /// The installed model the library picks when none is named: the first installed of ``preferredModels``, else
    /// the first installed model by name, else `nil`.
    public static func bestInstalled(store: ModelStore = ModelStore()) -> String? {
        guard let installed = try? store.list().map(\.name), !installed.isEmpty else { return nil }
        return preferredModels.first(where: installed.contains) ?? installed.sorted().first
    }

    /// Models in order of preference for a default (quality measured on general retrieval benchmarks, size).
    public static let preferredModels = [
        "bge-small-en-v1.5", "snowflake-arctic-embed-s", "all-MiniLM-L12-v2", "e5-small-v2", "gte-small",
        "all-MiniLM-L6-v2", "snowflake-arctic-embed-xs", "bge-base-en-v1.5", "snowflake-arctic-embed-m",
    ]

    /// Hugging Face repositories of the supported models, by the short name `rag models pull` accepts.
    public static let repositories = [
        "all-MiniLM-L6-v2": "sentence-transformers/all-MiniLM-L6-v2",
        "all-MiniLM-L12-v2": "sentence-transformers/all-MiniLM-L12-v2",
        "bge-small-en-v1.5": "BAAI/bge-small-en-v1.5",
        "bge-base-en-v1.5": "BAAI/bge-base-en-v1.5",
        "snowflake-arctic-embed-xs": "Snowflake/snowflake-arctic-embed-xs",
        "snowflake-arctic-embed-s": "Snowflake/snowflake-arctic-embed-s",
        "snowflake-arctic-embed-m": "Snowflake/snowflake-arctic-embed-m",
        "e5-small-v2": "intfloat/e5-small-v2",
        "gte-small": "thenlper/gte-small",
    ]
}

extension RAGError {
    /// Maps an encoder or model store failure.
    init(model name: String, _ error: TextEncoderError) {
        switch error.kind {
        case .modelNotFound, .missingFile:
            self.init(.modelUnavailable, "The embedding model '\(name)' is not installed (\(error.message)).",
                      remedy: .installModel(name), underlying: error)
        default:
            self.init(.modelUnavailable, "The embedding model '\(name)' cannot be used: \(error.message).",
                      remedy: .installModel(name), underlying: error)
        }
    }
}
