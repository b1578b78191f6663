internal import Crypto
import Dispatch
import Foundation
import Synchronization

/// A BERT-family sentence embedder that runs a Hugging Face model folder natively on BLAS.
///
/// Opening a folder reads `config.json`, memory-maps `model.safetensors`, loads the WordPiece tokenizer and
/// the sentence-transformers settings (pooling, normalization, window, prompts). Encoding tokenizes each text
/// (truncating it to ``maximumTokens``), sorts the batch by length, packs it into forward passes spread over
/// threads, and pools each sequence into one vector of ``dimensions`` floats.
///
/// ```swift
/// let encoder = try SentenceEncoder(folder: URL(fileURLWithPath: "models/all-MiniLM-L6-v2"))
/// let passages = encoder.encode(documents: ["Paris is the capital of France."])
/// let query = encoder.encode(query: "capital of France")
/// ```
///
/// ## Topics
/// ### Opening
/// - ``init(folder:name:options:)``
/// ### Describing
/// - ``name``
/// - ``dimensions``
/// - ``maximumTokens``
/// - ``identity()``
/// ### Encoding
/// - ``encode(documents:)``
/// - ``encode(query:)``
/// - ``encode(queries:)``
/// - ``encode(_:role:)``
/// - ``tokenCount(_:)``
public struct SentenceEncoder: Sendable {
    /// The model's name (the folder's name unless given).
    public let name: String
    /// The model folder.
    public let folder: URL
    /// The transformer hyper-parameters.
    public let configuration: EncoderConfiguration
    /// The tokenizer.
    public let tokenizer: WordPieceTokenizer
    /// The pooling in use.
    public let pooling: PoolingStrategy
    /// Whether vectors are unit length.
    public let normalizes: Bool
    /// The prompts prefixed by role name (`"query"`, `"document"`).
    public let prompts: [String: String]
    /// The longest input in tokens, `[CLS]` and `[SEP]` included: the smallest of the sentence-transformers
    /// `max_seq_length`, `max_position_embeddings` and ``EncoderOptions/maximumTokens``.
    public let maximumTokens: Int
    /// The threads a batch is spread over.
    public let threadCount: Int
    private let model: BERTModel
    private let batchTokenLimit: Int
    private let digest: DigestCache

    /// The length of every vector.
    public var dimensions: Int { configuration.hiddenSize }

    /// Opens a Hugging Face model folder.
    ///
    /// - Parameters:
    ///   - folder: A folder with `config.json`, `model.safetensors`, and `tokenizer.json` or `vocab.txt`
    ///     (sentence-transformers files are optional).
    ///   - name: The model's name; the folder's last path component by default.
    ///   - options: Thread count, window and overrides; the folder's own settings by default.
    /// - Throws: ``TextEncoderError``: `.missingFile`, `.unsupportedArchitecture`, `.invalidConfiguration`,
    ///   `.invalidWeights` or `.invalidTokenizer`, naming the file at fault.
    public init(folder: URL, name: String? = nil, options: EncoderOptions = EncoderOptions()) throws(TextEncoderError) {
        let configuration = try EncoderConfiguration(contentsOf: folder.appendingPathComponent("config.json"))
        let tokenizer = try WordPieceTokenizer(folder: folder)
        let settings = try SentenceTransformersSettings(folder: folder)
        let file = try SafeTensorsFile(contentsOf: folder.appendingPathComponent("model.safetensors"))
        let weights = try BERTWeights(file: file, configuration: configuration)
        if let largest = tokenizer.vocabulary.values.max(), Int(largest) >= configuration.vocabularySize {
            throw TextEncoderError(
                .invalidTokenizer,
                "the tokenizer has id \(largest) but the model has only \(configuration.vocabularySize) word embeddings",
                path: folder.path)
        }
        self.name = name ?? folder.lastPathComponent
        self.folder = folder
        self.configuration = configuration
        self.tokenizer = tokenizer
        pooling = options.pooling ?? settings.pooling
        normalizes = options.normalizes ?? settings.normalizes
        prompts = options.prompts ?? settings.prompts
        guard PoolingStrategy.supported.contains(pooling) else {
            throw TextEncoderError(.invalidConfiguration, "pooling \"\(pooling)\" is not supported; supported: mean, cls, lasttoken")
        }
        var window = configuration.maximumPositions
        if let length = settings.maximumSequenceLength, length > 0 { window = min(window, length) }
        if let length = options.maximumTokens { window = min(window, length) }
        maximumTokens = max(window, 2)
        threadCount = max(1, options.threadCount ?? ProcessInfo.processInfo.activeProcessorCount)
        batchTokenLimit = max(options.batchTokenLimit, maximumTokens)
        model = try BERTModel(configuration: configuration, weights: weights)
        digest = DigestCache(file: file)
    }

