import Foundation

/// What an element's tag, `role`, `class` and `id` say about it, before its text is weighed.
///
/// The word lists follow the names documentation generators and site themes give their chrome
/// (DocBook `navheader`, Sphinx `sphinxsidebar` and `related`, MkDocs `md-sidebar`, Doxygen
/// `navpath`, Bootstrap `navbar`, …), matched as words of `class` tokens split at `-` and `_`,
/// as a whole `id`, and a few compounds (`sidebar`, `navbar`, `breadcrumb`) anywhere in either.
enum HTMLNodeHint: Equatable {
    /// Never content: scripts, forms, hidden elements, navigation landmarks.
    case hidden
    /// Page chrome by name: navigation bars, breadcrumbs, footers.
    case chrome
    /// A sidebar by name: chrome when it is mostly links (a navigation sidebar), content when it
    /// is prose (a docutils `.. sidebar::`).
    case sidebar
    /// A table of contents: dropped on content pages, kept on map pages.
    case contents
    /// The page's main content landmark (`<main>`, `role="main"`).
    case main
    /// Nothing special.
    case none

    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "svg", "canvas", "iframe", "object", "embed",
        "button", "select", "input", "textarea", "map", "audio", "video", "dialog", "label", "head",
    ]
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar", "complementary", "dialog",
        "tablist", "doc-pagelist",
    ]
    static let contentsRoles: Set<String> = ["doc-toc", "directory"]
    /// Whole words of `class`/`id` that name chrome.
    static let chromeWords: Set<String> = [
        "nav", "navbar", "navigation", "navheader", "navfooter", "navpath", "navlinks", "navbox", "navitem", "navlink",
        "breadcrumb", "breadcrumbs", "crumbs", "sphinxsidebar", "sphinxsidebarwrapper", "related", "footer", "menu",
        "dropdown", "modal", "pagination", "pager", "skip", "skiplink", "skiplinks", "toolbar", "masthead", "banner",
        "social", "share", "sharing", "searchbox", "search", "headerlink", "permalink", "cookie", "cookies", "advert",
        "sponsor", "topbar", "bottombar", "sitemap", "prevnext",
    ]
    /// Substrings of a `class` token or `id` that name chrome even inside compounds
    /// (`navbar-collapse`, `sphinxsidebarwrapper`); `sidebar` anywhere (`bs-sidebar`,
    /// `md-sidebar--secondary`) makes a ``sidebar``.
    static let chromeFragments = ["navbar", "breadcrumb", "navheader", "navfooter", "headerlink", "skiplink", "sphinxsidebar"]
    /// Words in the `class` or `role` of an `<aside>` that is part of the text.
    static let asideContentWords = ["footnote", "endnote", "note", "admonition", "warning", "tip", "callout", "caution"]
    /// Whole words of `class`/`id` that name a table of contents.
    static let contentsWords: Set<String> = ["toc", "toctree", "localtoc", "tocset", "contents-list", "table-of-contents"]

    /// Classifies an element by its name and attributes.
    static func of(_ node: XMLNodePointer) -> HTMLNodeHint {
        let name = node.name
        if droppedTags.contains(name) { return .hidden }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true" { return .hidden }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return .hidden
        }
        let role = node.attribute("role")?.lowercased() ?? ""
        if droppedRoles.contains(role) { return .hidden }
        if name == "main" || role == "main" { return .main }
        if contentsRoles.contains(role) { return .contents }
        if name == "aside" {
            // Footnotes and notes are asides of the text; a named sidebar is weighed by its links
            // (docutils writes `.. sidebar::` prose as `aside.sidebar`); other asides are chrome.
            let names = ((node.attribute("class") ?? "") + " " + role).lowercased()
            if asideContentWords.contains(where: { names.contains($0) }) { return .none }
            return names.contains("sidebar") ? .sidebar : .chrome
        }
        var contents = false
        // Class tokens are split into words (`md-sidebar`, `nav-item`); an id is matched whole,
        // since generators derive section ids from headings ("buffer-related-functions").
        let classes = (node.attribute("class") ?? "").lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        var sidebar = false
        for token in classes {
            if chromeFragments.contains(where: { token.contains($0) }) { return .chrome }
            if token.contains("sidebar") { sidebar = true }
            if contentsWords.contains(String(token)) { contents = true }
            for word in token.split(whereSeparator: { $0 == "-" || $0 == "_" }) {
                if chromeWords.contains(String(word)) { return .chrome }
                if contentsWords.contains(String(word)) { contents = true }
            }
        }
        if name != "section", let id = node.attribute("id")?.lowercased(), !id.isEmpty {
            if chromeWords.contains(id) || chromeFragments.contains(where: { id.contains($0) }) { return .chrome }
            if id.contains("sidebar") { sidebar = true }
            if contentsWords.contains(id) { contents = true }
        }
        if sidebar { return .sidebar }
        return contents ? .contents : .none
    }

    /// Whether a link is a heading's permalink (`¶`, `#`, `§`) or a "skip to content" link.
    static func isDecorativeLink(_ node: XMLNodePointer, text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if ["¶", "#", "§", "🔗", "¶#"].contains(trimmed) { return true }
        // An icon-font glyph alone (Font Awesome's link icon is U+F0C1).
        if !trimmed.isEmpty, trimmed.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .privateUse }) { return true }
        let lowered = trimmed.lowercased()
        return lowered.hasPrefix("skip to ") || lowered.hasPrefix("jump to ") || decorativeLinkTexts.contains(lowered)
    }

    /// Link texts that are never content: "more" and "source" links, "back to top".
    static let decorativeLinkTexts: Set<String> = [
        "skip navigation", "back to top", "more...", "more…", "read more", "[source]", "[edit]", "edit", "[top]",
        "show source", "view source", "view page source", "edit on github", "edit this page",
    ]

    /// Words that make up navigation rows ("Prev | Up | Home | Next"), lowercased.
    static let navigationWords: Set<String> = [
        "prev", "previous", "next", "up", "home", "top", "contents", "index", "toc", "table of contents",
        "previous topic", "next topic", "previous page", "next page", "this page", "show source", "view source",
        "view page source", "edit on github", "edit this page", "report a bug", "quick search", "navigation",
        "search", "go", "menu", "modules", "back", "forward", "«", "»", "‹", "›", "←", "→", "↑", "fast backward",
        "fast forward", "skip to content", "skip to main content", "skip navigation", "back to top", "theme",
        "auto", "light", "dark", "table of contents", "on this page", "description", "synopsis",
    ]

    /// Characters that separate the links of a navigation row.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "|", "/", "\\", ">", "<", "»", "«", "›", "‹", "·", "•", "-", "–", "—", ":", "[", "]", "(", ")", "→", "←",
             "↑", "^", "\u{A0}":
            return true
        default:
            return scalar.properties.isWhitespace
        }
    }
}
