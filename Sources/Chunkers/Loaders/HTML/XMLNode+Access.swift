#if canImport(CLibXML2)
import CLibXML2
#elseif canImport(libxml2)
import libxml2
#endif

/// A libxml2 tree node.
typealias XMLNodePointer = UnsafeMutablePointer<xmlNode>

// Attributes and text are read straight from the tree: `xmlFree` is a macro in thread-enabled
// libxml2 builds and cannot be called from Swift, so nothing here asks libxml2 to allocate.
extension UnsafeMutablePointer<xmlNode> {
    /// The element's lowercased tag name; empty for nodes without one.
    var name: String { pointee.name.map { String(cString: $0).lowercased() } ?? "" }

    /// Whether the node is an element (not text, a comment or a processing instruction).
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    /// Whether the node carries text (a text or CDATA node).
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The node's children, in order.
    var children: XMLNodeChildren { XMLNodeChildren(first: pointee.children) }

    /// The value of an attribute (name compared case-insensitively), or `nil` when absent.
    func attribute(_ wanted: String) -> String? {
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

    /// The text of every descendant text node, except inside `<script>` and `<style>`.
    var textContent: String {
        var text = ""
        appendText(of: self, to: &text)
        return text
    }

    private func appendText(of node: UnsafeMutablePointer<xmlNode>, to text: inout String) {
        for current in node.children {
            if current.isText {
                if let content = current.pointee.content { text += String(cString: content) }
            } else if current.isElement, current.name != "script", current.name != "style" {
                appendText(of: current, to: &text)
            }
        }
    }
}

/// The children of a libxml2 node, as a sequence.
struct XMLNodeChildren: Sequence, IteratorProtocol {
    private var upcoming: XMLNodePointer?

    init(first: XMLNodePointer?) { upcoming = first }

    mutating func next() -> XMLNodePointer? {
        guard let current = upcoming else { return nil }
        upcoming = current.pointee.next
        return current
    }
}
