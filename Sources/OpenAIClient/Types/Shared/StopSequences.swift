/// Where generation stops: one sequence or up to four.
public enum StopSequences: Encodable, Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    /// One stop sequence.
    case string(String)
    /// Several stop sequences (at most 4).
    case strings([String])

    /// One sequence from a literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// Several sequences from a literal.
    public init(arrayLiteral elements: String...) { self = .strings(elements) }

    /// Encodes a string or an array.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .strings(let value): try container.encode(value)
        }
    }
}

/// Options for streamed responses (`stream_options`).
public struct StreamOptions: Codable, Sendable, Hashable {
    /// Sends a last chunk with the whole request's ``CompletionUsage`` (and no choices) before `[DONE]`.
    public var includeUsage: Bool?
    /// Whether to pad chunks with random `obfuscation` characters against side-channel attacks.
    public var includeObfuscation: Bool?

    /// Creates stream options.
    public init(includeUsage: Bool? = nil, includeObfuscation: Bool? = nil) {
        self.includeUsage = includeUsage
        self.includeObfuscation = includeObfuscation
    }

    enum CodingKeys: String, CodingKey {
        case includeUsage = "include_usage"
        case includeObfuscation = "include_obfuscation"
    }
}
