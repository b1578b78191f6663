/// How token states become one sentence vector (sentence-transformers' `1_Pooling/config.json`).
public struct PoolingStrategy: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The sentence-transformers name, such as `"mean"`.
    public var rawValue: String
    /// Creates a strategy from its name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The name.
    public var description: String { rawValue }

    /// The mean of every token state, `[CLS]` and `[SEP]` included (`pooling_mode_mean_tokens`).
    public static let mean = Self(rawValue: "mean")
    /// The state of the first token, `[CLS]` (`pooling_mode_cls_token`).
    public static let classToken = Self(rawValue: "cls")
    /// The state of the last token, `[SEP]` (`pooling_mode_lasttoken`).
    public static let lastToken = Self(rawValue: "lasttoken")

    /// The strategies the encoder runs.
    public static let supported: [Self] = [.mean, .classToken, .lastToken]
}
