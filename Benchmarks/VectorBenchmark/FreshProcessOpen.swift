import Foundation
import VectorIndex

/// Times the first open of an index in a fresh process, the way every `rag` command meets it.
///
/// The benchmark process itself holds the data set and a bandwidth probe (gigabytes of memory), which changes what
/// the kernel hands the next large allocation; a child process that only opens the index measures what a user sees.
enum FreshProcessOpen {
    /// The hidden flag that makes `vector-bench` a child: `--time-open PATH QUANTIZATION THREADS`.
    static let flag = "--time-open"

    /// In the child: opens the index once and prints the milliseconds it took.
    static func runChild(_ arguments: [String]) throws {
        guard arguments.count == 3, let threads = Int(arguments[2]) else {
            throw BenchmarkError("\(flag) needs PATH QUANTIZATION THREADS")
        }
        let options = VectorDatabase.Options(threads: threads, quantization: VectorQuantization(rawValue: arguments[1]))
        let start = Measurement.now()
        let database = try VectorDatabase.open(url: URL(fileURLWithPath: arguments[0]), options: options)
        let milliseconds = Measurement.milliseconds(since: start)
        guard database.count > 0 else { throw BenchmarkError("the index at \(arguments[0]) is empty") }
        print(milliseconds)
    }

    /// In the parent: runs `runs` children one after another and returns the time each reported.
    static func measure(
        url: URL, quantization: VectorQuantization, threads: Int, runs: Int
    ) throws -> [Double] {
        try (0..<runs).map { _ in
            let child = Process()
            child.executableURL = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments[0])
            child.arguments = [flag, url.path, quantization.rawValue, String(threads)]
            let output = Pipe()
            child.standardOutput = output
            try child.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            child.waitUntilExit()
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard child.terminationStatus == 0, let milliseconds = Double(text) else {
                throw BenchmarkError("a child that opens the index failed (exit \(child.terminationStatus)): \(text)")
            }
            return milliseconds
        }
    }
}
