import Chunkers
import Foundation
import Testing

/// The navigation rules of HTML extraction, one small page each.
@Suite struct MainContentExtractionTests {
    private func load(_ html: String) throws -> Document {
        let directory = try TemporaryDirectory()
        let url = try directory.write(html, to: "page.html")
        return try #require(DocumentLoader().load(contentsOf: url, relativePath: "page.html").document)
    }

    static let prose = """
        <p>The vacuum command reclaims storage occupied by dead tuples in the table, and it may also \
        update the statistics used by the planner to choose the most efficient query plans.</p>
        <p>Without a table list, every table and materialized view in the current database is processed \
        that the current user has permission to vacuum, which can take a long time on large databases.</p>
        """

    @Test("Drops a DocBook-style navigation header and footer made of divs and tables")
    func docBookNavigation() throws {
        let document = try load("""
            <html><head><title>VACUUM</title></head><body>
            <div class="navheader"><table><tr><th colspan="3">VACUUM</th></tr>
              <tr><td><a href="a.html">Prev</a></td><td><a href="b.html">Up</a></td><th>SQL Commands</th>
              <td><a href="c.html">Home</a></td><td><a href="d.html">Next</a></td></tr></table><hr></div>
            <div class="refentry"><h1>VACUUM</h1><p>VACUUM — garbage-collect and optionally analyze a database</p>\(Self.prose)</div>
            <div class="navfooter"><table><tr><td><a href="a.html">Prev</a></td><td><a href="b.html">Up</a></td>
              <td><a href="d.html">Next</a></td></tr><tr><td>UPDATE</td><td><a href="c.html">Home</a></td><td>VALUES</td></tr></table></div>
            </body></html>
            """)
        #expect(document.text.hasPrefix("VACUUM\n\nVACUUM — garbage-collect and optionally analyze a database\n\nThe vacuum command"))
        for word in ["Prev", "Up", "Home", "Next", "SQL Commands", "UPDATE", "VALUES"] {
            #expect(!document.text.contains(word), "\(word) is dropped")
        }
        #expect(document.role == .content)
    }

    @Test("Drops navigation rows without any class: breadcrumbs and Prev/Next links between separators")
    func unnamedLinkRows() throws {
        let document = try load("""
            <body><div><a href="/">Docs</a> » <a href="/guide">Guide</a> » <a href="/guide/vacuum">Vacuum</a></div>
            <h1>Vacuum</h1>\(Self.prose)
            <p><a href="prev.html">« Previous</a> | <a href="index.html">Top</a> | <a href="next.html">Next »</a></p></body>
            """)
        #expect(document.text.hasPrefix("Vacuum\n\nThe vacuum command"))
        #expect(!document.text.contains("Previous"))
        #expect(!document.text.contains("Docs"))
        #expect(document.text.hasSuffix("on large databases."))
    }

    @Test("Keeps a sentence with links in it, and a short paragraph that is one link")
    func linksInProse() throws {
        let document = try load("""
            <body><h1>Guide</h1><p>See <a href="a">VACUUM</a>, <a href="b">ANALYZE</a> and <a href="c">CLUSTER</a> for details.</p>
            <p><a href="vacuumdb.html">vacuumdb</a></p>\(Self.prose)</body>
            """)
        #expect(document.text.contains("See VACUUM, ANALYZE and CLUSTER for details."))
        #expect(document.text.contains("\nvacuumdb\n"))
    }

    @Test("Drops sidebars, related bars, footers and permalinks by class, role and id")
    func namedChrome() throws {
        let document = try load("""
            <body><div class="related" role="navigation"><ul><li><a href="i">index</a></li></ul></div>
            <div class="document"><div class="body" role="main"><section>
              <h1>json<a class="headerlink" href="#json" title="Permalink">¶</a></h1>\(Self.prose)
              <pre>import json\n  json.dumps([1, 2])</pre>
            </section></div>
            <div class="sphinxsidebar"><h3>Table of Contents</h3><h4>Previous topic</h4><p><a href="x">email</a></p></div></div>
            <div class="footer">© Copyright 2001-2026.</div>
            <div class="md-sidebar md-sidebar--secondary"><ul><li><a href="#a">On this page</a></li></ul></div>
            <div id="breadcrumbs"><a href="/">Home</a> / Library</div>
            </body>
            """)
        #expect(document.headings.first?.title == "json")
        #expect(document.text.hasPrefix("json\n\nThe vacuum command"))
        #expect(document.text.hasSuffix("import json\n  json.dumps([1, 2])"))
        for word in ["¶", "index", "Table of Contents", "Previous topic", "Copyright", "On this page", "Library"] {
            #expect(!document.text.contains(word), "\(word) is dropped")
        }
    }

    @Test("Drops a skip link and an in-page table of contents on a content page")
    func tableOfContents() throws {
        let document = try load("""
            <body><a class="skip" href="#main">Skip to main content</a><h1>Maintenance</h1>
            <div class="toc"><p><b>Table of Contents</b></p><dl><dt><a href="#a">1. Vacuum</a></dt><dt><a href="#b">2. Analyze</a></dt>
            <dt><a href="#c">3. Reindex</a></dt></dl></div>
            <h2 id="a">1. Vacuum</h2>\(Self.prose)</body>
            """)
        #expect(document.text.hasPrefix("Maintenance\n\n1. Vacuum\n\nThe vacuum command"))
        #expect(!document.text.contains("Skip"))
        #expect(document.headings.map(\.title) == ["Maintenance", "1. Vacuum"])
        #expect(document.role == .content)
    }

