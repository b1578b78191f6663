/// Text or token input, as embeddings and legacy completions take it: one text, many texts, one token list,
/// or many token lists.
public enum TextOrTokens: Encodable, Sendable, Hashable {
    /// One text.
    case string(String)
    /// Several texts, one result each.
    case strings([String])
    /// One pre-tokenized input.
    case tokens([Int])
    /// Several pre-tokenized inputs, one result each.
    case tokenLists([[Int]])

    /// Encodes the input as the API's `oneOf`: a string, an array of strings, of integers, or of integer arrays.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .strings(let value): try container.encode(value)
        case .tokens(let value): try container.encode(value)
        case .tokenLists(let value): try container.encode(value)
        }
    }
}