    /// Counts the WordPiece tokens of `text`, without `[CLS]`, `[SEP]` or prompts.
    ///
    /// A chunk fits the window when this is at most `maximumTokens - 2` (less a prompt's tokens, for models
    /// with a document prompt).
    ///
    /// - Parameter text: The text.
    /// - Returns: The number of tokens.
    public func tokenCount(_ text: String) -> Int {
        tokenizer.tokenCount(text)
    }

    /// Embeds passages to be searched (with the model's document prompt, if any).
    ///
    /// - Parameter documents: The texts; each is truncated to ``maximumTokens``.
    /// - Returns: One vector of ``dimensions`` floats per text, in order.
    public func encode(documents: [String]) -> [[Float]] {
        encode(documents, role: .document)
    }

    /// Embeds search queries (with the model's query prompt, if any).
    ///
    /// - Parameter queries: The texts; each is truncated to ``maximumTokens``.
    /// - Returns: One vector per text, in order.
    public func encode(queries: [String]) -> [[Float]] {
        encode(queries, role: .query)
    }

    /// Embeds one search query (with the model's query prompt, if any).
    ///
    /// - Parameter query: The text; truncated to ``maximumTokens``.
    /// - Returns: A vector of ``dimensions`` floats.
    public func encode(query: String) -> [Float] {
        encode([query], role: .query)[0]
    }

    /// Embeds texts with the prompt of `role` prefixed.
    ///
    /// An empty text embeds `[CLS] [SEP]`; a text past the window is truncated, never refused.
    ///
    /// - Parameters:
    ///   - texts: The texts.
    ///   - role: Picks the prompt: `.query` uses the `query` prompt; `.document` the `document` or `passage`
    ///     prompt; another role its own name.
    /// - Returns: One vector of ``dimensions`` floats per text, in order.
    public func encode(_ texts: [String], role: EncodingRole) -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        let prompt = prompts[role.rawValue] ?? (role == .document ? prompts["passage"] : nil) ?? ""
        let sequences = texts.map { tokenizer.encode(prompt + $0, maximumLength: maximumTokens) }
        return embed(sequences)
    }

    /// Embeds already tokenized sequences (each starting with `[CLS]` and ending with `[SEP]`).
    func embed(_ sequences: [[Int32]]) -> [[Float]] {
        let batches = Self.plan(sequences.map(\.count), threads: threadCount, tokenLimit: batchTokenLimit)
        if batches.count == 1 {
            return model.embed(sequences, pooling: pooling, normalizes: normalizes, threads: threadCount)
        }
        let results = Mutex([[Float]](repeating: [], count: sequences.count))
        let next = Mutex(0)
        let workers = min(threadCount, batches.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let workspace = BERTModel.Workspace()
            while true {
                let taken = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard taken < batches.count else { return }
                let batch = batches[taken]
                let vectors = model.embed(
                    batch.map { sequences[$0] }, pooling: pooling, normalizes: normalizes, workspace: workspace)
                results.withLock { all in
                    for (position, index) in batch.enumerated() { all[index] = vectors[position] }
                }
            }
        }
        return results.withLock { $0 }
    }

    /// The tokens a forward pass aims at: few enough that a pass's activations stay in the caches, enough that
    /// its matrix products run at full speed.
    static let passTokens = 512

    /// Splits sequence indices into forward passes: sorted by length (longest first), each pass at most
    /// `tokenLimit` tokens (and about ``passTokens``) and, when there are several threads, about an equal share
    /// of the tokens.
    static func plan(_ lengths: [Int], threads: Int, tokenLimit: Int) -> [[Int]] {
        let order = lengths.indices.sorted { lengths[$0] > lengths[$1] }
        let total = lengths.reduce(0, +)
        // Several passes per thread even out the work when lengths differ.
        let share = threads > 1 ? max(64, total / (threads * 4)) : total
        let target = max(1, min(tokenLimit, share, passTokens))
        var batches: [[Int]] = []
        var current: [Int] = []
        var tokens = 0
        for index in order {
            if !current.isEmpty, tokens + lengths[index] > target {
                batches.append(current)
                current = []
                tokens = 0
            }
            current.append(index)
            tokens += lengths[index]
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// The model's name and the SHA-256 digest of its weights file, computed on first use (about a third of
    /// a second per 100 MB) and then remembered.
    ///
    /// - Returns: The identity.
    public func identity() -> ModelIdentity {
        ModelIdentity(name: name, weightsSHA256: digest.value())
    }
}

/// Computes the weights digest once, on first request.
final class DigestCache: Sendable {
    private let file: SafeTensorsFile
    private let cached = Mutex<String?>(nil)

    init(file: SafeTensorsFile) {
        self.file = file
    }

    func value() -> String {
        cached.withLock { cached in
            if let cached { return cached }
            let whole = file.contents
            let digest = SHA256.hash(data: whole).map { String(format: "%02x", $0) }.joined()
            cached = digest
            return digest
        }
    }
}
