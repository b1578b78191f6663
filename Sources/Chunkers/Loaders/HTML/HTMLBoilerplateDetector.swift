#if canImport(CLibXML2)
import CLibXML2
#elseif canImport(libxml2)
import libxml2
#endif

/// Decides which elements of a parsed page are navigation rather than content, and whether the
/// page as a whole is a map (an index, a table of contents, a list of links).
///
/// The rules weigh structure and text, not sites:
/// - always dropped: hidden elements and navigation landmarks (``HTMLNodeHint/hidden``), page-level
///   `<header>`/`<footer>`, chrome named by `class`/`id` (``HTMLNodeHint/chrome``) unless it holds
///   most of the page's text, heading permalinks ("¶") and "skip to content" links, and short
///   link rows whose words outside links are only separators or navigation words ("Prev | Up |
///   Home | Next", breadcrumbs);
/// - dropped on content pages only: tables of contents by name (``HTMLNodeHint/contents``) and
///   link-dense blocks (at least three links holding half of the block's text, as readability's
///   `_getLinkDensity` and trafilatura's `link_density_test` weigh them); links inside code do
///   not count as links;
/// - when the page has one main landmark (`<main>`, `role="main"`) holding a fair share of the
///   text, only its subtree is read.
///
/// A page is a map when the link-dense blocks are most of what is left after the chrome is gone,
/// or when most of its entries (list items, rows, terms, short paragraphs) are short links. A map
/// keeps its link lists: they are its content.
struct HTMLBoilerplateDetector {
    /// The element whose subtree holds the content.
    private(set) var root: XMLNodePointer
    /// Whether the page is a map: see ``DocumentRole/map``.
    private(set) var isMap = false
    /// The elements to leave out of the text.
    private(set) var dropped: Set<XMLNodePointer> = []

    private var stats: [XMLNodePointer: HTMLBlockStats] = [:]
    private var hints: [XMLNodePointer: HTMLNodeHint] = [:]
    private var hard: Set<XMLNodePointer> = []
    private var soft: Set<XMLNodePointer> = []
    private var softStats = HTMLBlockStats()
    private var landmarks: [XMLNodePointer] = []

    /// Share of the remaining text that link-dense blocks must hold for the page to be a map.
    static let mapRemovedShare = 0.6
    /// Most non-whitespace bytes a map's prose may have once its link lists are gone.
    static let mapMaxProseChars = 6000
    /// Fewest short link entries, and their least share of all entries, for a map by entries.
    static let mapMinEntries = 15
    static let mapEntryShare = 0.6
    /// Least link density of a link-dense list of short entries (at most ``listCharsPerLink``
    /// bytes of text per link), of any other block (``denseBlockLinkDensity``) and of a paragraph.
    static let blockLinkDensity = 0.5
    static let denseBlockLinkDensity = 0.7
    static let paragraphLinkDensity = 0.85
    static let listCharsPerLink = 40
    /// Least link density of a navigation sidebar.
    static let sidebarLinkDensity = 0.3
    /// Most non-whitespace bytes of a navigation row.
    static let linkRowChars = 160

    private static let inlineTags: Set<String> = [
        "a", "span", "code", "em", "strong", "b", "i", "u", "tt", "small", "big", "sup", "sub", "img", "abbr", "kbd",
        "var", "samp", "cite", "q", "dfn", "mark", "s", "del", "ins", "time", "font", "bdi", "bdo", "wbr", "br",
    ]
    private static let entryTags: Set<String> = ["li", "tr", "dt", "dd", "p"]
    private static let listTags: Set<String> = ["ul", "ol", "dl", "li", "dt", "dd", "menu"]

