import Chunkers
import Foundation
import Testing

@Suite struct PDFLoadingTests {
    static let pdftotextInstalled = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]
        .contains { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("Extracts text page by page, with page spans", .enabled(if: pdftotextInstalled, "pdftotext (poppler-utils) is not installed"))
    func pages() throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write(MinimalPDF.make(pages: ["First page words", "Second page (here)", "Third"]), to: "three.pdf")
        let document = try #require(DocumentLoader().load(contentsOf: url, relativePath: "three.pdf").document)
        #expect(document.kind == .pdf)
        #expect(document.pages.map(\.number) == [1, 2, 3])
        let bytes = Array(document.text.utf8)
        let pageTexts = document.pages.map { String(decoding: bytes[$0.byteRange], as: UTF8.self) }
        #expect(pageTexts == ["First page words", "Second page (here)", "Third"])
    }

    @Test("Finds a PDF by its header even without the extension", .enabled(if: pdftotextInstalled, "pdftotext (poppler-utils) is not installed"))
    func sniffed() throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write(MinimalPDF.make(pages: ["Hello"]), to: "download")
        #expect(DocumentLoader().load(contentsOf: url, relativePath: "download").document?.kind == .pdf)
    }

    @Test("Skips a PDF with a one-line install hint when pdftotext is missing")
    func pdftotextMissing() throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write(MinimalPDF.make(pages: ["Hello"]), to: "a.pdf")
        let loader = DocumentLoader(options: LoaderOptions(pdftotextPath: "/nonexistent/bin/pdftotext"))
        guard case .skipped(let path, let reason, let message) = loader.load(contentsOf: url, relativePath: "a.pdf") else {
            Issue.record("the PDF is skipped")
            return
        }
        #expect(path == "a.pdf")
        #expect(reason == .pdftotextMissing)
        #expect(message.contains("apt-get install poppler-utils"))
        #expect(!message.contains("\n"))
    }

    @Test("Reports a damaged PDF as an extraction failure", .enabled(if: pdftotextInstalled, "pdftotext (poppler-utils) is not installed"))
    func damaged() throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write(Array("%PDF-1.4\nthis is not a real pdf body".utf8), to: "broken.pdf")
        guard case .skipped(_, let reason, let message) = DocumentLoader().load(contentsOf: url, relativePath: "broken.pdf") else {
            Issue.record("a damaged PDF is skipped")
            return
        }
        #expect(reason == .extractionFailed || reason == .empty)
        #expect(!message.isEmpty)
    }
}
