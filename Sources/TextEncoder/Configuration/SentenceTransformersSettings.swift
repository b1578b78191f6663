import Foundation

/// The sentence-transformers settings of a model folder: pooling, normalization, window and prompts.
///
/// Read from `modules.json`, the pooling module's `config.json`, `sentence_bert_config.json` and
/// `config_sentence_transformers.json`; a plain Hugging Face folder without them gets mean pooling,
/// no normalization and no prompts.
public struct SentenceTransformersSettings: Sendable, Hashable {
    /// How token states become one vector.
    public var pooling: PoolingStrategy
    /// Whether vectors are scaled to unit length (a `Normalize` module).
    public var normalizes: Bool
    /// The `max_seq_length` of `sentence_bert_config.json`, else the `model_max_length` of
    /// `tokenizer_config.json`, if any.
    public var maximumSequenceLength: Int?
    /// Named prompts prefixed to texts, such as `["query": "Represent this sentence for searching relevant passages: "]`.
    public var prompts: [String: String]

    /// Creates settings from their values.
    ///
    /// - Parameters:
    ///   - pooling: The pooling; `.mean` by default.
    ///   - normalizes: Whether vectors are unit length; `false` by default.
    ///   - maximumSequenceLength: The window; none (the model's) by default.
    ///   - prompts: Named prompts; none by default.
    public init(
        pooling: PoolingStrategy = .mean, normalizes: Bool = false, maximumSequenceLength: Int? = nil,
        prompts: [String: String] = [:]
    ) {
        self.pooling = pooling
        self.normalizes = normalizes
        self.maximumSequenceLength = maximumSequenceLength
        self.prompts = prompts
    }

    /// Reads the settings of a model folder.
    ///
    /// - Parameter folder: The model folder.
    /// - Throws: ``TextEncoderError`` with kind `.invalidConfiguration` for malformed files or an unsupported
    ///   pooling mode.
    public init(folder: URL) throws(TextEncoderError) {
        self.init()
        var poolingPath = "1_Pooling"
        if let modules = try Self.optionalArray(at: folder.appendingPathComponent("modules.json")) {
            for module in modules {
                let type = module["type"] as? String ?? ""
                if type.hasSuffix("Normalize") { normalizes = true }
                if type.hasSuffix("Pooling"), let path = module["path"] as? String { poolingPath = path }
            }
        }
        let poolingURL = folder.appendingPathComponent(poolingPath).appendingPathComponent("config.json")
        if let config = try JSONFile.optionalObject(at: poolingURL) {
            let modes: [(String, PoolingStrategy)] = [
                ("pooling_mode_cls_token", .classToken), ("pooling_mode_mean_tokens", .mean),
                ("pooling_mode_lasttoken", .lastToken),
            ]
            var chosen = modes.filter { config[$0.0] as? Bool == true }.map(\.1)
            var unsupported = ["pooling_mode_max_tokens", "pooling_mode_mean_sqrt_len_tokens", "pooling_mode_weightedmean_tokens"]
                .filter { config[$0] as? Bool == true }
            // sentence-transformers 5 and later write one "pooling_mode" name instead of flags.
            if let mode = config["pooling_mode"] as? String {
                let strategy = PoolingStrategy(rawValue: mode == "cls_token" ? "cls" : mode)
                if PoolingStrategy.supported.contains(strategy) { chosen = [strategy] } else { unsupported.append(mode) }
            }
            if config["include_prompt"] as? Bool == false {
                throw TextEncoderError(
                    .invalidConfiguration, "pooling that leaves out prompt tokens (include_prompt false) is not supported",
                    path: poolingURL.path)
            }
            guard chosen.count == 1, unsupported.isEmpty else {
                throw TextEncoderError(
                    .invalidConfiguration,
                    "the pooling must be exactly one of mean, cls or lasttoken (found \(chosen.map(\.rawValue) + unsupported))",
                    path: poolingURL.path)
            }
            pooling = chosen[0]
        }
        if let config = try JSONFile.optionalObject(at: folder.appendingPathComponent("sentence_bert_config.json")),
            let length = config["max_seq_length"] as? NSNumber
        {
            maximumSequenceLength = length.intValue
        }
        // Without one (sentence-transformers 5 and later), the tokenizer's model_max_length is the window.
        if maximumSequenceLength == nil,
            let config = try JSONFile.optionalObject(at: folder.appendingPathComponent("tokenizer_config.json")),
            let length = config["model_max_length"] as? NSNumber, length.doubleValue < 1e6
        {
            maximumSequenceLength = length.intValue
        }
        if let config = try JSONFile.optionalObject(
            at: folder.appendingPathComponent("config_sentence_transformers.json")),
            let prompts = config["prompts"] as? [String: Any]
        {
            self.prompts = prompts.compactMapValues { $0 as? String }
        }
    }

    private static func optionalArray(at url: URL) throws(TextEncoderError) -> [[String: Any]]? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data = try JSONFile.data(at: url)
        guard let array = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            throw TextEncoderError(.invalidConfiguration, "the file is not a JSON array of modules", path: url.path)
        }
        return array
    }
}