    /// Analyses the tree under `top` (the document's root element).
    init(top: XMLNodePointer) {
        root = top
        let total = measure(top, inLink: false, inCode: false)
        let outermost = landmarks.filter { candidate in !landmarks.contains { $0 != candidate && Self.isAncestor($0, of: candidate) } }
        if outermost.count == 1, let landmark = outermost.first, let landmarkStats = stats[landmark],
           Double(landmarkStats.chars) >= 0.3 * Double(total.chars) {
            root = landmark
        }
        decideHard(root, rootChars: stats[root]?.chars ?? total.chars, inContent: root != top)
        decideSoft(root)

        let kept = stats[root] ?? total
        let prose = kept.chars - softStats.chars
        let mostlyLinkLists = kept.chars > 0 && Double(softStats.chars) >= Self.mapRemovedShare * Double(kept.chars)
            && prose < Self.mapMaxProseChars
        let mostlyLinkEntries = kept.linkEntries >= Self.mapMinEntries
            && Double(kept.linkEntries) >= Self.mapEntryShare * Double(kept.blocks)
        isMap = mostlyLinkLists || mostlyLinkEntries
        dropped = isMap ? hard : hard.union(soft)
    }

    // MARK: Measuring

    private mutating func measure(_ node: XMLNodePointer, inLink: Bool, inCode: Bool) -> HTMLBlockStats {
        var result = HTMLBlockStats()
        if node.isText {
            guard let content = node.pointee.content else { return result }
            var count = 0
            var byte = content
            while byte.pointee != 0 {
                let value = byte.pointee
                if value == 0xC2 && byte.successor().pointee == 0xA0 {
                    byte += 2  // a no-break space
                    continue
                }
                if !(value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0C) { count += 1 }
                byte += 1
            }
            result.chars = count
            if inLink && !inCode { result.linkChars = count }
            // One-character decorations (tree arrows, icon letters) do not open an entry.
            if count > 3 || (inLink && count > 0) { result.leadingLink = inLink }
            return result
        }
        guard node.isElement else { return result }
        let hint = HTMLNodeHint.of(node)
        if hint == .hidden {
            hard.insert(node)
            return result
        }
        hints[node] = hint
        if hint == .main { landmarks.append(node) }
        let name = node.name
        let isLink = name == "a" && node.attribute("href") != nil
        let isCode = name == "pre" || Self.classTokens(of: node).contains("fragment")
        for child in node.children {
            result.add(measure(child, inLink: inLink || isLink, inCode: inCode || isCode))
        }
        if isLink && result.chars > 0 {
            if result.chars <= 40, HTMLNodeHint.isDecorativeLink(node, text: node.textContent) {
                hard.insert(node)
                return HTMLBlockStats()
            }
            result.links += 1
        }
        if Self.entryTags.contains(name) && result.chars > 2 {
            result.blocks += 1
            if result.chars <= HTMLBlockStats.shortEntryChars && result.links > 0
                && (result.leadingLink == true || result.linkChars * 3 >= result.chars) {
                result.linkEntries += 1
            }
        } else if isCode || Self.headingLevel(name) != nil {
            result.blocks += 1
            result.hasHeadingOrCode = true
        }
        stats[node] = result
        return result
    }

    // MARK: Deciding

    /// First pass: chrome, page-level header and footer, navigation rows. Their text is taken
    /// off their ancestors' measures, so the second pass weighs what is left.
    private mutating func decideHard(_ node: XMLNodePointer, rootChars: Int, inContent: Bool) {
        for child in node.children where child.isElement {
            guard !hard.contains(child), let childStats = stats[child], childStats.chars > 0 else { continue }
            let name = child.name
            let hint = hints[child] ?? .none
            let isChrome = (hint == .chrome
                && (Double(childStats.chars) <= 0.5 * Double(rootChars) || childStats.linkDensity >= Self.blockLinkDensity))
                || (hint == .sidebar && childStats.linkDensity >= Self.sidebarLinkDensity)
            if ((name == "header" || name == "footer") && !inContent) || isChrome || isLinkRow(child, childStats) {
                hard.insert(child)
                var ancestor = child.pointee.parent
                while let current = ancestor, stats[current] != nil {
                    stats[current]?.subtract(childStats)
                    if current == root { break }
                    ancestor = current.pointee.parent
                }
                continue
            }
            decideHard(child, rootChars: rootChars, inContent: inContent || name == "article" || name == "main" || hint == .main)
        }
    }

