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

    private func answer(_ question: String, _ sources: [Citation], by answerer: ExtractiveAnswerer = ExtractiveAnswerer()) async throws -> String {
        var text = ""
        for try await piece in answerer.generate(question: question, sources: sources) { text += piece }
        return text
    }

    @Test("Quotes the best matching sentence with its marker, joining wrapped lines")
    func quotes() async throws {
        let text = try await answer("How do I rotate the logs?", sources)
        #expect(text.contains("To rotate the logs, run `app logs rotate` or wait for the nightly rotation, which compresses old files. [1]"))
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

    @Test("Matches the parts of camel-case identifiers, and keeps the whole word", arguments: [
        ("emitter.setMaxListeners(n)", ["emitter", "setmaxlisteners", "set", "max", "listeners", "n"]),
        ("new URLSearchParams()", ["new", "urlsearchparams", "url", "search", "params"]),
        ("SNICallback and isTTY", ["snicallback", "sni", "callback", "and", "istty", "is", "tty"]),
        ("fsPromises.readFile2", ["fspromises", "fs", "promises", "readfile2", "read", "file2"]),
        ("plain words only", ["plain", "words", "only"]),
    ])
    func identifierParts(text: String, words: [String]) {
        #expect(QuestionTerms.words(in: text) == Set(words))
    }

    @Test("A question in plain words finds the API whose camel-case name says it")
    func camelCaseHeading() async throws {
        let source = Citation(number: 1, path: "events.md", headingPath: ["Events"], page: nil, text: """
            ### `events.defaultMaxListeners`
            By default, a maximum of 10 listeners can be registered for any single event.

            ### `emitter.setMaxListeners(n)`
            By default, EventEmitters print a warning if more than 10 listeners are added for a particular event.
            """)
        let text = try await answer("How do I raise the max number of listeners I can set?", [source], by: ExtractiveAnswerer(maxSentences: 1))
        #expect(text.hasPrefix("`emitter.setMaxListeners(n)`: By default, EventEmitters print a warning"))
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

    @Test("Ends a sentence at a full stop inside a closing bracket or quote")
    func closingBrackets() {
        #expect(SentenceSplitter.sentences(in: "There are many tools (and yes, there are many!) So Valgrind is a framework. He said \"Stop.\" Then it stopped.") == [
            "There are many tools (and yes, there are many!)", "So Valgrind is a framework.", "He said \"Stop.\"", "Then it stopped.",
        ])
    }

    @Test("Does not end a sentence at e.g. or i.e.")
    func abbreviations() {
        #expect(SentenceSplitter.sentences(in: "Compare two commit ranges (e.g. two versions of a branch). Then stop, i.e. exit now.") == [
            "Compare two commit ranges (e.g. two versions of a branch).", "Then stop, i.e. exit now.",
        ])
    }

    @Test("Leaves out Markdown link definitions, one or a run of them, and shows links as their text")
    func markdownLinks() {
        let text = """
            Use [`socket.connect(port[, host])`][`socket.connect(port)`] or read [the guide](https://example.com/guide).
            An array index such as list[0] or a [bracket] stays.

            [`socket.connect(port)`]: #socketconnectport
            [the guide]: https://example.com/guide "The guide"
            [`Worker`]: worker_threads.md#class-worker
            """
        #expect(SentenceSplitter.sentences(in: text) == [
            "Use `socket.connect(port[, host])` or read the guide.", "An array index such as list[0] or a [bracket] stays.",
        ])
    }

    @Test("A definition list's terms head the definition that follows them, and are not sentences")
    func definitionTerms() {
        let text = """
            OPTIONS

            -u
            --include-untracked

            When used with the push command, all untracked files are also stashed.

            core.autocrlf

            Setting this variable to true converts line endings on checkout.

            ours

            This resolves any number of heads, but the resulting tree is always that of the current branch head.
            """
        let sentences = SentenceSplitter.passageSentences(in: text, heading: "OPTIONS")
        #expect(sentences.map(\.text) == [
            "When used with the push command, all untracked files are also stashed.",
            "Setting this variable to true converts line endings on checkout.",
            "This resolves any number of heads, but the resulting tree is always that of the current branch head.",
        ])
        #expect(sentences.map(\.heading) == ["-u, --include-untracked", "core.autocrlf", "ours"])
        #expect(sentences.allSatisfy { $0.headingIsTerm })
        #expect(sentences.allSatisfy { $0.opensSection })
    }

    @Test("A section opens at its first prose paragraph or note, not at a parameter list before it")
    func sectionOpening() {
        let parameters = SentenceSplitter.passageSentences(in: """
            ### `fs.mkdir(path[, options], callback)`
            * `path` {string|Buffer|URL} The directory to create.

            Asynchronously creates a directory. The callback is given a possible exception.
            """)
        #expect(parameters.map(\.opensSection) == [false, true, false])
        let note = SentenceSplitter.passageSentences(in: """
            ### `new Buffer(array)`
            > Stability: 0 - Deprecated: Use `Buffer.from(array)` instead, as the
            > constructor is unsafe.

            Note

            Allocates a new `Buffer` using an `array` of bytes.
            """)
        #expect(note.map(\.text) == ["Stability: 0 - Deprecated: Use `Buffer.from(array)` instead, as the constructor is unsafe.",
                                     "Allocates a new `Buffer` using an `array` of bytes."])
        #expect(note.map(\.opensSection) == [true, true])
        #expect(note.map(\.heading) == ["`new Buffer(array)`", "`new Buffer(array)`"])
    }

    @Test("A paragraph of prose, a URL or an HTML comment is not a definition term")
    func notTerms() {
        let text = """
            - a list item with several words

            https://example.com/guide.html

            <!--introduced_in=v18.16.0-->

            Read the guide before you start.
            """
        #expect(SentenceSplitter.passageSentences(in: text, heading: "Intro").map(\.heading) == ["Intro", "Intro", "Intro"])
    }

    @Test("A sentence ending in a colon carries the line it introduces, code or plain")
    func introducedLines() {
        let text = """
            If a script can tell good from bad, bisect by issuing the command:

            $ git bisect run my_script arguments

            To read a file, call:
            ```js
            const data = await readFile('notes.txt');
            ```
            A colon at the end of a section leads nowhere:
            # Next
            Text under the next heading goes on.
            """
        let sentences = SentenceSplitter.passageSentences(in: text)
        #expect(sentences.first?.introduces == "$ git bisect run my_script arguments")
        #expect(sentences.first { $0.text == "To read a file, call:" }?.introduces == "const data = await readFile('notes.txt');")
        #expect(sentences.first { $0.text == "A colon at the end of a section leads nowhere:" }?.introduces == nil)
    }
}

