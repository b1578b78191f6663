/// One page of a list endpoint: `{"object": "list", "data": […], "first_id", "last_id", "has_more"}` (or `"next"`).
///
/// Missing `has_more` (servers that do not paginate) reads as `false`.
public struct Page<Item: Decodable & Sendable>: Decodable, Sendable {
    /// The object type, `"list"`.
    public var object: String?
    /// The items on this page.
    public var data: [Item]
    /// The id of the first item, when the endpoint reports it.
    public var firstID: String?
    /// The id of the last item, when the endpoint reports it; the cursor for the next page.
    public var lastID: String?
    /// Whether more items follow this page.
    public var hasMore: Bool
    /// The cursor for the next page, on endpoints that report `next` instead of `last_id` (groups, roles).
    public var next: String?

    /// Creates a page.
    public init(data: [Item], object: String? = "list", firstID: String? = nil, lastID: String? = nil, hasMore: Bool = false, next: String? = nil) {
        self.object = object
        self.data = data
        self.firstID = firstID
        self.lastID = lastID
        self.hasMore = hasMore
        self.next = next
    }

    enum CodingKeys: String, CodingKey {
        case object, data, next
        case firstID = "first_id"
        case lastID = "last_id"
        case hasMore = "has_more"
    }

    /// Decodes a page, tolerating missing cursor fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        data = try container.decodeIfPresent([Item].self, forKey: .data) ?? []
        firstID = try container.decodeIfPresent(String.self, forKey: .firstID)
        lastID = try container.decodeIfPresent(String.self, forKey: .lastID)
        hasMore = try container.decodeIfPresent(Bool.self, forKey: .hasMore) ?? false
        next = try container.decodeIfPresent(String.self, forKey: .next)
    }
}

/// Every item of a paginated list, fetching pages with `after` cursors as iteration reaches them.
///
/// ```swift
/// for try await file in client.files.listAll() { print(file.id) }
/// ```
public struct PageSequence<Item: Decodable & Sendable>: AsyncSequence, Sendable {
    /// The error the sequence throws.
    public typealias Failure = OpenAIError

    /// Fetches the page after a cursor (`nil` for the first page).
    public typealias FetchPage = @Sendable (_ after: String?) async throws(OpenAIError) -> Page<Item>

    private let fetch: FetchPage
    private let cursor: @Sendable (Item) -> String

    /// Creates a sequence.
    ///
    /// - Parameters:
    ///   - cursor: The id of an item, used as the next `after` when a page has no `last_id`.
    ///   - fetch: Fetches one page.
    public init(cursor: @escaping @Sendable (Item) -> String, fetch: @escaping FetchPage) {
        self.cursor = cursor
        self.fetch = fetch
    }

    /// Yields items page by page.
    public struct AsyncIterator: AsyncIteratorProtocol {
        /// The error the iterator throws.
        public typealias Failure = OpenAIError

        let fetch: FetchPage
        let cursor: @Sendable (Item) -> String
        var items: [Item] = []
        var index = 0
        var after: String?
        var started = false
        var hasMore = true

        /// The next item, or `nil` after the last page.
        public mutating func next() async throws(OpenAIError) -> Item? {
            while index >= items.count {
                guard hasMore else { return nil }
                let page = try await fetch(started ? after : nil)
                started = true
                items = page.data
                index = 0
                let nextCursor = page.lastID ?? page.next ?? page.data.last.map(cursor)
                // A page that claims more but gives no new cursor would loop forever.
                hasMore = page.hasMore && nextCursor != nil && nextCursor != after && !page.data.isEmpty
                after = nextCursor
            }
            defer { index += 1 }
            return items[index]
        }
    }

    /// Starts at the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(fetch: fetch, cursor: cursor)
    }
}
