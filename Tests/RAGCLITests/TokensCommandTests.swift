import Foundation
import Testing

/// `rag tokens`: counts and ids that equal OpenAI's tiktoken.
@Suite("rag tokens")
struct TokensCommandTests {
    /// A few of `../shared/tokenizers/vectors.jsonl` (tiktoken's own output), so the check always runs.
    static let references: [(text: String, encoding: String, ids: [Int])] = [
        ("hello world", "cl100k_base", [15339, 1917]),
        ("hello world", "o200k_base", [24912, 2375]),
        ("\t\tindent", "cl100k_base", [197, 197, 33940]),
        ("\t\tindent", "o200k_base", [197, 197, 74638]),
        ("\r\n", "o200k_base", [370]),
        ("", "cl100k_base", []),
    ]

    let folder: TemporaryFolder
    let rag: Rag

    init() throws {
        folder = try TemporaryFolder()
        rag = Rag(workingDirectory: folder.url)
    }

    @Test("--ids on stdin prints tiktoken's ids", arguments: references.indices)
    func idsFromStdin(index: Int) async throws {
        let reference = Self.references[index]
        let result = try await rag.run(["tokens", "--ids", "--encoding", reference.encoding], stdin: reference.text)
        #expect(result.status == 0, "\(result)")
        #expect(try result.json([Int].self) == reference.ids)
    }

    @Test("Counts per file, with a total for several files")
    func countsFiles() async throws {
        try folder.write("a.txt", "hello world")
        try folder.write("b.txt", "\t\tindent")
        let result = try await rag.succeed("tokens", "a.txt", "b.txt")
        #expect(result.stdout == "2 a.txt\n3 b.txt\n5 total\n")
    }

    @Test("Counts stdin as a bare number")
    func countsStdin() async throws {
        let result = try await rag.run(["tokens", "--encoding", "o200k_base"], stdin: "hello world")
        #expect(result.status == 0 && result.stdout == "2\n", "\(result)")
    }

    @Test("A missing file: exit 1 and one line naming it")
    func missingFile() async throws {
        let result = try await rag.run("tokens", "absent.txt")
        expectOneLineError(result, status: RagExit.failure, mentioning: "absent.txt")
    }

    @Test("Every reference vector in ../shared/tokenizers matches, both encodings")
    func sharedVectors() async throws {
        let vectors = RagExecutable.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tokenizers/vectors.jsonl")
        guard let data = FileManager.default.contents(atPath: vectors.path) else {
            print("skipped: \(vectors.path) is absent (only the work machine has ../shared)")
            return
        }
        struct Vector: Decodable {
            var text: String
            var cl100k_base: [Int]
            var o200k_base: [Int]
        }
        let decoded = try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(Vector.self, from: Data($0.utf8))
        }
        var files: [String] = []
        for (number, vector) in decoded.enumerated() {
            let name = "vector-\(number).txt"
            try folder.write(name, vector.text)
            files.append(name)
        }
        for encoding in ["cl100k_base", "o200k_base"] {
            let result = try await rag.run(["tokens", "--ids", "--encoding", encoding] + files)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == decoded.count)
            for (line, vector) in zip(lines, decoded) {
                let ids = try JSONDecoder().decode([Int].self, from: Data(line.utf8))
                #expect(ids == (encoding == "cl100k_base" ? vector.cl100k_base : vector.o200k_base), "\(encoding): \(vector.text.debugDescription)")
            }
        }
    }
}
