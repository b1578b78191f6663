/// A string-backed value from a set the API may extend: unknown values decode and round-trip unchanged.
///
/// Conform a struct with `var rawValue: String` and `init(rawValue:)`, then add static members for the known
/// values. Codable comes from `RawRepresentable`; this protocol adds string literals and a description.
///
/// ```swift
/// public struct VectorStoreStatus: OpenStringEnum {
///     public var rawValue: String
///     public init(rawValue: String) { self.rawValue = rawValue }
///     public static let inProgress = Self(rawValue: "in_progress")
/// }
/// ```
public protocol OpenStringEnum: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String
{
    /// Creates a value from its wire string, known or not.
    init(rawValue: String)
}

extension OpenStringEnum {
    /// Creates a value from a string literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    /// The wire string.
    public var description: String { rawValue }
}
