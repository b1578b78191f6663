import Foundation

/// Loads files into ``Document`` values, choosing the format by extension and content.
///
/// Plain text and source code are decoded as UTF-8, UTF-16 (with a byte-order mark) or, failing
/// those, Latin-1 (reported as such). Markdown keeps its headings and front matter; HTML is reduced
/// by libxml2 to the visible text of its main content, without the navigation that generated
/// documentation puts around it (navigation bars, sidebars, breadcrumbs, "Prev | Up | Home |
/// Next" rows, tables of contents, footers); PDF is extracted page by page with `pdftotext`.
/// HTML and Markdown pages that mostly list links (indexes, tables of contents) get
/// ``DocumentRole/map`` as their ``Document/role``. Binary content, empty files, files over
/// ``LoaderOptions/maxFileSize`` and unreadable files are skipped with a reason, never indexed
/// and never fatal.
///
/// ```swift
/// let loader = DocumentLoader(options: LoaderOptions(maxFileSize: 16 << 20))
/// let (documents, report) = try loader.load(folder: URL(fileURLWithPath: "docs"))
/// for entry in report.failed { print("\(entry.path): \(entry.message)") }
/// ```
///
/// ## Topics
/// ### Loading
/// - ``load(_:)``
/// - ``load(contentsOf:relativePath:)``
/// - ``load(folder:scanner:)``
public struct DocumentLoader: Sendable {
    /// The loader's settings.
    public var options: LoaderOptions

    /// The revision of the text the loaders make of a file: it goes up whenever a release reads the same bytes into
    /// different text (revision 1: Markdown without link reference definitions and HTML comments), so that an index
    /// can tell the documents it read with an earlier release and read them again.
    public static let textRevision = 1

    /// Creates a loader.
    ///
    /// - Parameter options: Size limit and `pdftotext` location. Defaults to ``LoaderOptions/init(maxFileSize:pdftotextPath:)``.
    public init(options: LoaderOptions = .init()) {
        self.options = options
    }

    /// Loads a file found by ``FolderScanner``.
    public func load(_ file: ScannedFile) -> LoadOutcome {
        load(contentsOf: file.url, relativePath: file.relativePath)
    }

    /// Loads a file.
    ///
    /// - Parameters:
    ///   - url: The file's location.
    ///   - relativePath: The path to record in the document (relative to the scanned root).
    /// - Returns: The document, or why the file was skipped.
    public func load(contentsOf url: URL, relativePath: String) -> LoadOutcome {
        func skip(_ reason: SkipReason, _ message: String) -> LoadOutcome {
            .skipped(path: relativePath, reason: reason, message: message)
        }
        if case .unsupported(let message)? = ContentSniffer.verdictBeforeReading(path: relativePath) {
            return skip(.unsupported, message)
        }
        let bytes: [UInt8]
        switch FileReader.contents(of: url.path, limit: options.maxFileSize) {
        case .success(let value): bytes = value
        case .failure(.unreadable(let reason)): return skip(.unreadable, "cannot read: \(reason)")
        case .failure(.notRegular): return skip(.unreadable, "cannot read: not a regular file")
        case .failure(.tooLarge(let size)):
            return skip(.tooLarge, "\(ByteSize(size)) is over the \(ByteSize(options.maxFileSize)) limit (LoaderOptions.maxFileSize)")
        }
        guard !bytes.isEmpty else { return skip(.empty, "empty file") }

        switch ContentSniffer.verdict(path: relativePath, head: bytes.prefix(8192)) {
        case .binary(let message): return skip(.binary, message)
        case .unsupported(let message): return skip(.unsupported, message)
        case .kind(.pdf): return loadPDF(url: url, relativePath: relativePath)
        case .kind(let kind): return loadText(bytes, kind: kind, url: url, relativePath: relativePath)
        }
    }

    /// Scans a folder and loads every file in it.
    ///
    /// - Parameters:
    ///   - root: The folder (or single file) to load.
    ///   - scanner: Which files to visit. Defaults to ``FolderScanner/init(exclude:skipNames:followSymlinks:)``.
    /// - Returns: The loaded documents, sorted by path, and one report entry per file or problem.
    /// - Throws: ``ChunkersError`` when `root` itself cannot be scanned.
    public func load(folder root: URL, scanner: FolderScanner = FolderScanner()) throws(LoaderError) -> (documents: [Document], report: LoadReport) {
        let (files, scanReport) = try scanner.scan(root)
        var report = scanReport
        var documents: [Document] = []
        for file in files {
            let outcome = load(file)
            report.record(outcome)
            if let document = outcome.document { documents.append(document) }
        }
        return (documents, report)
    }

    private func loadText(_ bytes: [UInt8], kind: DocumentKind, url: URL, relativePath: String) -> LoadOutcome {
        let (decoded, encoding) = TextDecoder.decode(bytes)
        var text = decoded
        var metadata: [String: String] = [:]
        var headings: [Heading] = []
        var role = DocumentRole.content
        switch kind {
        case .markdown:
            let parsed = MarkdownParser.parse(decoded)
            (text, metadata, headings) = (parsed.text, parsed.metadata, parsed.headings)
            if MapDetector.isMapLike(markdown: parsed.text) { role = .map }
        case .html:
            guard let extracted = HTMLExtractor.extract(utf8: decoded) else {
                return .skipped(path: relativePath, reason: .extractionFailed, message: "libxml2 could not parse the HTML")
            }
            (text, metadata, headings, role) = (extracted.text, extracted.metadata, extracted.headings, extracted.role)
        default:
            break
        }
        guard text.utf8.contains(where: { !Self.isASCIIWhitespace($0) }) else {
            return .skipped(path: relativePath, reason: .empty, message: kind == .html ? "no visible text" : "only whitespace")
        }
        return .loaded(Document(
            path: relativePath, url: url, text: text, kind: kind, decodedAs: encoding,
            metadata: metadata, headings: headings, role: role))
    }

    private func loadPDF(url: URL, relativePath: String) -> LoadOutcome {
        let pages: [String]
        switch PDFExtractor(configuredPath: options.pdftotextPath).pages(of: url) {
        case .success(let value): pages = value
        case .failure(let failure): return .skipped(path: relativePath, reason: failure.reason, message: failure.message)
        }
        var text = ""
        var spans: [PageSpan] = []
        for (index, page) in pages.enumerated() {
            if index > 0 { text += "\n\n" }
            var pageText = Substring(page)
            while let last = pageText.utf8.last, Self.isASCIIWhitespace(last) { pageText = pageText.dropLast() }
            let start = text.utf8.count
            text += pageText
            spans.append(PageSpan(number: index + 1, byteRange: start..<text.utf8.count))
        }
        guard text.utf8.contains(where: { !Self.isASCIIWhitespace($0) }) else {
            return .skipped(path: relativePath, reason: .empty, message: "the PDF has no text layer (a scanned image?)")
        }
        return .loaded(Document(path: relativePath, url: url, text: text, kind: .pdf, decodedAs: .extracted, pages: spans))
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }
}

/// A byte count for messages: `2.0 GiB`, `64 MiB`, `512 bytes`.
struct ByteSize: CustomStringConvertible {
    let bytes: Int

    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        let units = ["KiB", "MiB", "GiB", "TiB"]
        guard bytes >= 1024 else { return "\(bytes) bytes" }
        var value = Double(bytes)
        var unit = -1
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let rounded = (value * 10).rounded() / 10
        let number = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(number) \(units[unit])"
    }
}
