import Chunkers
import Foundation
import Testing

@Suite struct DocumentLoaderTests {
    let loader = DocumentLoader()

    private func load(_ bytes: [UInt8], as path: String, options: LoaderOptions = .init()) throws -> LoadOutcome {
        let directory = try TemporaryDirectory()
        let url = try directory.write(bytes, to: path)
        return DocumentLoader(options: options).load(contentsOf: url, relativePath: path)
    }

    private func load(_ text: String, as path: String) throws -> Document {
        try #require(try load(Array(text.utf8), as: path).document)
    }

    private func expectSkipped(
        _ outcome: LoadOutcome, _ reason: SkipReason, mentioning phrase: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard case .skipped(_, let actual, let message) = outcome else {
            Issue.record("expected a skip (\(reason)), got \(outcome)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == reason, sourceLocation: sourceLocation)
        #expect(message.contains(phrase), "message \"\(message)\" mentions \"\(phrase)\"", sourceLocation: sourceLocation)
        #expect(!message.contains("\n"), "the message is one line", sourceLocation: sourceLocation)
    }

    // MARK: Plain text and code

    @Test("Loads UTF-8 text with a stable id from the relative path")
    func utf8Text() throws {
        let document = try load("héllo wörld\n", as: "notes/hello.txt")
        #expect(document.text == "héllo wörld\n")
        #expect(document.kind == .text)
        #expect(document.decodedAs == .utf8)
        #expect(document.id == "notes/hello.txt")
        #expect(document.path == "notes/hello.txt")
        #expect(document.headings.isEmpty && document.pages.isEmpty)
    }

    @Test("Ids are NFC-normalised, so a decomposed name gives the same id")
    func nfcIds() throws {
        #expect(Document.id(forRelativePath: "cafe\u{301}.md") == Document.id(forRelativePath: "caf\u{E9}.md"))
    }

    @Test("Drops a UTF-8 byte-order mark")
    func utf8BOM() throws {
        let document = try #require(try load([0xEF, 0xBB, 0xBF] + Array("text".utf8), as: "bom.txt").document)
        #expect(document.text == "text")
    }

    @Test("Decodes UTF-16 by its byte-order mark", arguments: [true, false])
    func utf16(bigEndian: Bool) throws {
        let text = "Grüße, 世界 👋\n"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let document = try #require(try load(bytes, as: "wide.txt").document)
        #expect(document.text == text)
        #expect(document.decodedAs == .utf16)
    }

    @Test("Falls back to Latin-1 for bytes that are not UTF-8, and reports it")
    func latin1Fallback() throws {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8, 0x6D, 0x65, 0x20, 0x80]
        let outcome = try load(bytes, as: "legacy.txt")
        let document = try #require(outcome.document)
        #expect(document.text == "café crème €")
        #expect(document.decodedAs == .latin1)
        var report = LoadReport()
        report.record(outcome)
        #expect(report.entries.first?.message.contains("latin1") == true)
    }

    @Test("Keeps mostly-valid UTF-8 as UTF-8, replacing the broken sequences")
    func invalidUTF8Replaced() throws {
        let valid = String(repeating: "naïve café ", count: 20)
        let bytes = Array(valid.utf8) + [0xC3] + Array(" end".utf8)
        let document = try #require(try load(bytes, as: "damaged.txt").document)
        #expect(document.decodedAs == .utf8WithReplacements)
        #expect(document.text == valid + "\u{FFFD} end")
    }

    @Test("Keeps mixed line endings byte for byte")
    func mixedLineEndings() throws {
        let text = "unix\nwindows\r\nold mac\rend\n\r\n"
        let document = try load(text, as: "mixed.txt")
        #expect(Array(document.text.utf8) == Array(text.utf8))
    }

    @Test("Classifies source code by extension, file name and shebang", arguments: [
        ("main.swift", "let x = 1\n"), ("Makefile", "all:\n\tcc x.c\n"), ("run", "#!/bin/sh\necho hi\n"), ("app.py", "print(1)\n"),
    ])
    func codeKind(path: String, text: String) throws {
        #expect(try load(text, as: path).kind == .code)
    }

    @Test("Loads a file named with spaces, quotes, URL characters and non-Latin letters")
    func oddNames() throws {
        for name in ["a b.txt", "it's \"quoted\".txt", "50% #1?.txt", "日本語 ✓.md", "-dash.txt", "tab\tname.txt", "new\nline.txt"] {
            let document = try load("content of \(name)", as: name)
            #expect(document.path == name)
            #expect(document.url.lastPathComponent == name)
        }
    }

    @Test("Loads a single 50 MB line")
    func fiftyMegabyteLine() throws {
        let line = String(repeating: "aaaaaaa ", count: 6_250_000)
        let document = try #require(try load(Array(line.utf8), as: "long.txt").document)
        #expect(document.text.utf8.count == 50_000_000)
        #expect(document.text == line)
    }

    // MARK: Skips

    @Test("Skips an empty file and a whitespace-only file", arguments: [[UInt8](), Array(" \n\t\r\n".utf8)])
    func empty(bytes: [UInt8]) throws {
        expectSkipped(try load(bytes, as: "empty.txt"), .empty, mentioning: bytes.isEmpty ? "empty" : "whitespace")
    }

    static let binaryFiles: [([UInt8], String)] = [
        ([0x68, 0x69, 0x00, 0x01, 0x02], "NUL"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("rest of image".utf8), "PNG"),
        (Array("SQLite format 3".utf8) + [0] + Array("tables".utf8), "SQLite"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01], "ELF"),
        ([0x1F, 0x8B, 0x08, 0x00], "gzip"),
    ]

