/// The part of a ``Document``'s text that came from one page of a paged format (PDF).
public struct PageSpan: Sendable, Hashable, Codable {
    /// The page number, counting from 1.
    public var number: Int
    /// The UTF-8 byte range of the page's text in ``Document/text``.
    public var byteRange: Range<Int>

    /// Creates a page span.
    public init(number: Int, byteRange: Range<Int>) {
        self.number = number
        self.byteRange = byteRange
    }
}
