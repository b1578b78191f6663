import Chunkers
import Foundation
import Testing

@Suite struct MarkdownLoadingTests {
    private func load(_ text: String, as path: String = "doc.md") throws -> Document {
        let directory = try TemporaryDirectory()
        let url = try directory.write(text, to: path)
        return try #require(DocumentLoader().load(contentsOf: url, relativePath: path).document)
    }

    @Test("Reads front matter as metadata and leaves it out of the text")
    func frontMatter() throws {
        let document = try load("""
            ---
            title: "Install guide"
            author: Ada
            tags:
              - setup
              - linux
            aliases: [a, 'b']
            ---
            # Install

            Body.
            """)
        #expect(document.kind == .markdown)
        #expect(document.metadata == ["title": "Install guide", "author": "Ada", "tags": "setup, linux", "aliases": "a, b"])
        #expect(document.text == "# Install\n\nBody.")
        #expect(document.headings == [Heading(level: 1, title: "Install", offset: 0)])
    }

    @Test("Leaves an unclosed front matter block in the text")
    func unclosedFrontMatter() throws {
        let document = try load("---\ntitle: x\nno closing line\n")
        #expect(document.metadata.isEmpty)
        #expect(document.text.hasPrefix("---"))
    }

    @Test("Finds ATX and setext headings with their levels and byte offsets")
    func headings() throws {
        let text = "Intro\n\n# Top #\n\n## Sub ##\ntext\n\nSetext One\n==========\n\nSetext Two\n---\n\n####### not a heading\n#hashtag\n"
        let document = try load(text)
        let bytes = Array(text.utf8)
        #expect(document.headings.map(\.title) == ["Top", "Sub", "Setext One", "Setext Two"])
        #expect(document.headings.map(\.level) == [1, 2, 1, 2])
        for heading in document.headings {
            let line = String(decoding: bytes[heading.offset...].prefix { $0 != 0x0A }, as: UTF8.self)
            #expect(line.contains(heading.title))
        }
    }

    @Test("Keeps fenced code intact and ignores headings inside fences")
    func fences() throws {
        let fence = "```bash\n# not a heading\n\necho hi\n```"
        let text = "# Real\n\n\(fence)\n\n~~~~\n## also not\n~~~~\n\n## Second\n"
        let document = try load(text)
        #expect(document.text.contains(fence))
        #expect(document.headings.map(\.title) == ["Real", "Second"])
    }

    @Test("Finds headings in a CRLF file at the right offsets")
    func crlfHeadings() throws {
        let text = "# One\r\n\r\ntext\r\n\r\n## Two\r\n"
        let document = try load(text)
        #expect(document.headings == [Heading(level: 1, title: "One", offset: 0), Heading(level: 2, title: "Two", offset: 17)])
    }

    @Test("Leaves out link reference definitions and HTML comments, as a rendered page does")
    func unrenderedMarkup() throws {
        let document = try load("""
            # `histogram.mean`

            <!-- YAML
            added: v11.10.0

            changes: []
            -->

            * {number}

            The mean of the recorded event loop delays. See [`histogram.stddev`][] and <!-- inline --> [the guide][].

            [`histogram.stddev`]: #histogramstddev
            [the guide]: https://example.org/guide "Guide"
              [indented]: <https://example.org/x>

            ## Next
            """)
        #expect(document.text == """
            # `histogram.mean`

            * {number}

            The mean of the recorded event loop delays. See [`histogram.stddev`][] and  [the guide][].

            ## Next
            """)
        #expect(document.headings.map(\.title) == ["`histogram.mean`", "Next"])
        let bytes = Array(document.text.utf8)
        #expect(String(decoding: bytes[try #require(document.headings.last).offset...], as: UTF8.self) == "## Next")
    }

    @Test("Keeps what only looks like a definition or a comment", arguments: [
        "```md\n[name]: https://example.org\n<!-- shown -->\n```",
        "A paragraph that goes on\n[name]: https://example.org is its second line.",
        "A paragraph\n[name]: https://example.org",
        "Use `<!--` to open an HTML comment.",
        "An unclosed <!-- comment swallows nothing.\n\nThe next paragraph stays.",
        "[not a definition]: two words here",
    ])
    func lookalikes(_ text: String) throws {
        #expect(try load(text).text == text)
    }
}
