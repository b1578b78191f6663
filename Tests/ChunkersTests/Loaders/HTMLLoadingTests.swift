import Chunkers
import Foundation
import Testing

@Suite struct HTMLLoadingTests {
    private func load(_ html: String, as path: String = "page.html") throws -> Document {
        let directory = try TemporaryDirectory()
        let url = try directory.write(html, to: path)
        return try #require(DocumentLoader().load(contentsOf: url, relativePath: path).document)
    }

    static let page = """
        <!DOCTYPE html>
        <html><head>
          <title>Guide &amp; Reference</title>
          <meta name="description" content="How to install">
          <style>body { color: red }</style>
          <script>var hidden = "script text";</script>
        </head>
        <body>
          <header><a href="/">Home</a> | <a href="/docs">Docs</a></header>
          <nav><ul><li>Menu item</li></ul></nav>
          <main>
            <h1>Install &ndash; Linux</h1>
            <p>Run   the
               installer &lt;now&gt;.</p>
            <div role="navigation">breadcrumbs</div>
            <p hidden>secret</p>
            <pre>line 1
          line 2</pre>
            <ul><li>first</li><li>second</li></ul>
            <h2>Troubleshooting</h2>
            <p>Caf&eacute; &#x1F600;<br>next line</p>
          </main>
          <footer>Copyright</footer>
        </body></html>
        """

    @Test("Keeps visible text, decodes entities, and drops scripts, styles and navigation chrome")
    func visibleText() throws {
        let document = try load(Self.page)
        #expect(document.kind == .html)
        #expect(document.text == """
            Install – Linux

            Run the installer <now>.

            line 1
              line 2

            - first
            - second

            Troubleshooting

            Café 😀
            next line
            """)
        for dropped in ["script text", "color: red", "Menu item", "Home", "breadcrumbs", "secret", "Copyright"] {
            #expect(!document.text.contains(dropped), "\(dropped) is dropped")
        }
    }

    @Test("Keeps <title> and description as metadata, and headings as structure")
    func structure() throws {
        let document = try load(Self.page)
        #expect(document.metadata["title"] == "Guide & Reference")
        #expect(document.metadata["description"] == "How to install")
        #expect(document.headings.map(\.title) == ["Install – Linux", "Troubleshooting"])
        #expect(document.headings.map(\.level) == [1, 2])
        let bytes = Array(document.text.utf8)
        for heading in document.headings {
            #expect(String(decoding: bytes[heading.offset...].prefix(heading.title.utf8.count), as: UTF8.self) == heading.title)
        }
    }

    @Test("Tolerates broken markup")
    func brokenMarkup() throws {
        let document = try load("<p>unclosed <b>bold <i>both</p><div>after</span> end")
        #expect(document.text == "unclosed bold both\n\nafter end")
    }

    @Test("Sniffs HTML in a file without an extension")
    func sniffed() throws {
        #expect(try load("<!doctype html><p>hi</p>", as: "index").kind == .html)
    }

    @Test("Skips a page with no visible text")
    func noVisibleText() throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write("<html><head><script>x()</script></head><body><nav>menu</nav></body></html>", to: "empty.html")
        guard case .skipped(_, let reason, _) = DocumentLoader().load(contentsOf: url, relativePath: "empty.html") else {
            Issue.record("a page without visible text is skipped")
            return
        }
        #expect(reason == .empty)
    }
}
