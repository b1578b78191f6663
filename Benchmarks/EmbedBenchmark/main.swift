// embed-bench: TextEncoder against sentence-transformers on torch CPU, same texts, same thread count.
//
//   swift run -c release embed-bench --model DIR [--threads 2] [--chunks 256] [--python python3] [--no-torch]
//
// Prints one line per measurement and a JSON summary. See README.md for a run.

import Foundation
import TextEncoder

#if canImport(Glibc)
import Glibc
#endif

struct Arguments {
    var model = ""
    var threads = 2
    var chunks = 256
    var rounds = 3
    var python = "python3"
    var torch = true
    var corpus = ""

    init() {
        var iterator = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--model": model = iterator.next() ?? ""
            case "--threads": threads = Int(iterator.next() ?? "") ?? threads
            case "--chunks": chunks = Int(iterator.next() ?? "") ?? chunks
            case "--rounds": rounds = Int(iterator.next() ?? "") ?? rounds
            case "--python": python = iterator.next() ?? python
            case "--corpus": corpus = iterator.next() ?? ""
            case "--no-torch": torch = false
            default:
                FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
        if model.isEmpty {
            FileHandle.standardError.write(Data("usage: embed-bench --model DIR [--threads N] [--chunks N] [--rounds N] [--python PATH] [--corpus DIR] [--no-torch]\n".utf8))
            exit(2)
        }
    }
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// CPU seconds this process has used on all threads: on a loaded machine, closer to the idle wall time of
/// single-threaded work than the wall clock is.
func cpuTime() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func peakRSSMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return kilobytes / 1024
    }
    return 0
}

/// Chunks of about 200 words from the Markdown and Swift files under `folder` (the package itself by default).
func makeChunks(count: Int, folder: URL) -> [String] {
    var words: [Substring] = []
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    var paths: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
        if url.path.contains("/.build") || url.path.contains("/Fixtures") { continue }
        if ["md", "swift"].contains(url.pathExtension) { paths.append(url) }
    }
    for url in paths.sorted(by: { $0.path < $1.path }) {
        if let text = try? String(contentsOf: url, encoding: .utf8) { words += text.split(whereSeparator: \.isWhitespace) }
        if words.count > count * 200 { break }
    }
    var chunks: [String] = []
    var start = 0
    while chunks.count < count, !words.isEmpty {
        let end = min(start + 150 + chunks.count % 100, words.count)
        chunks.append(words[start..<end].joined(separator: " "))
        start = end >= words.count ? 0 : end
    }
    return chunks
}

/// Single-precision GFLOP/s of OpenBLAS on the encoder's largest product shape, split over `threads` threads.
func sgemmPeak(threads: Int, hidden: Int, intermediate: Int) -> Double {
    let m = 2048, n = intermediate, k = hidden
    let a = [Float](repeating: 0.5, count: m * k), b = [Float](repeating: 0.25, count: n * k)
    var best = 0.0
    for _ in 0..<3 {
        let start = now()
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var c = [Float](repeating: 0, count: m * n)
            for _ in 0..<5 { SGEMMProbe.run(m: m, n: n, k: k, a, b, &c) }
        }
        let seconds = now() - start
        best = max(best, Double(threads * 5) * 2 * Double(m * n * k) / seconds / 1e9)
    }
    return best
}

let arguments = Arguments()
let folder = URL(fileURLWithPath: arguments.model)
let corpus = arguments.corpus.isEmpty
    ? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    : URL(fileURLWithPath: arguments.corpus)
let chunks = makeChunks(count: arguments.chunks, folder: corpus)

let openStart = now()
let openCPUStart = cpuTime()
let encoder: SentenceEncoder
do {
    encoder = try SentenceEncoder(folder: folder, options: EncoderOptions(threadCount: arguments.threads))
} catch {
    print("cannot open \(folder.path): \(error)")
    exit(1)
}
let openMilliseconds = (now() - openStart) * 1000
let openCPUMilliseconds = (cpuTime() - openCPUStart) * 1000
let tokens = chunks.reduce(0) { $0 + min($1.isEmpty ? 2 : encoder.tokenCount($1) + 2, encoder.maximumTokens) }
print("model \(encoder.name): \(encoder.dimensions) dims, window \(encoder.maximumTokens), threads \(arguments.threads)")
print("texts: \(chunks.count) chunks, \(tokens) tokens after truncation")
print(String(format: "open: %.1f ms (%.1f ms CPU)", openMilliseconds, openCPUMilliseconds))

