/// A metadata value stored beside a vector and tested by a ``VectorFilter``.
///
/// Integers and doubles compare numerically with each other (`.int(2) == .double(2)` for a filter);
/// strings compare by their Unicode scalars; booleans only match for equality.
public enum MetadataValue: Sendable, Hashable, Codable {
    /// A text value.
    case string(String)
    /// An integer value.
    case int(Int)
    /// A floating-point value.
    case double(Double)
    /// A boolean value.
    case bool(Bool)
}

extension MetadataValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral
{
    /// Creates a ``string(_:)`` value from a literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// Creates an ``int(_:)`` value from a literal.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// Creates a ``double(_:)`` value from a literal.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// Creates a ``bool(_:)`` value from a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
