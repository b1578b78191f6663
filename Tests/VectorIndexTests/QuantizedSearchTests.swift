import CVectorKernels
import Foundation
import Testing

@testable import VectorIndex

@Suite struct QuantizedSearchTests {
    static let quantizations: [VectorQuantization] = [.int8, .float16]

    @Test("A quantized scan returns exact float32 scores and near-perfect recall", arguments: quantizations)
    func recallAndExactScores(quantization: VectorQuantization) throws {
        try withTemporaryDirectory { directory in
            let dimensions = 64
            var generator = SeededGenerator(seed: 17)
            let records = (0..<6000).map { VectorRecord(id: "r\($0)", vector: generator.vector(dimensions: dimensions)) }
            let url = directory.appendingPathComponent("index.sqlite")
            try VectorDatabase(url: url, collection: .test(dimensions: dimensions)).upsert(records)
            let quantized = try VectorDatabase.open(url: url, options: .init(threads: 2, quantization: quantization))
            let reference = records.map { (id: $0.id, vector: $0.vector) }
            var hits = 0
            let queries = generator.vectors(count: 20, dimensions: dimensions)
            for query in queries {
                let matches = try quantized.search(query, k: 10)
                let ranking = bruteForceSearch(query, records: reference, k: reference.count)
                #expect(matches.count == 10)
                hits += Set(matches.map(\.id)).intersection(ranking.prefix(10).map(\.id)).count
                let exact = Dictionary(uniqueKeysWithValues: ranking.map { ($0.id, $0.score) })
                for match in matches { #expect(abs(Double(match.score) - (exact[match.id] ?? 9)) < 1e-5) }
                #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.score >= $1.score })
            }
            // iid Gaussian data is the hardest case for a shortlist; 64 re-scored candidates still find nearly all.
            #expect(Double(hits) / Double(10 * queries.count) >= 0.98)
            let batch = try quantized.search(batch: queries, k: 10)
            for (query, matches) in zip(queries, batch) {
                expectSameResults(matches, bruteForceSearch(query, records: reference, k: 10))
            }
        }
    }

    @Test("The quantized copy follows upserts, replacements, deletes and compaction", arguments: quantizations)
    func staysInSync(quantization: VectorQuantization) throws {
        try withTemporaryDirectory { directory in
            let dimensions = 24
            var generator = SeededGenerator(seed: 23)
            let url = directory.appendingPathComponent("index.sqlite")
            let index = try VectorDatabase(
                url: url, collection: .test(dimensions: dimensions), options: .init(threads: 2, quantization: quantization))
            var live: [String: [Float]] = [:]
            for round in 0..<6 {
                let batch = (0..<1500).map { offset in
                    VectorRecord(id: "id\((round * 700 + offset) % 4000)", vector: generator.vector(dimensions: dimensions))
                }
                try index.upsert(batch)
                for record in batch { live[record.id] = record.vector }
                let doomed = live.keys.sorted().enumerated().filter { $0.offset % 3 == round % 3 }.map(\.element)
                try index.delete(ids: doomed)
                for id in doomed { live[id] = nil }
            }
            #expect(index.count == live.count)
            for (id, vector) in live.sorted(by: { $0.key < $1.key }).prefix(200) {
                let top = try index.search(vector, k: 1)
                #expect(top.first?.id == id)
                #expect(abs((top.first?.score ?? 0) - 1) < 1e-5)
            }
            let reopened = try VectorDatabase.open(url: url, options: .init(quantization: quantization))
            let query = generator.vector(dimensions: dimensions)
            #expect(try reopened.search(query, k: 10) == (try index.search(query, k: 10)))
        }
    }

    @Test("int8 quantisation keeps every component within half a step", arguments: [1, 5, 64, 1536])
    func int8Quantisation(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count))
        let values = generator.vector(dimensions: count)
        var codes = [Int8](repeating: 0, count: count)
        let scale = vik_quantize_int8(values, count, &codes)
        let largest = values.map { abs($0) }.max() ?? 0
        #expect(abs(scale - largest / 127) <= largest * 1e-6)
        for (value, code) in zip(values, codes) { #expect(abs(Float(code) * scale - value) <= scale / 2 * 1.0001) }
        var zeros = [Int8](repeating: 1, count: 3)
        #expect(vik_quantize_int8([0, 0, 0], 3, &zeros) == 0)
        #expect(zeros == [0, 0, 0])
    }

    static let halfCases: [(value: Float, bits: UInt16)] = [
        (1, 0x3C00), (-2, 0xC000), (0, 0), (-0.0, 0x8000), (65504, 0x7BFF), (65520, 0x7C00), (.infinity, 0x7C00),
        (0x1p-24, 0x0001), (1 + 0x1p-11, 0x3C00), (1 + 0x1.8p-10, 0x3C02), (0.1, 0x2E66),
    ]

    @Test("Half-precision conversion rounds to nearest even", arguments: halfCases)
    func halfConversion(value: Float, bits: UInt16) {
        // 17 copies: the vector path converts the first 16, the scalar tail the last.
        var halves = [UInt16](repeating: 0xFFFF, count: 17)
        vik_float_to_half(Array(repeating: value, count: 17), 17, &halves)
        #expect(halves == Array(repeating: bits, count: 17))
    }

    @Test("Kernel scores agree with float32 dot products", arguments: [3, 16, 33, 384])
    func kernelScores(dimensions: Int) {
        var generator = SeededGenerator(seed: 40 + UInt64(dimensions))
        let rows = 7
        let matrix = generator.vectors(count: rows, dimensions: dimensions)
        let query = generator.vector(dimensions: dimensions)
        let exact = matrix.map { row in zip(row, query).reduce(Float(0)) { $0 + $1.0 * $1.1 } }
        let norm = query.map { abs($0) }.reduce(0, +)

        var halves = [UInt16](repeating: 0, count: rows * dimensions)
        vik_float_to_half(Array(matrix.joined()), rows * dimensions, &halves)
        var halfScores = [Float](repeating: 0, count: rows)
        vik_score_float16(halves, rows, dimensions, query, &halfScores)
        for (score, reference) in zip(halfScores, exact) { #expect(abs(score - reference) < norm * 4e-3) }

        var codes = [Int8](repeating: 0, count: rows * dimensions)
        var scales = [Float](repeating: 0, count: rows)
        for row in 0..<rows {
            scales[row] = codes.withUnsafeMutableBufferPointer {
                vik_quantize_int8(matrix[row], dimensions, $0.baseAddress! + row * dimensions)
            }
        }
        var queryCodes = [Int8](repeating: 0, count: dimensions)
        let queryScale = vik_quantize_int8(query, dimensions, &queryCodes)
        var intScores = [Float](repeating: 0, count: rows)
        vik_score_int8(codes, scales, rows, dimensions, queryCodes, queryScale, &intScores)
        let expectedInt = (0..<rows).map { row in
            Float((0..<dimensions).reduce(0) { $0 + Int(codes[row * dimensions + $1]) * Int(queryCodes[$1]) })
                * scales[row] * queryScale
        }
        #expect(intScores == expectedInt)
        let largest = matrix.flatMap { $0 }.map { abs($0) }.max() ?? 1
        for (score, reference) in zip(intScores, exact) { #expect(abs(score - reference) < Float(dimensions) * largest * 0.05) }
    }
}
