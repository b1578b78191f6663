extension VectorFilter {
    /// Whether the record with `metadata` and `id` satisfies the filter.
    func matches(id: String, metadata: [String: MetadataValue]) -> Bool {
        switch self {
        case .equals(let key, let value):
            return metadata[key].map { $0.filterEquals(value) } ?? false
        case .notEquals(let key, let value):
            return !(metadata[key].map { $0.filterEquals(value) } ?? false)
        case .lessThan(let key, let value):
            return metadata[key]?.filterCompare(value).map { $0 < 0 } ?? false
        case .lessThanOrEqual(let key, let value):
            return metadata[key]?.filterCompare(value).map { $0 <= 0 } ?? false
        case .greaterThan(let key, let value):
            return metadata[key]?.filterCompare(value).map { $0 > 0 } ?? false
        case .greaterThanOrEqual(let key, let value):
            return metadata[key]?.filterCompare(value).map { $0 >= 0 } ?? false
        case .in(let key, let values):
            guard let stored = metadata[key] else { return false }
            return values.contains { stored.filterEquals($0) }
        case .notIn(let key, let values):
            guard let stored = metadata[key] else { return true }
            return !values.contains { stored.filterEquals($0) }
        case .and(let filters):
            return filters.allSatisfy { $0.matches(id: id, metadata: metadata) }
        case .or(let filters):
            return filters.contains { $0.matches(id: id, metadata: metadata) }
        case .not(let filter):
            return !filter.matches(id: id, metadata: metadata)
        case .ids(let ids):
            return ids.contains(id)
        }
    }
}

extension MetadataValue {
    /// Equality as filters see it: numbers compare by value across `int` and `double`.
    func filterEquals(_ other: MetadataValue) -> Bool {
        switch (self, other) {
        case (.int(let a), .int(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        default:
            guard let a = numericValue, let b = other.numericValue else { return false }
            return a == b
        }
    }

    /// Ordering as filters see it (-1, 0, 1), or `nil` when the two values are not comparable.
    func filterCompare(_ other: MetadataValue) -> Int? {
        switch (self, other) {
        case (.int(let a), .int(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.string(let a), .string(let b)):
            // Unicode scalar order, not locale order: deterministic and the same on every platform.
            if a.unicodeScalars.elementsEqual(b.unicodeScalars) { return 0 }
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : 1
        case (.bool, _), (_, .bool), (.string, _), (_, .string): return nil
        default:
            guard let a = numericValue, let b = other.numericValue, !a.isNaN, !b.isNaN else { return nil }
            return a < b ? -1 : (a == b ? 0 : 1)
        }
    }

    private var numericValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        case .string, .bool: nil
        }
    }
}