@Suite struct PageReadingAnswerTests {
    private func passage(_ text: String, heading: [String] = ["Guide"], page: Int = 0, retrieved: Bool = false,
                         path: String = "guide.md") -> QuotablePassage {
        QuotablePassage(citation: Citation(number: 0, path: path, headingPath: heading, page: nil, text: text),
                        pageRank: page, wasRetrieved: retrieved)
    }

    @Test("Quotes a passage of the page that retrieval did not return, and numbers the cited passages in the order quoted")
    func readsWholePage() async throws {
        let passages = [
            passage("Snapshots are cheap and fast to take.", retrieved: true),
            passage("To restore a snapshot, run `vault restore` with the snapshot's name."),
            passage("Backups are kept for a month by default.", page: 1, retrieved: true, path: "backup.md"),
        ]
        let answer = try await ExtractiveAnswerer(maxSentences: 1).answer(question: "How do I restore a snapshot?", from: passages)
        #expect(answer.text == "To restore a snapshot, run `vault restore` with the snapshot's name. [1]")
        #expect(answer.sources.map(\.number) == [1])
        #expect(answer.sources.first?.text == passages[1].citation.text)
    }

    @Test("Prefers prose to code lines that share the question's words")
    func proseOverCode() async throws {
        let passages = [passage("""
            ```js
            const file = await readFile('./file/to/read');
            ```
            Use readFile to read the whole file into memory at once.
            """)]
        let answer = try await ExtractiveAnswerer(maxSentences: 1).answer(question: "How do I read a whole file?", from: passages)
        #expect(answer.text == "Use readFile to read the whole file into memory at once. [1]")
    }

    @Test("Leaves out the cut tail of a sentence a chunk window starts in, not a section's first line")
    func dropsFragments() {
        let ranker = SentenceRanker(question: "rotate logs", passages: [passage("rotated by the nightly job, which rotates logs. Logs rotate daily with logrotate.")])
        #expect(ranker.shortlist.map(\.sentence.text) == ["Logs rotate daily with logrotate."])
        let manual = SentenceRanker(question: "rotate logs", passages: [passage("NAME\n\nlogrotate - rotates, compresses, and mails system logs", heading: ["logrotate(8)", "NAME"])])
        #expect(manual.shortlist.map(\.sentence.text) == ["logrotate - rotates, compresses, and mails system logs"])
    }

