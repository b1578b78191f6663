import Foundation

/// A loaded document: its extracted text, where it came from, and its structure as offsets into
/// the text.
///
/// Every offset (``Heading/offset``, ``PageSpan/byteRange``, ``Chunk/byteRange``) counts UTF-8
/// bytes of ``text``, so `text.utf8` sliced at those offsets gives the exact text.
///
/// ```swift
/// let loader = DocumentLoader()
/// if case .loaded(let document) = loader.load(contentsOf: url, relativePath: "guide/install.md") {
///     print(document.id, document.kind, document.headings.map(\.title))
/// }
/// ```
public struct Document: Sendable, Hashable {
    /// A stable identifier: the relative path, NFC-normalised with `/` separators, so the same
    /// file gets the same id on every run and machine.
    public var id: String
    /// The path relative to the scanned root, with `/` separators.
    public var path: String
    /// The file's location.
    public var url: URL
    /// The extracted text (for Markdown, without the front matter).
    public var text: String
    /// The format the document was loaded from.
    public var kind: DocumentKind
    /// How the file's bytes were decoded; ``TextEncodingName/latin1`` when they were not UTF-8.
    public var decodedAs: TextEncodingName
    /// Metadata: Markdown front matter keys, an HTML `<title>` (`"title"`) and
    /// `<meta name="description">` (`"description"`).
    public var metadata: [String: String]
    /// The headings, in text order.
    public var headings: [Heading]
    /// The pages, in order, for paged formats (PDF); empty otherwise.
    public var pages: [PageSpan]
    /// Whether the document is content or a map of other pages (an index, a table of contents):
    /// set by ``DocumentLoader`` for HTML and Markdown, ``DocumentRole/content`` otherwise.
    public var role: DocumentRole

    /// Creates a document.
    ///
    /// - Parameters:
    ///   - path: The path relative to the scanned root; ``id`` is derived from it.
    ///   - url: The file's location.
    ///   - text: The extracted text.
    ///   - kind: The format the text came from.
    ///   - decodedAs: How the bytes were decoded. Defaults to ``TextEncodingName/utf8``.
    ///   - metadata: Metadata such as front matter. Defaults to none.
    ///   - headings: Headings in text order, offsets in UTF-8 bytes. Defaults to none.
    ///   - pages: Page spans in order. Defaults to none.
    ///   - role: Content or map. Defaults to ``DocumentRole/content``.
    public init(
        path: String,
        url: URL,
        text: String,
        kind: DocumentKind,
        decodedAs: TextEncodingName = .utf8,
        metadata: [String: String] = [:],
        headings: [Heading] = [],
        pages: [PageSpan] = [],
        role: DocumentRole = .content
    ) {
        self.id = Document.id(forRelativePath: path)
        self.path = path
        self.url = url
        self.text = text
        self.kind = kind
        self.decodedAs = decodedAs
        self.metadata = metadata
        self.headings = headings
        self.pages = pages
        self.role = role
    }

    /// The stable document id for a relative path: NFC-normalised, with `/` separators.
    public static func id(forRelativePath path: String) -> String {
        path.replacingOccurrences(of: "\\", with: "/").precomposedStringWithCanonicalMapping
    }
}
