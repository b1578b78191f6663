#if canImport(CLibXML2)
import CLibXML2
#elseif canImport(libxml2)
import libxml2
#endif

/// Walks a libxml2 tree, writing visible text and recording headings, and leaving out the
/// elements ``HTMLBoilerplateDetector`` dropped.
struct HTMLTextBuilder {
    private static let paragraphBlocks: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "hr",
        "address", "details", "fieldset", "form", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "body",
    ]
    private static let lineBlocks: Set<String> = ["li", "tr", "dt", "dd", "br", "summary", "figcaption", "caption", "option", "legend"]
    private static let cells: Set<String> = ["td", "th"]
    /// The longest text (in UTF-8 bytes) an element with class `title` may have to count as the
    /// page's heading (Doxygen writes its page title in a `div.title`).
    private static let titleElementLimit = 200

    private let dropped: Set<XMLNodePointer>
    private var output: [UInt8] = []
    private var pendingBreak = 0
    private var pendingSpace = false
    private var markerEnd = -1
    private var preDepth = 0
    private var headings: [Heading] = []

    /// Creates a builder that skips `dropped` elements.
    init(dropped: Set<XMLNodePointer>) {
        self.dropped = dropped
    }

    mutating func visit(_ node: XMLNodePointer) {
        if node.isText {
            guard let content = node.pointee.content else { return }
            appendText(String(cString: content))
        } else if node.isElement {
            visitElement(node)
        }
    }

    private mutating func visitChildren(_ node: XMLNodePointer) {
        for child in node.children { visit(child) }
    }

    private mutating func visitElement(_ node: XMLNodePointer) {
        guard !dropped.contains(node) else { return }
        let name = node.name
        if name == "head" || name == "title" || name == "meta" { return }

        if Self.paragraphBlocks.contains(name) { requestBreak(2) } else if Self.lineBlocks.contains(name) { requestBreak(1) }
        if Self.cells.contains(name) && !atLineStart { pendingSpace = true }
        if name == "br" { return }
        if name == "li" { appendMarker("- ") }

        var level = HTMLBoilerplateDetector.headingLevel(name)
        if level == nil, headings.isEmpty, name == "div" || name == "p",
           HTMLBoilerplateDetector.classTokens(of: node).contains("title") {
            level = 1
        }
        let start: Int?
        if level != nil {
            flushBreak()
            start = output.count
        } else {
            start = nil
        }
        if name == "pre" { preDepth += 1 }
        visitChildren(node)
        if name == "pre" { preDepth -= 1 }
        if let level, let start {
            let title = Self.collapse(String(decoding: output[start...], as: UTF8.self))
            if !title.isEmpty && (HTMLBoilerplateDetector.headingLevel(name) != nil || title.utf8.count <= Self.titleElementLimit) {
                headings.append(Heading(level: level, title: title, offset: start))
            }
        }
        if Self.paragraphBlocks.contains(name) { requestBreak(2) } else if Self.lineBlocks.contains(name) { requestBreak(1) }
        if Self.cells.contains(name) { pendingSpace = true }
    }

    // MARK: Output

    private var atLineStart: Bool { output.isEmpty || output.last == UInt8(ascii: "\n") }

    private mutating func requestBreak(_ newlines: Int) {
        pendingBreak = max(pendingBreak, newlines)
        pendingSpace = false
    }

    private mutating func flushBreak() {
        guard pendingBreak > 0 else { return }
        // A list item that opens with a block keeps its text on the marker's line.
        if output.count == markerEnd {
            pendingBreak = 0
            return
        }
        while output.last == UInt8(ascii: " ") { output.removeLast() }
        if !output.isEmpty {
            let trailing = output.reversed().prefix { $0 == UInt8(ascii: "\n") }.count
            for _ in trailing..<max(trailing, pendingBreak) { output.append(UInt8(ascii: "\n")) }
        }
        pendingBreak = 0
        pendingSpace = false
    }

    private mutating func appendMarker(_ marker: String) {
        flushBreak()
        output.append(contentsOf: marker.utf8)
        markerEnd = output.count
    }

    private mutating func appendText(_ text: String) {
        if preDepth > 0 {
            guard !text.isEmpty else { return }
            flushBreak()
            if pendingSpace && !atLineStart && output.count != markerEnd { output.append(UInt8(ascii: " ")) }
            pendingSpace = false
            // Line breaks are normalised to LF, as browsers do.
            var previousCR = false
            for byte in text.utf8 {
                if byte == 0x0D {
                    output.append(UInt8(ascii: "\n"))
                } else if !(byte == 0x0A && previousCR) {
                    output.append(byte)
                }
                previousCR = byte == 0x0D
            }
            return
        }
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                continue
            }
            flushBreak()
            if pendingSpace && !atLineStart && output.last != UInt8(ascii: " ") { output.append(UInt8(ascii: " ")) }
            pendingSpace = false
            output.append(byte)
        }
    }

    /// The text, without trailing whitespace, and the headings inside it. When no heading opens
    /// the text, the page `title` becomes its first heading: the first line when it is the title,
    /// else a line added on top.
    func finish(title: String?) -> (text: String, headings: [Heading]) {
        var end = output.count
        while end > 0, [0x20, 0x0A].contains(output[end - 1]) { end -= 1 }
        var text = String(decoding: output[..<end], as: UTF8.self)
        var kept = headings.filter { $0.offset < end }
        guard let title, !title.isEmpty, kept.first?.offset != 0, end > 0 else { return (text, kept) }
        let firstLine = text.prefix { $0 != "\n" }
        if Self.collapse(String(firstLine)) == title {
            kept.insert(Heading(level: 1, title: title, offset: 0), at: 0)
        } else if !kept.prefix(1).contains(where: { $0.title == title }) {
            let prefix = title + "\n\n"
            let shift = prefix.utf8.count
            text = prefix + text
            kept = [Heading(level: 1, title: title, offset: 0)] + kept.map { Heading(level: $0.level, title: $0.title, offset: $0.offset + shift) }
        }
        return (text, kept)
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" || $0 == "\r\n" })
            .joined(separator: " ")
    }
}
