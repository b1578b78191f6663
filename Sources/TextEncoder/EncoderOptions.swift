/// Choices for running a ``SentenceEncoder``; every default follows the model folder.
public struct EncoderOptions: Sendable, Hashable {
    /// How many threads split a batch; `nil` uses every active processor.
    public var threadCount: Int?
    /// A smaller window than the model's, in tokens including `[CLS]` and `[SEP]`; `nil` keeps the model's.
    public var maximumTokens: Int?
    /// Overrides the folder's pooling; `nil` keeps it.
    public var pooling: PoolingStrategy?
    /// Overrides whether vectors are unit length; `nil` keeps the folder's choice.
    public var normalizes: Bool?
    /// Overrides the prompts by role name (such as `["query": "query: ", "document": "passage: "]`), for models
    /// whose folder does not record them (e5); `nil` keeps the folder's.
    public var prompts: [String: String]?
    /// The most tokens one forward pass packs together, bounding working memory; 8,192 by default. Passes aim
    /// at about 512 tokens below that, so that their activations stay in cache.
    public var batchTokenLimit: Int

    /// Creates options.
    ///
    /// - Parameters:
    ///   - threadCount: Threads per batch; every active processor by default.
    ///   - maximumTokens: A smaller window; the model's by default.
    ///   - pooling: A pooling override; none by default.
    ///   - normalizes: A normalization override; none by default.
    ///   - prompts: Prompt overrides by role; none by default.
    ///   - batchTokenLimit: Tokens per forward pass; 8,192 by default.
    public init(
        threadCount: Int? = nil, maximumTokens: Int? = nil, pooling: PoolingStrategy? = nil, normalizes: Bool? = nil,
        prompts: [String: String]? = nil, batchTokenLimit: Int = 8192
    ) {
        self.threadCount = threadCount
        self.maximumTokens = maximumTokens
        self.pooling = pooling
        self.normalizes = normalizes
        self.prompts = prompts
        self.batchTokenLimit = batchTokenLimit
    }
}
