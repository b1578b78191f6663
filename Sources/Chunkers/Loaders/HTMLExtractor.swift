#if canImport(CLibXML2)
import CLibXML2
#elseif canImport(libxml2)
import libxml2
#endif

/// Reduces HTML to its visible text with libxml2's tolerant HTML parser.
///
/// `<script>`, `<style>`, `<template>`, navigation chrome (`<nav>`, `<aside>`, page-level
/// `<header>`/`<footer>`, ARIA navigation/banner/contentinfo roles) and hidden elements are
/// dropped; entities are decoded by the parser; block elements become paragraph breaks; `<pre>`
/// keeps its line breaks; headings and `<title>` are kept as structure.
enum HTMLExtractor {
    struct Result {
        var text: String
        var headings: [Heading]
        var metadata: [String: String]
    }

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Extracts text from UTF-8 HTML; `nil` when libxml2 cannot build a document at all.
    static func extract(utf8 html: String) -> Result? {
        _ = initialized
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        var source = html
        let parsed = source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        var builder = VisibleTextBuilder()
        var child = document.pointee.children
        while let node = child {
            builder.visit(node)
            child = node.pointee.next
        }
        return builder.finish()
    }
}

/// Walks a libxml2 tree, writing visible text and recording headings and metadata.
private struct VisibleTextBuilder {
    private static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "svg", "canvas", "iframe", "object", "embed",
        "button", "select", "input", "textarea", "map", "audio", "video", "dialog",
    ]
    private static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar"]
    private static let paragraphBlocks: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "hr",
        "address", "details", "fieldset", "form", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "body",
    ]
    private static let lineBlocks: Set<String> = ["li", "tr", "dt", "dd", "br", "summary", "figcaption", "caption", "option", "legend"]
    private static let cells: Set<String> = ["td", "th"]

    private var output: [UInt8] = []
    private var pendingBreak = 0
    private var pendingSpace = false
    private var preDepth = 0
    private var contentDepth = 0
    private var headings: [Heading] = []
    private var metadata: [String: String] = [:]

    mutating func visit(_ node: UnsafeMutablePointer<xmlNode>) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            appendText(String(cString: content))
        case XML_ELEMENT_NODE:
            visitElement(node)
        default:
            return
        }
    }

    private mutating func visitChildren(_ node: UnsafeMutablePointer<xmlNode>) {
        var child = node.pointee.children
        while let current = child {
            visit(current)
            child = current.pointee.next
        }
    }

    private mutating func visitElement(_ node: UnsafeMutablePointer<xmlNode>) {
        let name = node.name
        if name == "head" {
            readHead(node)
            return
        }
        if name == "title" || name == "meta" {
            readHead(node)
            return
        }
        guard !Self.dropped.contains(name), !isHidden(node) else { return }
        if (name == "header" || name == "footer") && contentDepth == 0 { return }
        let isContent = name == "article" || name == "main"
        if isContent { contentDepth += 1 }
        defer { if isContent { contentDepth -= 1 } }

        if Self.paragraphBlocks.contains(name) { requestBreak(2) } else if Self.lineBlocks.contains(name) { requestBreak(1) }
        if Self.cells.contains(name) && !atLineStart { pendingSpace = true }
        if name == "br" { return }
        if name == "li" { appendMarker("- ") }

        if let level = headingLevel(name) {
            let title = Self.collapse(node.textContent)
            if !title.isEmpty {
                flushBreak()
                headings.append(Heading(level: level, title: title, offset: output.count))
            }
        }
        if name == "pre" { preDepth += 1 }
        visitChildren(node)
        if name == "pre" { preDepth -= 1 }
        if Self.paragraphBlocks.contains(name) { requestBreak(2) } else if Self.lineBlocks.contains(name) { requestBreak(1) }
        if Self.cells.contains(name) { pendingSpace = true }
    }

    private mutating func readHead(_ node: UnsafeMutablePointer<xmlNode>) {
        switch node.name {
        case "title":
            let title = Self.collapse(node.textContent)
            if !title.isEmpty && metadata["title"] == nil { metadata["title"] = title }
        case "meta":
            let key = (node.attribute("name") ?? node.attribute("property"))?.lowercased()
            if let key, key == "description" || key == "og:description" || key == "author" || key == "keywords",
               let content = node.attribute("content") {
                let metaKey = key == "og:description" ? "description" : key
                if metadata[metaKey] == nil { metadata[metaKey] = Self.collapse(content) }
            }
        default:
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { readHead(current) }
                child = current.pointee.next
            }
        }
    }

    private func isHidden(_ node: UnsafeMutablePointer<xmlNode>) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let role = node.attribute("role")?.lowercased(), Self.droppedRoles.contains(role) { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        return false
    }

    private func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.first == "h", let digit = name.last?.wholeNumberValue, (1...6).contains(digit) else { return nil }
        return digit
    }

    // MARK: Output

    private var atLineStart: Bool { output.isEmpty || output.last == UInt8(ascii: "\n") }

    private mutating func requestBreak(_ newlines: Int) {
        pendingBreak = max(pendingBreak, newlines)
        pendingSpace = false
    }

    private mutating func flushBreak() {
        guard pendingBreak > 0 else { return }
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
    }

    private mutating func appendText(_ text: String) {
        if preDepth > 0 {
            guard !text.isEmpty else { return }
            flushBreak()
            if pendingSpace && !atLineStart { output.append(UInt8(ascii: " ")) }
            pendingSpace = false
            output.append(contentsOf: text.utf8)
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

    func finish() -> HTMLExtractor.Result {
        var end = output.count
        while end > 0, [0x20, 0x0A].contains(output[end - 1]) { end -= 1 }
        let text = String(decoding: output[..<end], as: UTF8.self)
        return HTMLExtractor.Result(text: text, headings: headings.filter { $0.offset < end }, metadata: metadata)
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{0C}" || $0 == "\r\n" })
            .joined(separator: " ")
    }
}

// Attributes and text are read straight from the tree: `xmlFree` is a macro in thread-enabled
// libxml2 builds and cannot be called from Swift, so nothing here asks libxml2 to allocate.
extension UnsafeMutablePointer<xmlNode> {
    fileprivate var name: String { pointee.name.map { String(cString: $0).lowercased() } ?? "" }

    fileprivate func attribute(_ wanted: String) -> String? {
        var property = pointee.properties
        while let attribute = property {
            if let name = attribute.pointee.name, String(cString: name).lowercased() == wanted {
                var value = ""
                var child = attribute.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            property = attribute.pointee.next
        }
        return nil
    }

    fileprivate var textContent: String {
        var text = ""
        appendText(of: self, to: &text)
        return text
    }

    private func appendText(of node: UnsafeMutablePointer<xmlNode>, to text: inout String) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            case XML_ELEMENT_NODE where current.name != "script" && current.name != "style":
                appendText(of: current, to: &text)
            default:
                break
            }
            child = current.pointee.next
        }
    }
}
