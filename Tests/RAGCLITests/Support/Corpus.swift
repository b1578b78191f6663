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
    /// code word `zq<number>x` so a search can tell them apart, and words picked from a fixed vocabulary by a
    /// multiplicative hash of (note, step, position), so no two notes score alike. Deterministic.
    static func writeNotes(count: Int, in folder: TemporaryFolder, under directory: String = "notes") throws {
        func pick(_ values: Int...) -> Int {
            let mixed = values.reduce(UInt64(0x9E37_79B9)) { ($0 ^ UInt64(truncatingIfNeeded: $1)) &* 0x100_0000_01B3 }
            return Int((mixed >> 17) % UInt64(vocabulary.count))
        }
        for number in 0..<count {
            var text = "# Note \(number): \(vocabulary[number % vocabulary.count])\n\n"
            for step in 1...(3 + number % 4) {
                let words = (0..<(20 + pick(number, step) % 40)).map { vocabulary[pick(number, step, $0)] }
                text += "## Step \(step)\n\nThe code word of this note is zq\(number)x. " + words.joined(separator: " ") + ".\n\n"
            }
            try folder.write(String(format: "\(directory)/note-%04d.md", number), text)
        }
    }

    private static let vocabulary = """
        backup rotation certificate latency quota replica scheduler webhook cache migration restore snapshot \
        compress archive verify throttle inspect restart configure monitor cluster node disk memory network \
        socket listener timeout retry budget alert incident escalation digest channel token scope policy \
        daemon journal syslog retention vacuum index shard partition leader follower heartbeat lease quorum \
        checksum manifest bundle release rollback upgrade schema column table query planner vector keyword \
        tenant region zone gateway proxy router firewall tunnel cipher handshake renewal expiry audit
        """.split(separator: " ").map { String($0) }
}
