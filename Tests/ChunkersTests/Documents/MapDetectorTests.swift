import Chunkers
import Testing

@Suite struct MapDetectorTests {
    @Test("A table of contents and an index are map-like", arguments: [
        "1.1. What is this FAQ?\n1.2. What is Debian GNU/Linux?\n1.3. What is Linux?\n1.4. Does Debian just do GNU/Linux?\n1.5. Why choose Debian?\n1.6. How does Debian compare with GNU?\n1.7. How does one pronounce Debian?",
        "- ycor() (in module turtle)\n- Year 2038\n- yeardatescalendar() (calendar.Calendar method)\n- yield\n- Yield (class in ast)\n- YIELD_VALUE (opcode)\n- YieldFrom (class in ast)",
    ])
    func maps(text: String) {
        #expect(MapDetector.isMapLike(text))
    }

    @Test("Prose, code and short text are not map-like", arguments: [
        String(repeating: "The vacuum command reclaims storage occupied by dead tuples, and it may also update statistics.\n", count: 8),
        "import json\nx = json.dumps([1, 2])\nif x == y {\n    print(x);\n}\nfor i in range(3):\n    total = total + i\nreturn total;",
        "Install\nConfigure\nRun",
        "",
    ])
    func notMaps(text: String) {
        #expect(!MapDetector.isMapLike(text))
    }

    @Test("Markdown link lists are map-like, prose with links is not")
    func markdown() {
        let list = "# Contents\n\n" + (1...10).map { "* [Chapter \($0)](ch\($0).md) " }.joined(separator: "\n")
        #expect(MapDetector.isMapLike(markdown: list))
        let table = "| Page | |\n|---|---|\n" + (1...10).map { "| [p\($0)](p\($0).md) | x |" }.joined(separator: "\n")
        #expect(MapDetector.isMapLike(markdown: table))
        let prose = (1...10).map { "Paragraph \($0) mentions [a link](x.md) inside a sentence that goes on for a while." }.joined(separator: "\n\n")
        #expect(!MapDetector.isMapLike(markdown: prose))
        let fenced = "```\n" + (1...10).map { "[x](y\($0))" }.joined(separator: "\n") + "\n```\nSome text."
        #expect(!MapDetector.isMapLike(markdown: fenced))
    }
}
