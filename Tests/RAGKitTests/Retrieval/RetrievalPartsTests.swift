import Testing
@testable import RAGKit

@Suite struct ReciprocalRankFusionTests {
    @Test("Fuses rankings with 1/(k + rank) and breaks ties deterministically")
    func fuse() {
        let fused = ReciprocalRankFusion.fuse([["a", "b", "c"], ["c", "a", "d"]], k: 60)
        #expect(fused.map(\.key) == ["a", "c", "b", "d"])
        #expect(abs(fused[0].score - (1.0 / 61 + 1.0 / 62)) < 1e-12)
        #expect(abs(fused[2].score - 1.0 / 62) < 1e-12)
    }

    @Test("Equal scores fall back to the best single rank, then the key")
    func ties() {
        let fused = ReciprocalRankFusion.fuse([["x", "y"], ["y", "x"]], k: 60)
        #expect(fused.map(\.key) == ["x", "y"])
    }
}

@Suite struct PathGlobTests {
    @Test("Globs match relative paths", arguments: [
        ("*.md", "docs/guide/intro.md", true),
        ("*.md", "intro.txt", false),
        ("docs/*.md", "docs/intro.md", true),
        ("docs/*.md", "docs/guide/intro.md", false),
        ("docs/**/*.md", "docs/guide/deep/intro.md", true),
        ("docs/**/*.md", "docs/intro.md", true),
        ("**/guide/*", "a/b/guide/x.txt", true),
        ("guide?.txt", "guide1.txt", true),
        ("guide?.txt", "guide12.txt", false),
        ("./docs/*", "docs/a", true),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(PathGlob(pattern).matches(path) == expected)
    }
}

@Suite struct FTSQueryTests {
    @Test("User text becomes quoted OR terms; operators are not interpreted", arguments: [
        ("log rotation", "\"log\" OR \"rotation\""),
        ("NEAR(a b) AND \"x\" OR y*", "\"near\" OR \"a\" OR \"b\" OR \"and\" OR \"x\" OR \"or\" OR \"y\""),
        ("log log LOG", "\"log\""),
    ])
    func escapes(text: String, expected: String) {
        #expect(FTSQuery.match(for: text) == expected)
    }

    @Test("Text without words gives no query")
    func empty() {
        #expect(FTSQuery.match(for: "?!* ()") == nil)
    }
}
