import Chunkers
import Foundation
import GRDB
import Testing

@testable import VectorIndex

/// A writer process killed with SIGKILL mid-batch leaves a file that reopens with every batch whole or absent.
@Suite struct CrashRecoveryTests {
    static let dimensions = 32
    static let batchSize = 4000

    /// Mirrors `crashTestVector` in the VectorIndexCrashWriter helper.
    static func expectedVector(batch: Int, index: Int) -> [Float] {
        (0..<dimensions).map { component in
            Float(sin(Double(batch * 7919 + index * 104_729 + component * 31) * 0.001)) + (component == 0 ? 2 : 0)
        }
    }

    static func writerExecutable() -> URL? {
        var directories = [Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL]
        directories += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        directories.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        return directories.map { $0.appendingPathComponent("VectorIndexCrashWriter") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs the writer until it announces batch `killAt`, then kills it with SIGKILL.
    static func runWriterAndKill(_ executable: URL, index url: URL, killAt: Int) throws -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = [url.path, String(dimensions), String(batchSize)]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var seen = ""
        while !seen.contains("begin \(killAt)\n") {
            let chunk = try output.fileHandleForReading.readRetryingInterrupts()
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        if process.terminationReason != .uncaughtSignal {
            let message = String(decoding: try errors.fileHandleForReading.readToEndRetryingInterrupts(), as: UTF8.self)
            Issue.record("the writer exited on its own (\(process.terminationStatus)): \(message)")
        }
        return process.terminationStatus
    }

    @Test("A writer killed mid-batch leaves every batch whole or absent")
    func killedWriter() throws {
        guard let executable = Self.writerExecutable() else {
            Issue.record("VectorIndexCrashWriter was not found next to the test bundle; build with `swift build --build-tests`")
            return
        }
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            var lastKill = 0
            for round in 1...3 {
                lastKill += 2 + round
                let signal = try Self.runWriterAndKill(executable, index: url, killAt: lastKill)
                #expect(signal == SIGKILL)

                let integrity = try DatabaseQueue(path: url.path).read {
                    try String.fetchOne($0, sql: "PRAGMA integrity_check")
                }
                #expect(integrity == "ok")
                let database = try VectorDatabase.open(url: url)
                let count = database.count
                #expect(count % Self.batchSize == 0, "a batch was half written: \(count) records")
                let batches = count / Self.batchSize
                #expect(batches == lastKill || batches == lastKill + 1, "batches \(batches), killed at \(lastKill)")
                for batch in 0..<batches {
                    let members = try database.search(
                        Self.expectedVector(batch: batch, index: 0), k: Self.batchSize + 1,
                        filter: .equals("batch", .int(batch)))
                    #expect(members.count == Self.batchSize)
                    for index in [0, Self.batchSize / 2, Self.batchSize - 1] {
                        let match = try database.search(
                            Self.expectedVector(batch: batch, index: index), k: 1, filter: .ids(["b\(batch)-\(index)"]))
                        #expect(match.count == 1 && abs(match[0].score - 1) < 1e-5, "record b\(batch)-\(index) is damaged")
                    }
                }
                lastKill = batches
            }
        }
    }
}
