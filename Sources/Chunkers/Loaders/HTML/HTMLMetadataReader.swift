#if canImport(CLibXML2)
import CLibXML2
#elseif canImport(libxml2)
import libxml2
#endif

/// Reads `<title>` and `<meta>` description, author and keywords from anywhere in a page.
enum HTMLMetadataReader {
    static func read(_ nodes: XMLNodeChildren) -> [String: String] {
        var metadata: [String: String] = [:]
        for node in nodes { read(node, into: &metadata) }
        return metadata
    }

    private static func read(_ node: XMLNodePointer, into metadata: inout [String: String]) {
        guard node.isElement else { return }
        switch node.name {
        case "title":
            let title = HTMLTextBuilder.collapse(node.textContent)
            if !title.isEmpty && metadata["title"] == nil { metadata["title"] = title }
        case "meta":
            let key = (node.attribute("name") ?? node.attribute("property"))?.lowercased()
            if let key, key == "description" || key == "og:description" || key == "author" || key == "keywords",
               let content = node.attribute("content") {
                let metaKey = key == "og:description" ? "description" : key
                if metadata[metaKey] == nil { metadata[metaKey] = HTMLTextBuilder.collapse(content) }
            }
        case "body", "script", "style", "svg", "template":
            return
        default:
            for child in node.children { read(child, into: &metadata) }
        }
    }
}
