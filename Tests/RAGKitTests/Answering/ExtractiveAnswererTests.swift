import Testing
@testable import RAGKit

@Suite struct ExtractiveAnswererTests {
    private let sources = [
        Citation(number: 1, path: "ops/logs.md", headingPath: ["Operations", "Logs"], page: nil, text: """
            # Logs
            Logs are written to /var/log/app and kept for a week.
            To rotate the logs, run `app logs rotate` or wait for the nightly
            rotation, which compresses old files.
            """),
        Citation(number: 2, path: "install.md", headingPath: ["Install"], page: nil,
                 text: "Install the package with apt-get install app. Then start the service with systemctl."),
    ]

    private func answer(_ question: String, _ sources: [Citation]) async throws -> String {
        var text = ""
        for try await piece in ExtractiveAnswerer().generate(question: question, sources: sources) { text += piece }
        return text
    }

    @Test("Quotes the best matching sentence with its marker, joining wrapped lines")
    func quotes() async throws {
        let text = try await answer("How do I rotate the logs?", sources)
        #expect(text.hasPrefix("To rotate the logs, run `app logs rotate` or wait for the nightly rotation, which compresses old files. [1]"))
        #expect(!text.contains("[2]"))
    }

    @Test("Cites the second source when it holds the answer")
    func secondSource() async throws {
        let text = try await answer("How do I install the package?", sources)
        #expect(text.hasPrefix("Install the package with apt-get install app. [2]"))
    }

    @Test("Prefers a sentence under a heading that names the subject, matching other word endings")
    func headingAndEndings() async throws {
        let source = Citation(number: 1, path: "logging.md", headingPath: ["Logging"], page: nil, text: """
            # Logging
            By default the daemon logs to standard error.

            ## Rotating the logs
            Use logrotate, which rotates the files daily.
            """)
        let text = try await answer("How do I rotate logs?", [source])
        #expect(text.hasPrefix("Use logrotate, which rotates the files daily. [1]"))
    }

    @Test("Stems plurals and -ing/-ed endings alike", arguments: [
        ("logs", "log"), ("rotates", "rotat"), ("rotate", "rotat"), ("rotating", "rotat"), ("indexed", "index"), ("class", "class"),
    ])
    func stems(word: String, stem: String) {
        #expect(QuestionTerms.stem(word) == Substring(stem))
    }

    @Test("Says plainly when nothing matches")
    func nothing() async throws {
        #expect(try await answer("What is the airspeed velocity of a swallow?", sources) == ExtractiveAnswerer.noAnswer)
        #expect(try await answer("How do I rotate the logs?", []) == ExtractiveAnswerer.noAnswer)
    }
}

@Suite struct CitationMarkersTests {
    @Test("Finds markers in order of first appearance, within the valid range", arguments: [
        ("See [2] and [1], again [2].", [2, 1]),
        ("Both [1, 3] agree [4][2].", [1, 3, 2]),
        ("Range [1-3].", [1, 2, 3]),
        ("Not citations: [a], [], [1.5], arr[0] and [9].", []),
        ("Unclosed [1", []),
    ])
    func cited(text: String, expected: [Int]) {
        #expect(CitationMarkers.cited(in: text, valid: 1...3) == expected)
    }
}

@Suite struct SentenceSplitterTests {
    @Test("Splits sentences, joins wrapped lines, drops headings and short fragments")
    func split() {
        let text = """
            # Title
            First sentence is here. Second one follows
            on the next line!
            - a list item with words

            ok.
            ```
            code line with words
            ```
            """
        #expect(SentenceSplitter.sentences(in: text) == [
            "First sentence is here.", "Second one follows on the next line!", "a list item with words", "code line with words",
        ])
    }
}
