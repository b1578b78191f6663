// chunk-bench: chunking throughput of RAGKit's chunkers on one corpus, as JSON lines.
//
//   chunk-bench --corpus FILE [--chunker token-window|recursive|heading|code] [--encoding cl100k_base]
//               [--size 800] [--overlap 400] [--rounds N]
//
// Each round times one call of `chunks(of:)` on the whole corpus as one document (tokenizer
// loaded beforehand), then checks the result covers the text. Benchmarks/ChunkerBenchmark/
// chunker_peers.py runs this program and chonkie's and semchunk's chunkers on the same corpus,
// interleaved, and prints the ratios; see the README's "Chunkers" section.
import ArgumentParser
import Chunkers
import Foundation

struct ChunkBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chunk-bench", abstract: "Time a RAGKit chunker on one corpus, printing JSON lines.")

    @Option(help: ArgumentHelp("The text file to chunk, as one document.", valueName: "file"))
    var corpus: String

    @Option(help: "The chunker: token-window, recursive, heading or code.")
    var chunker = "token-window"

    @Option(help: "The BPE encoding that counts tokens.")
    var encoding = "cl100k_base"

    @Option(help: "The most tokens per chunk.")
    var size = 800

    @Option(help: "The tokens shared by neighbouring chunks.")
    var overlap = 400

    @Option(help: "Timed rounds.")
    var rounds = 3

    func validate() throws {
        guard rounds > 0 else { throw ValidationError("--rounds needs a positive number") }
    }

    func run() throws {
        try measure(self)
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func jsonLine(_ fields: KeyValuePairs<String, Any>) -> String {
    let body = fields.map { key, value in
        switch value {
        case let string as String: return "\"\(key)\": \"\(string)\""
        case let number as Double: return "\"\(key)\": \(String(format: "%.4f", number))"
        default: return "\"\(key)\": \(value)"
        }
    }
    return "{" + body.joined(separator: ", ") + "}"
}

func makeChunker(_ options: ChunkBench, tokenizer: any Tokenizer) throws -> any Chunker {
    switch options.chunker {
    case "token-window": return try TokenWindowChunker(tokenizer: tokenizer, size: options.size, overlap: options.overlap)
    case "recursive": return try RecursiveChunker(tokenizer: tokenizer, size: options.size, overlap: options.overlap)
    case "heading": return try HeadingChunker(tokenizer: tokenizer, size: options.size, overlap: options.overlap)
    case "code": return try CodeChunker(tokenizer: tokenizer, size: options.size, overlap: options.overlap)
    default: throw Failure("unknown chunker \(options.chunker)")
    }
}

func measure(_ options: ChunkBench) throws {
    let url = URL(fileURLWithPath: options.corpus)
    guard case .loaded(let document) = DocumentLoader().load(contentsOf: url, relativePath: url.lastPathComponent) else {
        throw Failure("cannot load \(options.corpus) as a document")
    }
    let encoding = BPEEncoding(rawValue: options.encoding)
    let tokenizer = try BPETokenizer.load(encoding)
    let chunker = try makeChunker(options, tokenizer: tokenizer)
    let bytes = document.text.utf8.count
    // One untimed pass over the first 256 KB builds the tokenizer's lazily made tables, as the
    // peers' script warms theirs, so every timed round measures steady-state chunking.
    var warmUp = document
    warmUp.text = String(decoding: document.text.utf8.prefix(256 << 10), as: UTF8.self)
    _ = chunker.chunks(of: warmUp)
    let clock = ContinuousClock()
    for round in 1...options.rounds {
        let start = clock.now
        let chunks = chunker.chunks(of: document)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        guard chunks.first?.byteRange.lowerBound == 0, chunks.last?.byteRange.upperBound == bytes else {
            throw Failure("the chunks do not cover the corpus")
        }
        print(jsonLine([
            "bench": "chunker", "impl": "ragkit-\(options.chunker)", "encoding": encoding.rawValue,
            "size": options.size, "overlap": options.overlap, "round": round, "bytes": bytes, "chunks": chunks.count,
            "max_tokens": chunks.map(\.tokenCount).max() ?? 0, "seconds": seconds, "mb_per_s": Double(bytes) / 1e6 / seconds,
        ]))
    }
}

ChunkBench.main()