    @Test("Keeps tables as rows of cells and definition lists as lines")
    func tablesAndDefinitions() throws {
        let document = try load("""
            <body><h1>Options</h1><table><tr><th>Option</th><th>Meaning</th></tr><tr><td>FULL</td><td>rewrites the table</td></tr></table>
            <dl><dt>VERBOSE</dt><dd>Prints a detailed report for each table.</dd></dl>\(Self.prose)</body>
            """)
        #expect(document.text.contains("Option Meaning\nFULL rewrites the table\n\nVERBOSE\nPrints a detailed report for each table."))
    }

    @Test("An index page keeps its links and is a map")
    func indexPage() throws {
        let entries = (1...30).map { "<li><a href=\"p\($0).html\">Entry number \($0)</a> (function)</li>" }.joined()
        let document = try load("""
            <html><head><title>Index</title></head><body><div class="navheader"><a href="x">Prev</a> <a href="y">Next</a></div>
            <h1>Index – E</h1><ul>\(entries)</ul></body></html>
            """)
        #expect(document.role == .map)
        #expect(document.text.contains("- Entry number 17 (function)"))
        #expect(!document.text.contains("Prev"))
    }

    @Test("A table-of-contents page with a short introduction is a map")
    func tableOfContentsPage() throws {
        let entries = (1...12).map { "<li class=\"toctree-l1\"><a href=\"c\($0).html\">\($0). Chapter title \($0)</a></li>" }.joined()
        let document = try load("""
            <body><h1>The Tutorial</h1><p>This tutorial introduces the reader informally to the basic concepts.</p>
            <div class="toctree-wrapper compound"><ul>\(entries)</ul></div></body>
            """)
        #expect(document.role == .map)
        #expect(document.text.contains("- 12. Chapter title 12"))
    }

    @Test("Links inside code do not make it navigation")
    func linkedCode() throws {
        let lines = (1...8).map { "<div class=\"line\"><a href=\"f\($0)\">call\($0)</a>(x);</div>" }.joined()
        let document = try load("<body><h1>Source</h1><div class=\"fragment\">\(lines)</div>\(Self.prose)</body>")
        #expect(document.text.contains("call5(x);"))
        #expect(document.role == .content)
    }

    @Test("The page title becomes the first heading when no heading opens the text")
    func titleHeading() throws {
        let document = try load("""
            <html><head><title>Vacuuming Basics</title></head><body>\(Self.prose)<h2>Details</h2><p>More text here.</p></body></html>
            """)
        #expect(document.text.hasPrefix("Vacuuming Basics\n\nThe vacuum command"))
        #expect(document.headings.map(\.title) == ["Vacuuming Basics", "Details"])
        let bytes = Array(document.text.utf8)
        let details = try #require(document.headings.last)
        #expect(String(decoding: bytes[details.offset..<(details.offset + 7)], as: UTF8.self) == "Details")
    }

    @Test("A list item holding a paragraph keeps its text on the marker's line")
    func listItemParagraphs() throws {
        let document = try load("<body><h1>Steps</h1><ul><li><p>Create an instance.</p></li><li><p>Add nodes.</p></li></ul>\(Self.prose)</body>")
        #expect(document.text.contains("- Create an instance.\n\n- Add nodes."))
    }

    @Test("Markdown that is mostly a list of links is a map; prose with links is not")
    func markdownMaps() throws {
        let directory = try TemporaryDirectory()
        let list = "# Index\n\n" + (1...12).map { "- [Page \($0)](page\($0).md)" }.joined(separator: "\n") + "\n"
        let mapURL = try directory.write(list, to: "index.md")
        #expect(DocumentLoader().load(contentsOf: mapURL, relativePath: "index.md").document?.role == .map)
        let prose = "# Guide\n\nRead [the install guide](install.md) first, then configure the server as described below.\n"
        let proseURL = try directory.write(prose, to: "guide.md")
        #expect(DocumentLoader().load(contentsOf: proseURL, relativePath: "guide.md").document?.role == .content)
    }

    @Test("Keeps a section whose id has a chrome word, footnotes, and a prose sidebar; drops a link sidebar")
    func namesThatAreContent() throws {
        let links = (1...6).map { "<li><a href=\"p\($0).html\">Page \($0)</a></li>" }.joined()
        let document = try load("""
            <body><h1>Buffers</h1>\(Self.prose)
            <section id="buffer-related-functions"><h2>Buffer-related functions</h2><p>Copy data from src to dest buffer.</p></section>
            <aside class="footnote brackets" role="note"><p>As noted in the errata, JSON permits literal line separators.</p></aside>
            <aside class="sidebar"><p class="sidebar-title">Why buffers</p><p>Buffers avoid copies of large data between objects.</p></aside>
            <div class="bs-sidebar"><ul>\(links)</ul></div>
            <aside><p>Related articles elsewhere on the site.</p></aside>
            </body>
            """)
        for kept in ["Copy data from src to dest buffer.", "JSON permits literal line separators.", "Buffers avoid copies of large data"] {
            #expect(document.text.contains(kept), "keeps “\(kept)”")
        }
        #expect(document.headings.map(\.title) == ["Buffers", "Buffer-related functions"])
        #expect(!document.text.contains("Page 3"))
        #expect(!document.text.contains("Related articles"))
    }
}
