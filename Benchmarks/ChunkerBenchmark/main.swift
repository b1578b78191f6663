// chunk-bench: chunking throughput of RAGKit's chunkers on one corpus, as JSON lines.
//
//   chunk-bench --corpus FILE [--chunker token-window|recursive|heading|code] [--encoding cl100k_base]
//               [--size 800] [--overlap 400] [--rounds N]
//
// Each round times one call of `chunks(of:)` on the whole corpus as one document (tokenizer
// loaded beforehand), then checks the result covers the text. Benchmarks/ChunkerBenchmark/
// chunker_peers.py runs this program and chonkie's and semchunk's chunkers on the same corpus,
// interleaved, and prints the ratios; see the README's "Chunkers" section.
import Chunkers
import Foundation

struct Options {
    var corpus = ""
    var chunker = "token-window"
    var encoding = BPEEncoding.cl100kBase
    var size = 800
    var overlap = 400
    var rounds = 3

    init(_ arguments: [String]) throws {
        var remaining = arguments.makeIterator()
        while let argument = remaining.next() {
            guard let value = remaining.next() else { throw Failure("\(argument) needs a value") }
            switch argument {
            case "--corpus": corpus = value
            case "--chunker": chunker = value
            case "--encoding": encoding = BPEEncoding(rawValue: value)
            case "--size": size = try Self.positive(value, argument)
            case "--overlap": overlap = try Self.positive(value, argument, allowZero: true)
            case "--rounds": rounds = try Self.positive(value, argument)
            default: throw Failure("unknown option \(argument)")
            }
        }
        if corpus.isEmpty { throw Failure("give --corpus FILE") }
    }

    private static func positive(_ value: String, _ name: String, allowZero: Bool = false) throws -> Int {
        guard let number = Int(value), number > 0 || (allowZero && number == 0) else { throw Failure("\(name) needs a positive number") }
        return number
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

func makeChunker(_ options: Options, tokenizer: any Tokenizer) throws -> any Chunker {
    switch options.chunker {
    case "token-window": return try TokenWindowChunker(tokenizer: tokenizer, size: options.size, overlap: options.overlap)
    case "recursive": return try RecursiveChunker(tokenizer: tokenizer, size: options.size, overlap: options.overlap)
    case "heading": return try HeadingChunker(tokenizer: tokenizer, size: options.size, overlap: options.overlap)
    case "code": return try CodeChunker(tokenizer: tokenizer, size: options.size, overlap: options.overlap)
    default: throw Failure("unknown chunker \(options.chunker)")
    }
}

func run() throws {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let url = URL(fileURLWithPath: options.corpus)
    guard case .loaded(let document) = DocumentLoader().load(contentsOf: url, relativePath: url.lastPathComponent) else {
        throw Failure("cannot load \(options.corpus) as a document")
    }
    let tokenizer = try BPETokenizer.load(options.encoding)
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
            "bench": "chunker", "impl": "ragkit-\(options.chunker)", "encoding": options.encoding.rawValue,
            "size": options.size, "overlap": options.overlap, "round": round, "bytes": bytes, "chunks": chunks.count,
            "max_tokens": chunks.map(\.tokenCount).max() ?? 0, "seconds": seconds, "mb_per_s": Double(bytes) / 1e6 / seconds,
        ]))
    }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("chunk-bench: \(error)\n".utf8))
    exit(1)
}
