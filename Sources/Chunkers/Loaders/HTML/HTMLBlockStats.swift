/// Text measures of an element's visible subtree, used to tell content from navigation.
struct HTMLBlockStats {
    /// Visible text, in non-whitespace UTF-8 bytes.
    var chars = 0
    /// The part of ``chars`` inside links (`<a href>`), except links inside code (`<pre>`).
    var linkChars = 0
    /// Links with visible text.
    var links = 0
    /// Short entries that open with a link or hold a third of their text in links: list items,
    /// table rows, definition terms, paragraphs of at most ``HTMLBlockStats/shortEntryChars`` bytes.
    var linkEntries = 0
    /// Entry-like blocks of any kind: list items, rows, terms, paragraphs, code blocks, headings.
    var blocks = 0
    /// Whether the subtree holds a heading or a code block.
    var hasHeadingOrCode = false
    /// Whether the subtree's first visible text is link text; `nil` when it has no text.
    var leadingLink: Bool?

    /// The longest entry (in non-whitespace bytes) that still counts as short.
    static let shortEntryChars = 160

    /// The share of the text inside links, 0 for an empty block.
    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }

    /// Adds a child's measures.
    mutating func add(_ other: HTMLBlockStats) {
        chars += other.chars
        linkChars += other.linkChars
        links += other.links
        linkEntries += other.linkEntries
        blocks += other.blocks
        hasHeadingOrCode = hasHeadingOrCode || other.hasHeadingOrCode
        if leadingLink == nil { leadingLink = other.leadingLink }
    }

    /// Removes a dropped descendant's measures.
    mutating func subtract(_ other: HTMLBlockStats) {
        chars -= other.chars
        linkChars -= other.linkChars
        links -= other.links
        linkEntries -= other.linkEntries
        blocks -= other.blocks
    }
}
