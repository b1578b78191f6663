/// The format a ``Document`` was loaded from; an open set, so new loaders do not break callers.
public struct DocumentKind: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    /// The kind's stable name, as stored in an index.
    public var rawValue: String

    /// Creates a kind from its stable name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Plain text.
    public static let text = Self(rawValue: "text")
    /// Markdown: headings are structure, front matter is metadata.
    public static let markdown = Self(rawValue: "markdown")
    /// HTML, reduced to its visible text.
    public static let html = Self(rawValue: "html")
    /// PDF, extracted page by page with `pdftotext`.
    public static let pdf = Self(rawValue: "pdf")
    /// Program source code.
    public static let code = Self(rawValue: "code")

    /// The kind's stable name.
    public var description: String { rawValue }
}
