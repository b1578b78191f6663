#if canImport(CLibXML2)
import CLibXML2
#elseif canImport(libxml2)
import libxml2
#endif

/// Reduces HTML to the visible text of its main content with libxml2's tolerant HTML parser.
///
/// `<script>`, `<style>`, `<template>`, navigation landmarks (`<nav>`, page-level
/// `<header>`/`<footer>`, ARIA navigation/banner/contentinfo/complementary roles, `<aside>` but
/// footnotes, notes and prose sidebars), hidden elements and the navigation that documentation
/// generators put in plain `div`s and `table`s (see ``HTMLBoilerplateDetector``) are dropped; entities are decoded by the parser; block
/// elements become paragraph breaks; `<pre>` keeps its line breaks; table rows become lines;
/// headings and `<title>` are kept as structure, and the page title is the first heading.
enum HTMLExtractor {
    struct Result {
        var text: String
        var headings: [Heading]
        var metadata: [String: String]
        var role: DocumentRole
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
        let metadata = HTMLMetadataReader.read(XMLNodeChildren(first: document.pointee.children))
        var builder = HTMLTextBuilder(dropped: [])
        var role = DocumentRole.content
        var top = document.pointee.children
        while let node = top, !node.isElement { top = node.pointee.next }
        if let top {
            let detector = HTMLBoilerplateDetector(top: top)
            builder = HTMLTextBuilder(dropped: detector.dropped)
            builder.visit(detector.root)
            role = detector.isMap ? .map : .content
        } else {
            for node in XMLNodeChildren(first: document.pointee.children) { builder.visit(node) }
        }
        let (text, headings) = builder.finish(title: metadata["title"])
        return Result(text: text, headings: headings, metadata: metadata, role: role)
    }
}