    /// Second pass: tables of contents and link-dense blocks.
    private mutating func decideSoft(_ node: XMLNodePointer) {
        for child in node.children where child.isElement {
            guard !hard.contains(child), let childStats = stats[child], childStats.chars > 0 else { continue }
            // A contents name on an inline element (`a.toc-backref` around a heading's text) styles
            // text; it does not make a table of contents.
            if (hints[child] == .contents && !Self.inlineTags.contains(child.name)) || isLinkDense(child, childStats) {
                soft.insert(child)
                softStats.add(childStats)
                continue
            }
            decideSoft(child)
        }
    }

    private func isLinkDense(_ node: XMLNodePointer, _ nodeStats: HTMLBlockStats) -> Bool {
        let name = node.name
        guard nodeStats.links >= 3, !Self.inlineTags.contains(name), name != "pre" else { return false }
        if name == "p" { return nodeStats.linkDensity >= Self.paragraphLinkDensity }
        // Prose with many links (release notes, FAQ answers) has more text per link than a list
        // of links, and sections with headings or code need a denser share to go.
        let shortEntries = nodeStats.chars <= Self.listCharsPerLink * nodeStats.links
        let threshold = shortEntries && !nodeStats.hasHeadingOrCode ? Self.blockLinkDensity : Self.denseBlockLinkDensity
        return nodeStats.linkDensity >= threshold
    }

    /// A short block of links whose other words are separators or navigation words.
    private func isLinkRow(_ node: XMLNodePointer, _ nodeStats: HTMLBlockStats) -> Bool {
        guard nodeStats.links >= 1, !nodeStats.hasHeadingOrCode, nodeStats.chars <= Self.linkRowChars,
              !Self.inlineTags.contains(node.name) else { return false }
        var linkTexts: [String] = []
        var otherText = ""
        collectText(node, inLink: false, links: &linkTexts, other: &otherText)
        linkTexts.removeAll { $0.allSatisfy(\.isWhitespace) }
        guard Self.isNavigationVocabulary(otherText) else { return false }
        // A list of short links is a vertical list, content as often as not (weighed by link
        // density instead); a row is horizontal, or made of navigation words.
        if Self.listTags.contains(node.name) { return linkTexts.allSatisfy(Self.isNavigationVocabulary) }
        return linkTexts.count >= 2 || linkTexts.allSatisfy(Self.isNavigationVocabulary)
    }

    private func collectText(_ node: XMLNodePointer, inLink: Bool, links: inout [String], other: inout String) {
        for child in node.children {
            if child.isText {
                guard let content = child.pointee.content else { continue }
                let text = String(cString: content)
                if inLink, !links.isEmpty {
                    links[links.count - 1] += text
                } else {
                    other += " " + text
                }
            } else if child.isElement, !hard.contains(child) {
                let isLink = !inLink && child.name == "a" && child.attribute("href") != nil
                if isLink { links.append("") }
                collectText(child, inLink: inLink || isLink, links: &links, other: &other)
            }
        }
    }

    private static let navigationVocabulary: Set<String> = Set(
        HTMLNodeHint.navigationWords.flatMap { $0.split(separator: " ").map(String.init) })

    /// Whether every word of `text` (split at separators) is a navigation word.
    static func isNavigationVocabulary(_ text: String) -> Bool {
        var word = ""
        var ok = true
        func finish() {
            if !word.isEmpty && !navigationVocabulary.contains(word) { ok = false }
            word = ""
        }
        for scalar in text.lowercased().unicodeScalars {
            if HTMLNodeHint.isSeparator(scalar) {
                finish()
            } else {
                word.unicodeScalars.append(scalar)
            }
            if !ok { return false }
        }
        finish()
        return ok
    }

    // MARK: Helpers

    static func classTokens(of node: XMLNodePointer) -> [Substring] {
        (node.attribute("class") ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    }

    static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.first == "h", let digit = name.last?.wholeNumberValue, (1...6).contains(digit) else { return nil }
        return digit
    }

    private static func isAncestor(_ ancestor: XMLNodePointer, of node: XMLNodePointer) -> Bool {
        var current = node.pointee.parent
        while let parent = current {
            if parent == ancestor { return true }
            current = parent.pointee.parent
        }
        return false
    }
}