_ = encoder.encode(query: "warm up")
var queryTimes: [Double] = []
var queryCPUTimes: [Double] = []
for _ in 0..<50 {
    let start = now()
    let cpuStart = cpuTime()
    _ = encoder.encode(query: "how do I configure the vector index?")
    queryTimes.append((now() - start) * 1000)
    queryCPUTimes.append((cpuTime() - cpuStart) * 1000)
}
queryTimes.sort()
queryCPUTimes.sort()
let queryMilliseconds = queryTimes[queryTimes.count / 2]
let queryCPUMilliseconds = queryCPUTimes[queryCPUTimes.count / 2]
print(String(format: "single short query: median %.2f ms (%.2f ms CPU)", queryMilliseconds, queryCPUMilliseconds))

var batchTimes: [Double] = []
for _ in 0..<arguments.rounds {
    let start = now()
    _ = encoder.encode(documents: chunks)
    batchTimes.append(now() - start)
}
let batchSeconds = batchTimes.min() ?? 1
let tokensPerSecond = Double(tokens) / batchSeconds
let chunksPerSecond = Double(chunks.count) / batchSeconds
let configuration = encoder.configuration
let h = Double(configuration.hiddenSize), inner = Double(configuration.intermediateSize)
let denseFlopsPerToken = Double(configuration.layerCount) * 2 * (4 * h * h + 2 * h * inner)
let achievedGFLOPs = denseFlopsPerToken * tokensPerSecond / 1e9
let peak = sgemmPeak(threads: arguments.threads, hidden: configuration.hiddenSize, intermediate: configuration.intermediateSize)
print(String(format: "TextEncoder: %.0f tokens/s, %.1f chunks/s (best of %d), peak RSS %.0f MB", tokensPerSecond, chunksPerSecond, arguments.rounds, peakRSSMegabytes()))
print(String(format: "dense layers: %.1f GFLOP/s = %.0f%% of measured sgemm peak %.1f GFLOP/s", achievedGFLOPs, 100 * achievedGFLOPs / peak, peak))

var summary: [String: Any] = [
    "open_ms": openMilliseconds, "open_cpu_ms": openCPUMilliseconds, "query_ms": queryMilliseconds,
    "query_cpu_ms": queryCPUMilliseconds, "tokens_per_s": tokensPerSecond,
    "chunks_per_s": chunksPerSecond, "peak_rss_mb": peakRSSMegabytes(), "sgemm_peak_gflops": peak,
    "dense_gflops": achievedGFLOPs, "threads": arguments.threads, "chunks": chunks.count, "tokens": tokens,
]

if arguments.torch {
    let textsFile = FileManager.default.temporaryDirectory.appendingPathComponent("embed-bench-\(getpid()).json")
    do {
        try JSONSerialization.data(withJSONObject: chunks).write(to: textsFile)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("st_bench.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [arguments.python, script.path, folder.path, textsFile.path, String(arguments.threads), String(arguments.rounds)]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: textsFile)
        if let torch = (try? JSONSerialization.jsonObject(with: output)) as? [String: Any],
            let torchChunks = torch["chunks_per_s"] as? Double
        {
            let torchTokens = torchChunks * Double(tokens) / Double(chunks.count)
            print(String(format: "sentence-transformers (torch %@): %.0f tokens/s, %.1f chunks/s, open %.0f ms, query %.2f ms, peak RSS %.0f MB",
                torch["torch"] as? String ?? "?", torchTokens, torchChunks, torch["open_ms"] as? Double ?? 0,
                torch["query_ms"] as? Double ?? 0, torch["peak_rss_mb"] as? Double ?? 0))
            print(String(format: "ratio TextEncoder / torch: %.2fx throughput", chunksPerSecond / torchChunks))
            summary["torch"] = torch
            summary["ratio"] = chunksPerSecond / torchChunks
        } else {
            print("sentence-transformers run failed: \(String(decoding: output, as: UTF8.self).suffix(500))")
        }
    } catch {
        print("cannot run the python side: \(error)")
    }
}
if let json = try? JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys]) {
    print(String(decoding: json, as: UTF8.self))
}
