import Foundation

// The `vstores` branch defines `ListQuery` and `ListOrder` (Resources/Files.swift, Types/Files/OpenAIFile.swift)
// with exactly these shapes; this file is deleted when that branch is merged here.

/// The cursor query items list endpoints share.
struct ListQuery: Sendable {
    var limit: Int?
    var order: ListOrder?
    var after: String?
    var before: String?

    var items: [URLQueryItem] {
        Self.item("limit", limit.map(String.init)) + Self.item("order", order?.rawValue)
            + Self.item("after", after) + Self.item("before", before)
    }

    static func item(_ name: String, _ value: String?) -> [URLQueryItem] {
        value.map { [URLQueryItem(name: name, value: $0)] } ?? []
    }
}

/// The order of a list endpoint, by creation time; an open set.
public struct ListOrder: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates an order from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Oldest first.
    public static let ascending = ListOrder(rawValue: "asc")
    /// Newest first (the API's default).
    public static let descending = ListOrder(rawValue: "desc")
}
