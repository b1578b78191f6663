import Chunkers
import Foundation
import Testing

/// The extraction-quality benchmark over whole installed documentation sets; runs only when
/// `EXTRACTION_QUALITY_SETS` names them (`name=/folder;name=/folder`), as
/// `Benchmarks/ExtractionQuality/measure.sh` does, and writes its report to
/// `EXTRACTION_QUALITY_REPORT` (default: standard output).
@Suite struct ExtractionQualityReport {
    static let sets: [(name: String, folder: String)] = (ProcessInfo.processInfo.environment["EXTRACTION_QUALITY_SETS"] ?? "")
        .split(separator: ";").compactMap { entry in
            let parts = entry.split(separator: "=", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }

    struct SetFigures {
        var pages = 0
        var loaded = 0
        var maps: [String] = []
        var pagesWithRepeated = 0
        var repeatedLineOccurrences = 0
        var lines = 0
        var pagesWithNavigation = 0
        var chunks = 0
        var chunksWithBoilerplate = 0
        var paragraphs = 0
        var paragraphsKept = 0
        var paragraphWords = 0
        var paragraphWordsKept = 0
        var topRepeated: [(String, Int)] = []
        var navigationSample: [String] = []
    }

    @Test("Measures boilerplate, maps and body retention over installed documentation sets",
          .enabled(if: !sets.isEmpty))
    func report() throws {
        var out = "| Set | Pages | Maps | Pages with repeated lines | Repeated-line share of lines | Chunks with boilerplate | Pages with nav lines | <p> kept | <p> words kept |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        var details = ""
        for set in Self.sets {
            let figures = try measure(folder: set.folder)
            func percent(_ part: Int, _ whole: Int) -> String {
                whole == 0 ? "–" : String(format: "%.1f %%", 100 * Double(part) / Double(whole))
            }
            out += "| \(set.name) | \(figures.loaded)/\(figures.pages) | \(figures.maps.count) (\(percent(figures.maps.count, figures.loaded))) "
            out += "| \(percent(figures.pagesWithRepeated, figures.loaded)) | \(percent(figures.repeatedLineOccurrences, figures.lines)) "
            out += "| \(percent(figures.chunksWithBoilerplate, figures.chunks)) of \(figures.chunks) "
            out += "| \(percent(figures.pagesWithNavigation, figures.loaded)) | \(percent(figures.paragraphsKept, figures.paragraphs)) of \(figures.paragraphs) "
            out += "| \(percent(figures.paragraphWordsKept, figures.paragraphWords)) |\n"
            details += "\n### \(set.name)\n\nMaps (sample): \(figures.maps.sorted().prefix(12).joined(separator: ", "))\n\n"
            details += "Most repeated lines (pages): " + figures.topRepeated.map { "“\($0.0)” (\($0.1))" }.joined(separator: "; ") + "\n\n"
            details += "Navigation lines (sample): " + figures.navigationSample.joined(separator: "; ") + "\n"
        }
        let report = out + details
        if let path = ProcessInfo.processInfo.environment["EXTRACTION_QUALITY_REPORT"] {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        } else {
            print(report)
        }
    }

    private func measure(folder: String) throws -> SetFigures {
        var figures = SetFigures()
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath()
        var files: [URL] = []
        if let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isSymbolicLinkKey]) {
            for case let url as URL in enumerator where url.pathExtension == "html" {
                if (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]).isSymbolicLink) == true { continue }
                files.append(url)
            }
        }
        files.sort { $0.path < $1.path }
        var documents: [(path: String, html: String, document: Document)] = []
        let loader = DocumentLoader()
        for url in files {
            figures.pages += 1
            let path = String(url.path.dropFirst(root.path.count + 1))
            guard let document = loader.load(contentsOf: url, relativePath: path).document else { continue }
            let html = (try? String(contentsOf: url, encoding: .utf8)) ?? String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
            documents.append((path, html, document))
        }
        figures.loaded = documents.count
        let texts = documents.map(\.document.text)
        let headings = Set(documents.flatMap { $0.document.headings.map(\.title) })
        let repeated = BoilerplateCounter.repeatedLines(in: texts, share: 0.3, minimumWords: 2)
            .filter { !headings.contains($0.key) }
        figures.topRepeated = repeated.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(8).map { ($0.key, $0.value) }
        let chunker = try RecursiveChunker(tokenizer: ByteTokenizer(), size: 600, overlap: 0)
        for entry in documents {
            let document = entry.document
            if document.role == .map { figures.maps.append(entry.path) }
            let lines = BoilerplateCounter.lines(of: document.text)
            figures.lines += lines.count
            let hits = lines.filter { repeated[$0] != nil }.count
            figures.repeatedLineOccurrences += hits
            if hits > 0 { figures.pagesWithRepeated += 1 }
            let navigation = BoilerplateCounter.navigationLines(in: document.text)
            if !navigation.isEmpty {
                figures.pagesWithNavigation += 1
                if figures.navigationSample.count < 10 { figures.navigationSample.append("\(entry.path): “\(navigation[0])”") }
            }
            for chunk in chunker.chunks(of: document) {
                figures.chunks += 1
                let chunkLines = BoilerplateCounter.lines(of: chunk.text)
                if chunkLines.contains(where: { repeated[$0] != nil })
                    || !BoilerplateCounter.navigationLines(in: chunk.text).isEmpty {
                    figures.chunksWithBoilerplate += 1
                }
            }
            let collapsed = BoilerplateCounter.collapse(document.text)
            for paragraph in BoilerplateCounter.paragraphs(inHTML: entry.html) {
                let words = paragraph.split(separator: " ").count
                figures.paragraphs += 1
                figures.paragraphWords += words
                // Kept when its first 80 characters are: a trailing "More..." link or "¶" may go.
                if collapsed.contains(String(paragraph.prefix(80))) {
                    figures.paragraphsKept += 1
                    figures.paragraphWordsKept += words
                }
            }
        }
        return figures
    }
}
