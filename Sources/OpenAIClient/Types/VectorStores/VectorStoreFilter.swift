/// A search filter on file attributes: comparisons, combined with `and` / `or` to any depth.
///
/// ```swift
/// let filter: VectorStoreFilter = .and([
///     .eq("team", "search"),
///     .or([.gte("year", 2023), .in("tag", ["faq", "howto"])]),
/// ])
/// ```
public indirect enum VectorStoreFilter: Codable, Sendable, Hashable {
    /// Compares one attribute with a value.
    case comparison(ComparisonFilter)
    /// Matches when every filter matches.
    case and([VectorStoreFilter])
    /// Matches when any filter matches.
    case or([VectorStoreFilter])

    /// `key == value`.
    public static func eq(_ key: String, _ value: FilterValue) -> Self { .comparison(ComparisonFilter(key: key, type: .eq, value: value)) }
    /// `key != value`.
    public static func ne(_ key: String, _ value: FilterValue) -> Self { .comparison(ComparisonFilter(key: key, type: .ne, value: value)) }
    /// `key > value`.
    public static func gt(_ key: String, _ value: FilterValue) -> Self { .comparison(ComparisonFilter(key: key, type: .gt, value: value)) }
    /// `key >= value`.
    public static func gte(_ key: String, _ value: FilterValue) -> Self { .comparison(ComparisonFilter(key: key, type: .gte, value: value)) }
    /// `key < value`.
    public static func lt(_ key: String, _ value: FilterValue) -> Self { .comparison(ComparisonFilter(key: key, type: .lt, value: value)) }
    /// `key <= value`.
    public static func lte(_ key: String, _ value: FilterValue) -> Self { .comparison(ComparisonFilter(key: key, type: .lte, value: value)) }
    /// `key` is one of `values`.
    public static func `in`(_ key: String, _ values: [FilterValue]) -> Self {
        .comparison(ComparisonFilter(key: key, type: .in, value: .array(values)))
    }
    /// `key` is none of `values`.
    public static func nin(_ key: String, _ values: [FilterValue]) -> Self {
        .comparison(ComparisonFilter(key: key, type: .nin, value: .array(values)))
    }

    enum CodingKeys: String, CodingKey {
        case type, filters
    }

    /// Decodes a comparison or a compound (`and` / `or`) filter.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "and": self = .and(try container.decode([VectorStoreFilter].self, forKey: .filters))
        case "or": self = .or(try container.decode([VectorStoreFilter].self, forKey: .filters))
        default: self = .comparison(try ComparisonFilter(from: decoder))
        }
    }

    /// Encodes `{"type", "key", "value"}` or `{"type": "and"|"or", "filters": […]}`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .comparison(let filter):
            try filter.encode(to: encoder)
        case .and(let filters), .or(let filters):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.isAnd ? "and" : "or", forKey: .type)
            try container.encode(filters, forKey: .filters)
        }
    }

    private var isAnd: Bool {
        if case .and = self { return true }
        return false
    }
}

/// One attribute comparison: `{"type": "eq", "key": "team", "value": "search"}`.
public struct ComparisonFilter: Codable, Sendable, Hashable {
    /// The attribute name.
    public var key: String
    /// The comparison.
    public var type: ComparisonOperator
    /// The value compared with; an array for ``ComparisonOperator/in`` and ``ComparisonOperator/nin``.
    public var value: FilterValue

    /// Creates a comparison.
    public init(key: String, type: ComparisonOperator, value: FilterValue) {
        self.key = key
        self.type = type
        self.value = value
    }
}

/// A comparison filter's operator; an open set.
public struct ComparisonOperator: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates an operator from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Equal.
    public static let eq = ComparisonOperator(rawValue: "eq")
    /// Not equal.
    public static let ne = ComparisonOperator(rawValue: "ne")
    /// Greater than.
    public static let gt = ComparisonOperator(rawValue: "gt")
    /// Greater than or equal.
    public static let gte = ComparisonOperator(rawValue: "gte")
    /// Less than.
    public static let lt = ComparisonOperator(rawValue: "lt")
    /// Less than or equal.
    public static let lte = ComparisonOperator(rawValue: "lte")
    /// In the array.
    public static let `in` = ComparisonOperator(rawValue: "in")
    /// Not in the array.
    public static let nin = ComparisonOperator(rawValue: "nin")
}

/// The value side of a ``ComparisonFilter``: a string, number, Boolean, or an array of strings and numbers.
public indirect enum FilterValue: Codable, Sendable, Hashable {
    /// A string.
    case string(String)
    /// A number.
    case number(Double)
    /// A Boolean.
    case bool(Bool)
    /// An array, for `in` and `nin`.
    case array([FilterValue])

    /// Decodes any of the four forms.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode([FilterValue].self) {
            self = .array(value)
            return
        }
        switch try AttributeValue(from: decoder) {
        case .string(let value): self = .string(value)
        case .number(let value): self = .number(value)
        case .bool(let value): self = .bool(value)
        }
    }

    /// Encodes the bare value; whole numbers are written without a fraction.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encodeNumber(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        }
    }
}

extension FilterValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    /// A string.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A whole number.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A number.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// A Boolean.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An array.
    public init(arrayLiteral elements: FilterValue...) { self = .array(elements) }
}
