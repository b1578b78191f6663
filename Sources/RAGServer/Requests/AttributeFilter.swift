import Foundation

/// An OpenAI attribute filter: a comparison (`{"type": "eq", "key", "value"}`, with `ne`, `gt`, `gte`, `lt`,
/// `lte`, `in`, `nin`) or a compound (`{"type": "and" | "or", "filters": […]}`), evaluated on a document's metadata.
public indirect enum AttributeFilter: Decodable, Sendable, Hashable {
    /// A comparison of one attribute with a value or, for `in` and `nin`, a list.
    case comparison(type: String, key: String, values: [String])
    /// All (`and`) or any (`or`) of the filters.
    case compound(type: String, filters: [AttributeFilter])

    enum CodingKeys: String, CodingKey { case type, key, value, filters }

    static let comparisons: Set<String> = ["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]

    /// Decodes a filter; values may be strings, numbers or booleans, compared as the metadata's strings.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "and", "or":
            self = .compound(type: type, filters: try container.decode([AttributeFilter].self, forKey: .filters))
        case _ where Self.comparisons.contains(type):
            let key = try container.decode(String.self, forKey: .key)
            let values: [ScalarValue]
            if let list = try? container.decode([ScalarValue].self, forKey: .value) {
                values = list
            } else {
                values = [try container.decode(ScalarValue.self, forKey: .value)]
            }
            self = .comparison(type: type, key: key, values: values.map(\.text))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container,
                                                   debugDescription: "unknown filter type '\(type)': use eq, ne, gt, gte, lt, lte, in, nin, and, or")
        }
    }

    /// Whether a document with these attributes passes.
    /// - Parameter attributes: The document's metadata.
    /// - Returns: `true` when it passes; a comparison on a missing key fails (but `ne` and `nin` pass).
    public func matches(_ attributes: [String: String]) -> Bool {
        switch self {
        case .compound(let type, let filters):
            type == "and" ? filters.allSatisfy { $0.matches(attributes) } : filters.contains { $0.matches(attributes) }
        case .comparison(let type, let key, let values):
            Self.compare(type, attributes[key], values)
        }
    }

    private static func compare(_ type: String, _ actual: String?, _ values: [String]) -> Bool {
        guard let actual else { return type == "ne" || type == "nin" }
        switch type {
        case "eq": return values.first == actual
        case "ne": return values.first != actual
        case "in": return values.contains(actual)
        case "nin": return !values.contains(actual)
        default:
            guard let value = values.first else { return false }
            let order: ComparisonResult
            if let left = Double(actual), let right = Double(value) {
                order = left < right ? .orderedAscending : (left > right ? .orderedDescending : .orderedSame)
            } else {
                order = actual.compare(value)
            }
            switch type {
            case "gt": return order == .orderedDescending
            case "gte": return order != .orderedAscending
            case "lt": return order == .orderedAscending
            default: return order != .orderedDescending
            }
        }
    }

    /// A filter value: a string, a number or a boolean, as text.
    struct ScalarValue: Decodable {
        var text: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                text = string
            } else if let bool = try? container.decode(Bool.self) {
                text = bool ? "true" : "false"
            } else {
                let number = try container.decode(Double.self)
                text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            }
        }
    }
}
