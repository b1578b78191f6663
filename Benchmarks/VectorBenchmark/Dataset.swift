import Foundation

/// Vectors, queries and exact ground truth for one (n, d) configuration.
struct Dataset {
    var name: String
    var count: Int
    var dimensions: Int
    /// `count` x `dimensions` row-major float32, L2-normalised; memory-mapped from the dump, so a run that reuses
    /// an index keeps them out of its own memory until it reads them.
    var vectors: Data
    /// Query rows, `dimensions` floats each.
    var queries: [Float]
    var queryCount: Int
    /// Exact top-k row indices per query, best first (`groundTruthK` per query), or empty when unknown.
    var groundTruth: [Int32]
    var groundTruthK: Int
    var singleQueryRows: Int
    var batchRows: Int

    func vector(_ row: Int) -> [Float] {
        let stride = dimensions * MemoryLayout<Float>.stride
        return [Float](unsafeUninitializedCapacity: dimensions) { buffer, initialized in
            vectors.copyBytes(to: buffer, from: (row * stride)..<((row + 1) * stride))
            initialized = dimensions
        }
    }

    func query(_ index: Int) -> [Float] {
        Array(queries[(index * dimensions)..<((index + 1) * dimensions)])
    }

    func truth(_ query: Int, k: Int) -> Set<Int>? {
        guard !groundTruth.isEmpty, k <= groundTruthK else { return nil }
        let start = query * groundTruthK
        return Set(groundTruth[start..<(start + k)].map(Int.init))
    }

    /// Loads a directory written by `peers.py --dump` (`X.f32`, `Q.f32`, `gt.i32`, `meta.json`).
    static func load(directory: URL) throws -> Dataset {
        struct Meta: Decodable {
            var n: Int
            var d: Int
            var nq: Int
            var k: Int
            var single_query_rows: Int?
            var batch_rows: Int?
        }
        let meta = try JSONDecoder().decode(Meta.self, from: Data(contentsOf: directory.appendingPathComponent("meta.json")))
        func mapped(_ name: String, count: Int) throws -> Data {
            let data = try Data(contentsOf: directory.appendingPathComponent(name), options: .alwaysMapped)
            guard data.count == count * 4 else {
                throw BenchmarkError("\(name) has \(data.count) bytes, expected \(count * 4)")
            }
            return data
        }
        func floats(_ name: String, count: Int) throws -> [Float] {
            let data = try mapped(name, count: count)
            return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                _ = data.copyBytes(to: buffer)
                initialized = count
            }
        }
        let truthData = try Data(contentsOf: directory.appendingPathComponent("gt.i32"))
        let truth = [Int32](unsafeUninitializedCapacity: truthData.count / 4) { buffer, initialized in
            _ = truthData.copyBytes(to: buffer)
            initialized = truthData.count / 4
        }
        return Dataset(
            name: directory.lastPathComponent, count: meta.n, dimensions: meta.d,
            vectors: try mapped("X.f32", count: meta.n * meta.d),
            queries: try floats("Q.f32", count: meta.nq * meta.d), queryCount: meta.nq,
            groundTruth: truth, groundTruthK: meta.k,
            singleQueryRows: meta.single_query_rows ?? min(30, meta.nq), batchRows: meta.batch_rows ?? min(100, meta.nq))
    }

    /// Seeded Gaussian vectors, L2-normalised; no ground truth (the float32 scan provides it).
    static func synthetic(count: Int, dimensions: Int, queryCount: Int, seed: UInt64) -> Dataset {
        var generator = SplitMix64(seed: seed)
        func normalisedRows(_ rows: Int) -> [Float] {
            var values = [Float](repeating: 0, count: rows * dimensions)
            for row in 0..<rows {
                var sum = 0.0
                for column in 0..<dimensions {
                    let value = generator.gaussian()
                    values[row * dimensions + column] = value
                    sum += Double(value) * Double(value)
                }
                let scale = Float(1 / sum.squareRoot())
                for column in 0..<dimensions { values[row * dimensions + column] *= scale }
            }
            return values
        }
        return Dataset(
            name: "synthetic_\(count)_\(dimensions)", count: count, dimensions: dimensions,
            vectors: normalisedRows(count).withUnsafeBytes { Data($0) }, queries: normalisedRows(queryCount), queryCount: queryCount,
            groundTruth: [], groundTruthK: 0, singleQueryRows: min(30, queryCount), batchRows: queryCount)
    }
}

/// SplitMix64 with Box-Muller Gaussians: the same data on every run and platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func gaussian() -> Float {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        return Float((-2 * log(u1)).squareRoot() * cos(2 * .pi * u2))
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