    @Test("Never quotes a question, however many words it shares with the one asked")
    func skipsQuestions() {
        let faq = passage("How do I specify my credentials when pushing over HTTP?\n\nThe easiest way is a credential helper that caches credentials in memory.")
        let ranker = SentenceRanker(question: "How do I specify credentials when pushing over HTTP?", passages: [faq])
        #expect(ranker.shortlist.map(\.sentence.text) == ["The easiest way is a credential helper that caches credentials in memory."])
    }

    @Test("Leads a quote with its heading when the heading names an API")
    func apiHeading() async throws {
        let passages = [passage("### `fs.readFile(path)`\nAsynchronously reads the entire contents of a file.", heading: ["File system"])]
        let answer = try await ExtractiveAnswerer().answer(question: "How do I read the entire contents of a file?", from: passages)
        #expect(answer.text == "`fs.readFile(path)`: Asynchronously reads the entire contents of a file. [1]")
    }

    @Test("A numbered section heading is a topic, not an API", arguments: [
        ("2.5. Suppressing errors", false), ("6. Callgrind: a call-graph generating profiler", false), ("Usage", false),
        ("`fs.readFile(path)`", true), ("-u, --include-untracked", true), ("4.3. --leak-check=<no|yes>", true),
        ("core.autocrlf", true), ("ignore-space-change", true), ("Built-in modules", false),
    ])
    func numberedHeadings(heading: String, namesAnAPI: Bool) {
        #expect(SentenceRanker.namesAnAPI(heading) == namesAnAPI)
    }

    @Test("Never quotes a run-on list as a sentence, however many of the question's words it holds")
    func skipsRunOns() {
        let changeLog = (1...60).map { "38\($0) conditional jump depends on uninitialised value" }.joined(separator: " ")
        let ranker = SentenceRanker(question: "What does conditional jump depends on uninitialised value mean?", passages: [
            passage("\(changeLog).\n\nA conditional jump that depends on an uninitialised value changes what the program does."),
        ])
        #expect(ranker.shortlist.map(\.sentence.text) == ["A conditional jump that depends on an uninitialised value changes what the program does."])
    }

    @Test("Leads a quote under a topic heading with the API heading above it")
    func enclosingAPIHeading() async throws {
        let passages = [passage("#### Availability\nBeing notified of file changes depends on the operating system.",
                                heading: ["File system", "`fs.watch(filename[, options])`"])]
        let answer = try await ExtractiveAnswerer().answer(question: "How am I notified of file changes?", from: passages)
        #expect(answer.text == "`fs.watch(filename[, options])`: Being notified of file changes depends on the operating system. [1]")
    }

    @Test("Quotes the line a sentence introduces with it, once, and leads a definition with its option terms")
    func introducedLineAndOptionTerms() async throws {
        let passages = [passage("""
            If you have a script that can tell good from bad, you can bisect by issuing the command:

            $ git bisect run my_script arguments

            -u
            --include-untracked

            All untracked files are also stashed and then cleaned up.
            """)]
        let bisect = try await ExtractiveAnswerer(maxSentences: 2).answer(question: "How can a script tell good from bad while I bisect?", from: passages)
        #expect(bisect.text == "If you have a script that can tell good from bad, you can bisect by issuing the command: `$ git bisect run my_script arguments` [1]")
        let stash = try await ExtractiveAnswerer(maxSentences: 1).answer(question: "Are untracked files stashed?", from: passages)
        #expect(stash.text == "-u, --include-untracked: All untracked files are also stashed and then cleaned up. [1]")
    }

