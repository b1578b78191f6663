import Chunkers
import Foundation
import PropertyBased
import Testing

@Suite struct HeadingChunkerTests {
    let tokenizer = ByteTokenizer()

    static let guide = """
        Preamble before any heading.

        # Install

        Pick your platform.

        ## Linux

        Run the installer.

        ### Debian

        Use apt.

        ## macOS

        Use Homebrew.

        # Usage

        Ask questions.
        """

    @Test("Makes one chunk per section, each knowing its heading path")
    func sectionsWithPaths() throws {
        let markdown = try markdownDocument(Self.guide)
        let chunks = try HeadingChunker(tokenizer: tokenizer, size: 200, overlap: 0).chunks(of: markdown)
        ChunkInvariants.check(chunks, of: markdown, tokenizer: tokenizer, size: 200)
        #expect(chunks.map(\.headingPathDescription) == [
            "", "Install", "Install › Linux", "Install › Linux › Debian", "Install › macOS", "Usage",
        ])
        #expect(chunks[3].text.hasPrefix("### Debian"))
        #expect(chunks[3].text.contains("Use apt."))
    }

    @Test("Splits an oversized section recursively; every piece keeps the section's path")
    func oversizedSection() throws {
        let long = (0..<80).map { "Sentence \($0) about Linux." }.joined(separator: " ")
        let markdown = try markdownDocument("# Install\n\n## Linux\n\n\(long)\n\n## macOS\n\nShort.\n")
        let chunks = try HeadingChunker(tokenizer: tokenizer, size: 60, overlap: 20).chunks(of: markdown)
        ChunkInvariants.check(chunks, of: markdown, tokenizer: tokenizer, size: 60, overlap: 20)
        let linux = chunks.filter { $0.headingPath == ["Install", "Linux"] }
        #expect(linux.count > 3)
        #expect(chunks.last?.headingPath == ["Install", "macOS"])
        // Overlap never crosses into another section.
        #expect(!chunks.last!.text.contains("Linux"))
    }

    @Test("Uses HTML headings extracted by the loader")
    func htmlHeadings() throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write("<html><body><h1>Manual</h1><p>Intro.</p><h2>Setup</h2><p>Steps.</p></body></html>", to: "m.html")
        let document = try #require(DocumentLoader().load(contentsOf: url, relativePath: "m.html").document)
        let chunks = try HeadingChunker(tokenizer: tokenizer, size: 100, overlap: 0).chunks(of: document)
        #expect(chunks.map(\.headingPathDescription) == ["Manual", "Manual › Setup"])
        #expect(chunks.map(\.text) == ["Manual\n\nIntro.\n\n", "Setup\n\nSteps."])
    }

    @Test("Chunk invariants hold on random Markdown with headings", arguments: [(16, 0), (50, 25)])
    func invariantsOnRandomMarkdown(size: Int, overlap: Int) async throws {
        let chunker = try HeadingChunker(tokenizer: tokenizer, size: size, overlap: overlap)
        let sections = Gen<String?>.element(of: ["# A\n", "## B b\n", "\n### C\n", "text\n", "```\n# not a heading\n```\n"])
            .map { $0 ?? "" }
        await propertyCheck(count: 60, input: RandomText.text(maxFragments: 100).map { $0 }.array(of: 0...6), sections.array(of: 0...6)) { bodies, heads in
            let text = zip(heads, bodies).map { $0 + $1 + "\n" }.joined()
            let document = Document(path: "r.md", url: URL(fileURLWithPath: "/r.md"), text: text, kind: .markdown,
                                    headings: MarkdownHeadingsProbe.headings(in: text))
            ChunkInvariants.check(chunker.chunks(of: document), of: document, tokenizer: tokenizer, size: size, overlap: overlap)
        }
    }

    private func markdownDocument(_ text: String) throws -> Document {
        let directory = try TemporaryDirectory()
        let url = try directory.write(text, to: "guide.md")
        return try #require(DocumentLoader().load(contentsOf: url, relativePath: "guide.md").document)
    }
}

/// Finds Markdown headings by loading the text through ``DocumentLoader``, as a user would.
enum MarkdownHeadingsProbe {
    static func headings(in text: String) -> [Heading] {
        guard let directory = try? TemporaryDirectory(), let url = try? directory.write(text, to: "probe.md") else { return [] }
        return DocumentLoader().load(contentsOf: url, relativePath: "probe.md").document?.headings ?? []
    }
}
