/// What a ``Document`` is for: reading (``content``) or finding other pages (``map``).
///
/// An open set, so new roles do not break callers or stored indexes. Map pages — indexes,
/// glossaries of links, tables of contents, site maps — are mostly links in short entries: they
/// match many queries by name but answer none, so a ranker should demote them and an answerer
/// should not quote them.
///
/// ```swift
/// if case .loaded(let document) = DocumentLoader().load(contentsOf: url, relativePath: "genindex.html"),
///    document.role == .map {
///     print("\(document.path) is an index page")
/// }
/// ```
public struct DocumentRole: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    /// The role's stable name, as stored in an index.
    public var rawValue: String

    /// Creates a role from its stable name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A page to read: prose, reference, code.
    public static let content = Self(rawValue: "content")
    /// A page that lists other pages: an index, a table of contents, a list of links.
    public static let map = Self(rawValue: "map")

    /// The role's stable name.
    public var description: String { rawValue }
}
