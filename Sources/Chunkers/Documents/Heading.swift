/// A heading in a ``Document``: its level, its title, and where it starts in the text.
public struct Heading: Sendable, Hashable, Codable {
    /// The heading level, 1 (top) to 6.
    public var level: Int
    /// The heading's text, without markup.
    public var title: String
    /// The UTF-8 byte offset in ``Document/text`` where the heading starts.
    public var offset: Int

    /// Creates a heading.
    public init(level: Int, title: String, offset: Int) {
        self.level = level
        self.title = title
        self.offset = offset
    }
}
