import Foundation

/// The transformer hyper-parameters of a BERT-family model, read from its `config.json`.
///
/// Only `model_type` `"bert"` with absolute position embeddings is supported; other architectures are refused
/// with an error naming what is supported.
public struct EncoderConfiguration: Sendable, Hashable {
    /// The model types this module runs.
    public static let supportedModelTypes: [String] = ["bert"]
    /// The activations this module runs (the `hidden_act` values).
    public static let supportedActivations: [String] = ["gelu", "gelu_new", "gelu_pytorch_tanh", "relu"]

    /// The `model_type`, such as `"bert"`.
    public var modelType: String
    /// The width of each token's hidden state (`hidden_size`); the embedding dimension.
    public var hiddenSize: Int
    /// The number of transformer layers (`num_hidden_layers`).
    public var layerCount: Int
    /// The number of attention heads per layer (`num_attention_heads`).
    public var attentionHeadCount: Int
    /// The width of the feed-forward layer (`intermediate_size`).
    public var intermediateSize: Int
    /// The number of position embeddings (`max_position_embeddings`): the longest input the model takes.
    public var maximumPositions: Int
    /// The LayerNorm epsilon (`layer_norm_eps`).
    public var layerNormEpsilon: Float
    /// The number of word embeddings (`vocab_size`).
    public var vocabularySize: Int
    /// The number of token type embeddings (`type_vocab_size`).
    public var typeVocabularySize: Int
    /// The feed-forward activation (`hidden_act`): `gelu`, `gelu_new`, `gelu_pytorch_tanh` or `relu`.
    public var hiddenActivation: String

    /// Creates a configuration from its values, checking them as ``init(json:path:)`` does.
    ///
    /// - Throws: ``TextEncoderError`` with kind `.invalidConfiguration` or `.unsupportedArchitecture`.
    public init(
        modelType: String = "bert", hiddenSize: Int, layerCount: Int, attentionHeadCount: Int,
        intermediateSize: Int, maximumPositions: Int, layerNormEpsilon: Float = 1e-12, vocabularySize: Int,
        typeVocabularySize: Int = 2, hiddenActivation: String = "gelu"
    ) throws(TextEncoderError) {
        self.modelType = modelType
        self.hiddenSize = hiddenSize
        self.layerCount = layerCount
        self.attentionHeadCount = attentionHeadCount
        self.intermediateSize = intermediateSize
        self.maximumPositions = maximumPositions
        self.layerNormEpsilon = layerNormEpsilon
        self.vocabularySize = vocabularySize
        self.typeVocabularySize = typeVocabularySize
        self.hiddenActivation = hiddenActivation
        try validate(path: nil)
    }

    /// Reads a `config.json`.
    ///
    /// - Parameter url: The file.
    /// - Throws: ``TextEncoderError`` with kind `.missingFile`, `.invalidConfiguration` or
    ///   `.unsupportedArchitecture`.
    public init(contentsOf url: URL) throws(TextEncoderError) {
        try self.init(json: JSONFile.data(at: url), path: url.path)
    }

    /// Parses the text of a `config.json`.
    ///
    /// - Parameters:
    ///   - data: The JSON.
    ///   - path: The file it came from, for error messages; none by default.
    /// - Throws: ``TextEncoderError`` with kind `.invalidConfiguration` or `.unsupportedArchitecture`.
    public init(json data: Data, path: String? = nil) throws(TextEncoderError) {
        let object = try JSONFile.object(data, path: path)
        let modelType = object["model_type"] as? String ?? ""
        guard Self.supportedModelTypes.contains(modelType) else {
            let name = modelType.isEmpty ? "a config without model_type" : "model_type \"\(modelType)\""
            throw TextEncoderError(
                .unsupportedArchitecture,
                "\(name) is not supported; supported: BERT models (model_type \"bert\", such as all-MiniLM-L6-v2, "
                    + "bge-small-en-v1.5, snowflake-arctic-embed, e5-small-v2, gte-small)",
                path: path)
        }
        if let positions = object["position_embedding_type"] as? String, positions != "absolute" {
            throw TextEncoderError(
                .unsupportedArchitecture,
                "position_embedding_type \"\(positions)\" is not supported; supported: \"absolute\"", path: path)
        }
        func integer(_ key: String, default value: Int? = nil) throws(TextEncoderError) -> Int {
            if let number = object[key] as? NSNumber, let exact = Int(exactly: number.doubleValue) { return exact }
            if object[key] == nil, let value { return value }
            throw TextEncoderError(.invalidConfiguration, "\"\(key)\" is missing or not an integer", path: path)
        }
        self.modelType = modelType
        hiddenSize = try integer("hidden_size")
        layerCount = try integer("num_hidden_layers")
        attentionHeadCount = try integer("num_attention_heads")
        intermediateSize = try integer("intermediate_size")
        maximumPositions = try integer("max_position_embeddings")
        vocabularySize = try integer("vocab_size")
        typeVocabularySize = try integer("type_vocab_size", default: 2)
        layerNormEpsilon = (object["layer_norm_eps"] as? NSNumber)?.floatValue ?? 1e-12
        hiddenActivation = object["hidden_act"] as? String ?? "gelu"
        try validate(path: path)
    }

    /// The width of one attention head.
    public var headSize: Int { hiddenSize / attentionHeadCount }

    private func validate(path: String?) throws(TextEncoderError) {
        let sizes = [hiddenSize, layerCount, attentionHeadCount, intermediateSize, maximumPositions, vocabularySize]
        guard sizes.allSatisfy({ $0 > 0 && $0 <= 1 << 24 }), typeVocabularySize >= 1, typeVocabularySize <= 1 << 16
        else {
            throw TextEncoderError(.invalidConfiguration, "a size is zero, negative or implausibly large", path: path)
        }
        guard hiddenSize % attentionHeadCount == 0 else {
            throw TextEncoderError(
                .invalidConfiguration,
                "hidden_size \(hiddenSize) is not a multiple of num_attention_heads \(attentionHeadCount)", path: path)
        }
        guard layerNormEpsilon.isFinite, layerNormEpsilon >= 0 else {
            throw TextEncoderError(.invalidConfiguration, "layer_norm_eps is not a finite positive number", path: path)
        }
        guard Self.supportedActivations.contains(hiddenActivation) else {
            throw TextEncoderError(
                .unsupportedArchitecture,
                "hidden_act \"\(hiddenActivation)\" is not supported; supported: "
                    + Self.supportedActivations.joined(separator: ", "),
                path: path)
        }
    }
}