    @Test("Skips binary content: NUL bytes and magic numbers, whatever the extension", arguments: binaryFiles)
    func binary(bytes: [UInt8], phrase: String) throws {
        expectSkipped(try load(bytes, as: "looks-like-text.txt"), .binary, mentioning: phrase)
    }

    @Test("Skips formats known by extension without reading them")
    func unsupportedExtension() throws {
        expectSkipped(try load(Array("not really an image".utf8), as: "photo.JPG"), .unsupported, mentioning: "image")
    }

    @Test("Refuses a file over the configured size limit and says which limit")
    func configuredSizeLimit() throws {
        let outcome = try load(Array(repeating: UInt8(ascii: "x"), count: 2_000), as: "big.txt", options: LoaderOptions(maxFileSize: 1_024))
        expectSkipped(outcome, .tooLarge, mentioning: "1 KiB limit (LoaderOptions.maxFileSize)")
        #expect(try load(Array(repeating: UInt8(ascii: "x"), count: 1_024), as: "fits.txt", options: LoaderOptions(maxFileSize: 1_024)).document != nil)
    }

    @Test("Refuses a 2 GB file by its size, without reading it")
    func twoGigabyteFile() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("huge.log")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("start".utf8)))
        // A sparse file: 2 GiB long, no disk used.
        #expect(truncate(url.path, 2 << 30) == 0)
        expectSkipped(loader.load(contentsOf: url, relativePath: "huge.log"), .tooLarge, mentioning: "2 GiB is over the 64 MiB limit")
    }

    @Test("Reports a missing file as unreadable")
    func missingFile() throws {
        let outcome = loader.load(contentsOf: URL(fileURLWithPath: "/nonexistent/nothing.txt"), relativePath: "nothing.txt")
        expectSkipped(outcome, .unreadable, mentioning: "No such file")
    }

    @Test("Reports a folder passed as a file as unreadable")
    func folderAsFile() throws {
        let directory = try TemporaryDirectory()
        expectSkipped(loader.load(contentsOf: directory.url, relativePath: "dir"), .unreadable, mentioning: "not a regular file")
    }
}
