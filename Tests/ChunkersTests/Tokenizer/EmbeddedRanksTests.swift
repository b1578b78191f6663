import Chunkers
import Foundation
import TestSupport
import Testing

@Suite struct EmbeddedRanksTests {
    /// The `tokenizer-bench` executable built beside the test bundle, or nil.
    static let benchmark: URL? = {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for directory in [products, products.deletingLastPathComponent()] {
            let candidate = directory.appendingPathComponent("tokenizer-bench")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    @Test(
        "Tokenizes in a binary copied away from its build folder and resource bundle",
        .enabled(if: benchmark != nil, "skipped: tokenizer-bench is not built beside the tests (swift build --build-tests builds it)"),
        arguments: [("cl100k_base", "[15339,1917]"), ("o200k_base", "[24912,2375]")]
    )
    func copiedBinary(encoding: String, expected: String) throws {
        let original = try #require(Self.benchmark)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ragkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("tokenizer-bench")
        try FileManager.default.copyItem(at: original, to: copy)

        let process = Process()
        process.executableURL = copy
        process.arguments = ["--encoding", encoding, "--text", "hello world"]
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        try process.runRetryingBusyExecutable()
        let printed = try output.fileHandleForReading.readToEndRetryingInterrupts()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: printed, as: UTF8.self) == expected + "\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["tokenizer-bench"])
    }
}
