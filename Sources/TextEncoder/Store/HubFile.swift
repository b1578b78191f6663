/// A file of a Hugging Face Hub repository, as the tree API lists it.
public struct HubFile: Sendable, Hashable {
    /// The path inside the repository, such as `"1_Pooling/config.json"`.
    public var path: String
    /// The size in bytes.
    public var size: Int64
    /// The SHA-256 digest (lowercase hex) the Hub publishes for LFS files (`lfs.oid`); `nil` for small files,
    /// which are checked by size only.
    public var sha256: String?

    /// Creates a file description.
    ///
    /// - Parameters:
    ///   - path: The path inside the repository.
    ///   - size: The size in bytes.
    ///   - sha256: The published SHA-256 digest; none by default.
    public init(path: String, size: Int64, sha256: String? = nil) {
        self.path = path
        self.size = size
        self.sha256 = sha256
    }

    /// Whether the encoder needs this file: configuration, weights, tokenizer and sentence-transformers files.
    public var isNeeded: Bool {
        let topLevel: Set<String> = [
            "config.json", "model.safetensors", "tokenizer.json", "vocab.txt", "tokenizer_config.json",
            "special_tokens_map.json", "modules.json", "sentence_bert_config.json", "config_sentence_transformers.json",
        ]
        if topLevel.contains(path) { return true }
        let parts = path.split(separator: "/")
        return parts.count == 2 && parts[1] == "config.json" && parts[0].contains("Pooling")
    }
}
