import Foundation

/// Documentation folders the tests write.
enum Corpus {
    /// `Examples/docs` of this package.
    static let examples = RagExecutable.packageRoot.appendingPathComponent("Examples/docs", isDirectory: true)

    /// A temporary folder holding a copy of `Examples/docs` at `docs/`, a `rag` runner working there, and the path
    /// `index` for `--index`.
    static func exampleWorkspace() throws -> (folder: TemporaryFolder, rag: Rag, index: String) {
        let folder = try TemporaryFolder()
        try folder.copy(from: examples, to: "docs")
        return (folder, Rag(workingDirectory: folder.url), folder.path("index").path)
    }

    /// The relative paths of the files in `Examples/docs`.
    static func examplePaths() throws -> [String] {
        let base = examples.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: examples, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            paths.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
        }
        return paths.sorted()
    }

    /// Writes `count` distinct Markdown files under `folder` (`notes/note-0000.md` …), each with a unique
    /// code word `zq<number>x` so a search can tell them apart. Deterministic.
    static func writeNotes(count: Int, in folder: TemporaryFolder, under directory: String = "notes") throws {
        let topics = ["backup", "rotation", "certificate", "latency", "quota", "replica", "scheduler", "webhook", "cache", "migration"]
        let verbs = ["configure", "inspect", "restart", "throttle", "verify", "archive", "compress", "monitor"]
        for number in 0..<count {
            let topic = topics[number % topics.count]
            let verb = verbs[(number / topics.count) % verbs.count]
            var text = "# Note \(number): \(topic)\n\n"
            for paragraph in 0..<6 {
                text += "## Step \(paragraph + 1)\n\n"
                text += "To \(verb) the \(topic) of node \(number), run `tool \(verb) --\(topic) \(number * 7 + paragraph)`. "
                text += "The code word of this note is zq\(number)x. Paragraph \(paragraph) explains why the \(topic) "
                text += "matters when you \(verb) a cluster of \(number % 13 + 2) machines, and what to check afterwards.\n\n"
            }
            try folder.write(String(format: "\(directory)/note-%04d.md", number), text)
        }
    }
}
