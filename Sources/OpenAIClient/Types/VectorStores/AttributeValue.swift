/// A vector store file attribute: a string (≤ 512 characters), a number or a Boolean.
///
/// Attributes label files for search filters (``VectorStoreFilter``); a file has at most 16, keys ≤ 64 characters.
///
/// ```swift
/// let attributes: [String: AttributeValue] = ["path": "docs/intro.md", "size": 2048, "draft": false]
/// ```
public enum AttributeValue: Codable, Sendable, Hashable {
    /// A string.
    case string(String)
    /// A number (integers included).
    case number(Double)
    /// A Boolean.
    case bool(Bool)

    /// The string, if this is one.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number, if this is one.
    public var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The Boolean, if this is one.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// Decodes a string, number or Boolean.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    /// Encodes the bare value; whole numbers are written without a fraction.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encodeNumber(value)
        case .bool(let value): try container.encode(value)
        }
    }
}

extension AttributeValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral
{
    /// A string.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A whole number.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A number.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// A Boolean.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension SingleValueEncodingContainer {
    /// Writes a whole number without a fraction (`2023`, not `2023.0`), as people write attribute values.
    mutating func encodeNumber(_ value: Double) throws {
        if value.rounded() == value, abs(value) < 9e15 {
            try encode(Int(value))
        } else {
            try encode(value)
        }
    }
}
