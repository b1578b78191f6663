// rag-bench: indexing and query timings of RAGKit with the offline local embedder, as JSON lines.
//
//   swift run -c release rag-bench [--files N] [--corpus DIR] [--queries Q]
//
// It writes N documents into a temporary folder (from the text files of --corpus, e.g.
// /usr/share/doc/python3/html/_sources, or synthetic prose when none is given), then measures:
// the first index run, a second run over the unchanged folder (must make zero embedding calls),
// a run after touching one file's content, and search latency per mode.
import Foundation
import RAGKit

struct Arguments {
    var files = 1000
    var corpus: String?
    var queries = 50

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--files": files = iterator.next().flatMap(Int.init) ?? files
            case "--corpus": corpus = iterator.next()
            case "--queries": queries = iterator.next().flatMap(Int.init) ?? queries
            default: FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
            }
        }
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func emit(_ fields: [String: Any]) {
    if let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]) {
        print(String(decoding: data, as: UTF8.self))
    }
}

func corpusTexts(_ directory: String?, count: Int) -> [String] {
    var texts: [String] = []
    if let directory, let enumerator = FileManager.default.enumerator(atPath: directory) {
        while let path = enumerator.nextObject() as? String, texts.count < count {
            guard path.hasSuffix(".txt") || path.hasSuffix(".md") || path.hasSuffix(".rst") else { continue }
            if let text = try? String(contentsOfFile: directory + "/" + path, encoding: .utf8), !text.isEmpty {
                texts.append(String(text.prefix(12_000)))
            }
        }
    }
    var generator = SystemRandomNumberGenerator()
    let words = ["index", "vector", "search", "rotate", "logs", "server", "query", "token", "chunk", "embed", "answer",
                 "folder", "cache", "model", "latency", "budget", "config", "deploy", "backup", "restore"]
    while texts.count < count {
        let sentences = (0..<40).map { _ in
            (0..<12).map { _ in words.randomElement(using: &generator) ?? "x" }.joined(separator: " ") + "."
        }
        texts.append("# Page \(texts.count)\n\n" + sentences.joined(separator: " "))
    }
    return texts
}

func run(_ rag: RAG) async throws -> (IndexingSummary, Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let summary = try await rag.index { _ in }
    return (summary, clock.now - start)
}

let arguments = Arguments(CommandLine.arguments)
let folder = FileManager.default.temporaryDirectory.appending(path: "rag-bench-\(UUID().uuidString)")
defer { try? FileManager.default.removeItem(at: folder) }
let texts = corpusTexts(arguments.corpus, count: arguments.files)
for (index, text) in texts.enumerated() {
    let file = folder.appending(path: "d\(index / 100)/doc\(index).md")
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
}
let bytes = texts.reduce(0) { $0 + $1.utf8.count }
let embedder = LocalEmbedder()
let rag = try RAG.create(at: folder.appending(path: ".rag"), root: folder, settings: IndexSettings(embedder: embedder), embedder: embedder)

let (first, firstTime) = try await run(rag)
emit(["op": "index_first", "files": texts.count, "bytes": bytes, "chunks": first.chunks, "tokens": first.tokens,
      "embedding_calls": first.embeddingCalls, "seconds": seconds(firstTime), "mb_per_s": Double(bytes) / 1e6 / seconds(firstTime)])

let (second, secondTime) = try await run(rag)
emit(["op": "index_unchanged", "files": texts.count, "embedding_calls": second.embeddingCalls,
      "unchanged": second.unchanged.count, "seconds": seconds(secondTime)])

try Data((texts[0] + "\n\nAn added closing paragraph about walruses.\n").utf8).write(to: folder.appending(path: "d0/doc0.md"))
let (third, thirdTime) = try await run(rag)
emit(["op": "index_one_edit", "files": texts.count, "updated": third.updated.count, "chunks_embedded": third.chunksEmbedded,
      "seconds": seconds(thirdTime)])

let queries = ["how do I rotate the logs", "configure the server cache", "restore a backup", "token budget of a chunk",
               "search latency", "deploy the model"]
for mode in SearchMode.allKnown {
    var timings: [Double] = []
    let clock = ContinuousClock()
    for index in 0..<arguments.queries {
        let start = clock.now
        _ = try await rag.search(queries[index % queries.count], options: SearchOptions(k: 10, mode: mode))
        timings.append(seconds(clock.now - start) * 1000)
    }
    timings.sort()
    emit(["op": "search", "mode": mode.rawValue, "chunks": first.chunks, "k": 10, "median_ms": timings[timings.count / 2],
          "p90_ms": timings[Int(Double(timings.count) * 0.9)]])
}