    @Test("Leads an option quoted from a manual page with the page's name, once per page")
    func manualPageOption() async throws {
        let passages = [passage("""
            --cached

            Instead of searching tracked files in the working tree, search blobs registered in the index file.

            --untracked

            In addition to searching in the tracked files in the working tree, search also in untracked files.
            """, heading: ["git-grep(1) Manual Page", "OPTIONS"], path: "git-grep.html")]
        let answer = try await ExtractiveAnswerer().answer(question: "How do I search tracked files in the working tree?", from: passages)
        #expect(answer.text == "git-grep(1) --cached: Instead of searching tracked files in the working tree, search blobs registered in the index file. [1] "
            + "--untracked: In addition to searching in the tracked files in the working tree, search also in untracked files. [1]")
    }

    @Test("Names a manual page only from a title such as git-grep(1)", arguments: [
        (["git-grep(1) Manual Page", "OPTIONS"], "git-grep(1)"), (["ls(1)"], "ls(1)"), (["systemd.unit(5)"], "systemd.unit(5)"),
        (["File system (fs)"], nil), (["Guide", "git-grep(1)"], nil), (["Copying (and moving) files"], nil), ([], nil),
    ] as [([String], String?)])
    func manualPageNames(headingPath: [String], name: String?) {
        #expect(ExtractiveAnswerer.manualPage(of: Citation(number: 1, path: "p", headingPath: headingPath, page: nil, text: "")) == name)
    }

    @Test("Quotes the sentence a quoted This or It sentence refers back to, unless it is quoted already")
    func referringBack() async throws {
        let passages = [passage("""
            You can check out a commit without creating a branch. This is known as being in detached HEAD state.

            The symmetric difference r1...r2 names commits on either side. It is the set of commits reachable from either side but not from both.
            """)]
        let detached = try await ExtractiveAnswerer(maxSentences: 1).answer(question: "What is known as detached HEAD state?", from: passages)
        #expect(detached.text == "You can check out a commit without creating a branch. This is known as being in detached HEAD state. [1]")
        let both = try await ExtractiveAnswerer(maxSentences: 2).answer(question: "Which commits does the symmetric difference r1...r2 name: the set reachable from either side but not from both?", from: passages)
        #expect(both.text == "The symmetric difference r1...r2 names commits on either side. [1] It is the set of commits reachable from either side but not from both. [1]")
        #expect(ExtractiveAnswerer.refersBack("It is") && !ExtractiveAnswerer.refersBack("Items are") && !ExtractiveAnswerer.refersBack("This."))
    }

    @Test("Leads a definition with its term, even a plain word")
    func plainTerm() async throws {
        let passages = [passage("""
            ours

            This resolves any number of heads, but the resulting tree of the merge is always that of the current branch head.
            """, heading: ["git-merge(1) Manual Page", "MERGE STRATEGIES"], path: "git-merge.html")]
        let answer = try await ExtractiveAnswerer().answer(question: "Which strategy keeps the tree of the current branch head?", from: passages)
        #expect(answer.text == "ours: This resolves any number of heads, but the resulting tree of the merge is always that of the current branch head. [1]")
    }

    @Test("A page's first sentence counts as its lead only when the page is read whole")
    func pageLead() {
        var whole = passage("Stash the changes in a dirty working directory away.\n\nStashes are kept in a list.")
        whole.pageReadWhole = true
        let weights = SentenceRanker.Weights(words: 0, heading: 0, opening: 0, lead: 1, retrieved: 0)
        let question = "stash changes list away"
        let read = SentenceRanker(question: question, passages: [whole], weights: weights)
        #expect(read.best(limit: 1, similarities: nil).map(\.sentence.text) == ["Stash the changes in a dirty working directory away."])
        let retrievedOnly = SentenceRanker(question: question, passages: [passage(whole.citation.text)], weights: weights)
        #expect(retrievedOnly.best(limit: 2, similarities: nil).isEmpty)
    }

    @Test("Ranks by meaning with a sentence model: the sentence that answers in other words wins")
    func meaning() async throws {
        let passages = [passage("Deleting a branch removes its name, not its commits. Reflog records when the tips of branches were updated.")]
        let question = "Where can I see where my deleted branch pointed before?"
        let lexical = try await ExtractiveAnswerer(maxSentences: 1).answer(question: question, from: passages)
        #expect(lexical.text.hasPrefix("Deleting a branch"))
        let semantic = try await ExtractiveAnswerer(maxSentences: 1, sentenceModel: MeaningStandIn(meaning: ["reflog", "where", "pointed"]))
            .answer(question: question, from: passages)
        #expect(semantic.text.hasPrefix("Reflog records"))
    }

    @Test("Says plainly when nothing matches, citing nothing")
    func nothing() async throws {
        let answer = try await ExtractiveAnswerer().answer(question: "airspeed of a swallow", from: [passage("Logs rotate daily.")])
        #expect(answer.text == ExtractiveAnswerer.noAnswer)
        #expect(answer.sources.isEmpty)
    }
}

/// An embedder whose "meaning" is one direction: texts naming any of `meaning`'s words point along it, others across it.
private struct MeaningStandIn: Embedder {
    var meaning: Set<String>
    var model: String { "meaning-stand-in" }
    var dimensions: Int { 2 }
    var limits: EmbeddingLimits { EmbeddingLimits(maxInputsPerRequest: 100, maxTokensPerRequest: 10000, maxTokensPerInput: 1000) }

    func embed(_ texts: [String]) async throws -> [[Float]] {
        texts.map { text in
            let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
            return words.isDisjoint(with: meaning) ? [0, 1] : [1, 0]
        }
    }
}
