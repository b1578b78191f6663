// vector-bench: measures VectorIndex (build, open, single-query and batch search, recall) on the data sets written
// by `python3 ../shared/bench/peers.py --dump DIR`, or on seeded synthetic data, printing JSON lines shaped like
// peers.py's so the figures sit beside numpy, faiss, usearch and sqlite-vec from one run.
import Foundation
import VectorIndex

let usage = """
    usage: vector-bench (--data DIR [--sets N_D,...] | --synthetic --n N --d D) [--k 10] [--threads 2]
                        [--queries 30] [--batch 100] [--budget-s 25] [--index-dir DIR] [--keep-index]
                        [--reuse-index]

      --data DIR      a peers.py --dump directory (holding N_D subdirectories) or one N_D directory
      --sets LIST     only these N_D subdirectories, e.g. 100000_1536,1000000_384
      --synthetic     generate seeded, L2-normalised Gaussian vectors instead (no Python needed)
      --n, --d        size of the synthetic data set (default 20000 x 384)
      --k             neighbours per query (default 10)
      --threads       scan threads (default 2)
      --queries       single-query samples (default 30, at most what the data set has)
      --batch         queries per batch (default 100)
      --budget-s      time cap per measurement loop, seconds (default 25, at least 3 samples)
      --index-dir     where the SQLite index is built (default: the temporary directory)
      --keep-index    leave the index file behind
      --reuse-index   measure an index a --keep-index run left behind instead of building one (no upsert line);
                      the index is kept
    """

struct Arguments {
    var data: String?
    var sets: [String] = []
    var synthetic = false
    var n = 20000
    var d = 384
    var k = 10
    var threads = 2
    var queries = 30
    var batch = 100
    var budget = 25.0
    var indexDirectory = FileManager.default.temporaryDirectory.path
    var keepIndex = false
    var reuseIndex = false

    static func parse(_ arguments: [String]) throws -> Arguments {
        var parsed = Arguments()
        var iterator = arguments.makeIterator()
        func value(_ flag: String) throws -> String {
            guard let value = iterator.next() else { throw BenchmarkError("\(flag) needs a value\n\(usage)") }
            return value
        }
        func integer(_ flag: String) throws -> Int {
            guard let number = Int(try value(flag)), number > 0 else {
                throw BenchmarkError("\(flag) needs a positive integer")
            }
            return number
        }
        while let argument = iterator.next() {
            switch argument {
            case "--data": parsed.data = try value(argument)
            case "--sets": parsed.sets = try value(argument).split(separator: ",").map(String.init)
            case "--synthetic": parsed.synthetic = true
            case "--n": parsed.n = try integer(argument)
            case "--d": parsed.d = try integer(argument)
            case "--k": parsed.k = try integer(argument)
            case "--threads": parsed.threads = try integer(argument)
            case "--queries": parsed.queries = try integer(argument)
            case "--batch": parsed.batch = try integer(argument)
            case "--budget-s":
                guard let budget = Double(try value(argument)), budget > 0 else {
                    throw BenchmarkError("--budget-s needs a positive number")
                }
                parsed.budget = budget
            case "--index-dir": parsed.indexDirectory = try value(argument)
            case "--keep-index": parsed.keepIndex = true
            case "--reuse-index": parsed.reuseIndex = true
            case "-h", "--help":
                print(usage)
                exit(0)
            default: throw BenchmarkError("unknown argument \(argument)\n\(usage)")
            }
        }
        guard parsed.synthetic != (parsed.data != nil) else {
            throw BenchmarkError("pass either --data DIR or --synthetic\n\(usage)")
        }
        return parsed
    }

    func datasets() throws -> [() throws -> Dataset] {
        if synthetic {
            return [{ Dataset.synthetic(count: n, dimensions: d, queryCount: max(queries, batch), seed: 42) }]
        }
        guard let data else { return [] }
        let root = URL(fileURLWithPath: data)
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("meta.json").path) {
            return [{ try Dataset.load(directory: root) }]
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("\($0)/meta.json").path) }
            .filter { sets.isEmpty || sets.contains($0) }
            .sorted()
        guard !names.isEmpty else { throw BenchmarkError("no peers.py dump (N_D/meta.json) under \(data)") }
        return names.map { name in { try Dataset.load(directory: root.appendingPathComponent(name)) } }
    }
}

do {
    if CommandLine.arguments.dropFirst().first == FreshProcessOpen.flag {
        try FreshProcessOpen.runChild(Array(CommandLine.arguments.dropFirst(2)))
        exit(0)
    }
    let arguments = try Arguments.parse(Array(CommandLine.arguments.dropFirst()))
    for loadDataset in try arguments.datasets() {
        try VectorBenchmark(arguments: arguments, dataset: try loadDataset()).run()
    }
} catch {
    FileHandle.standardError.write(Data("vector-bench: \(error)\n".utf8))
    exit(1)
}
