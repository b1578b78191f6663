// tokenizer-bench: single-thread encode throughput of BPETokenizer, as JSON lines.
//
//   tokenizer-bench --corpus FILE [--encoding cl100k_base|o200k_base] [--rounds N]
//   tokenizer-bench --corpus FILE --encoding E --dump-ids OUT     (one id per line, for comparison)
//   tokenizer-bench --text TEXT [--encoding E]                    (prints the ids as a JSON array)
//
// Benchmarks/TokenizerBenchmark/tiktoken_bench.py runs this program and tiktoken on the same
// corpus, interleaved, and prints both with their ratio; see the README's "Tokenizer" section.
import Chunkers
import Foundation

struct Options {
    var corpus: String?
    var text: String?
    var encodings = BPEEncoding.known
    var rounds = 5
    var dumpIDs: String?

    init(_ arguments: [String]) throws {
        var remaining = arguments.makeIterator()
        while let argument = remaining.next() {
            guard let value = remaining.next() else { throw Failure("\(argument) needs a value") }
            switch argument {
            case "--corpus": corpus = value
            case "--text": text = value
            case "--encoding": encodings = [BPEEncoding(rawValue: value)]
            case "--rounds":
                guard let rounds = Int(value), rounds > 0 else { throw Failure("--rounds needs a positive number") }
                self.rounds = rounds
            case "--dump-ids": dumpIDs = value
            default: throw Failure("unknown option \(argument)")
            }
        }
        if corpus == nil && text == nil { throw Failure("give --corpus FILE or --text TEXT") }
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func jsonLine(_ fields: [(String, Any)]) -> String {
    let body = fields.map { key, value in
        let rendered: String
        switch value {
        case let string as String: rendered = "\"\(string)\""
        case let number as Double: rendered = String(format: "%.3f", number)
        default: rendered = "\(value)"
        }
        return "\"\(key)\": \(rendered)"
    }
    return "{" + body.joined(separator: ", ") + "}"
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

func run() throws {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let clock = ContinuousClock()
    if let text = options.text {
        let tokenizer = try BPETokenizer.load(options.encodings[0])
        print("[" + tokenizer.encode(text).map(String.init).joined(separator: ",") + "]")
        return
    }
    guard let path = options.corpus else { return }
    let corpus = try String(contentsOfFile: path, encoding: .utf8)
    let megabytes = Double(corpus.utf8.count) / 1_000_000
    for encoding in options.encodings {
        let loadStart = clock.now
        let tokenizer = try BPETokenizer.load(encoding)
        let load = clock.now - loadStart
        print(jsonLine([("bench", "tokenizer"), ("impl", "ragkit"), ("encoding", encoding.rawValue),
                        ("op", "load"), ("ms", seconds(load) * 1000)]))
        if let output = options.dumpIDs {
            let ids = tokenizer.encode(corpus)
            try (ids.map(String.init).joined(separator: "\n") + "\n").write(toFile: output, atomically: true, encoding: .utf8)
            continue
        }
        for round in 1...options.rounds {
            var tokens = 0
            let elapsed = clock.measure { tokens = tokenizer.encode(corpus).count }
            print(jsonLine([("bench", "tokenizer"), ("impl", "ragkit"), ("encoding", encoding.rawValue),
                            ("op", "encode"), ("round", round), ("bytes", corpus.utf8.count), ("tokens", tokens),
                            ("seconds", seconds(elapsed)), ("mb_per_s", megabytes / seconds(elapsed))]))
        }
        var counted = 0
        let counting = clock.measure { counted = tokenizer.count(corpus) }
        print(jsonLine([("bench", "tokenizer"), ("impl", "ragkit"), ("encoding", encoding.rawValue),
                        ("op", "count"), ("bytes", corpus.utf8.count), ("tokens", counted),
                        ("seconds", seconds(counting)), ("mb_per_s", megabytes / seconds(counting))]))
    }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("tokenizer-bench: \(error)\n".utf8))
    exit(1)
}
