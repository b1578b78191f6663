import Foundation
import Testing

@testable import VectorIndex

/// A small deterministic generator (SplitMix64), so every test sees the same "random" data on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal sample (Box-Muller).
    mutating func gaussian() -> Float {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        return Float((-2 * log(u1)).squareRoot() * cos(2 * .pi * u2))
    }

    mutating func vector(dimensions: Int) -> [Float] {
        (0..<dimensions).map { _ in gaussian() }
    }

    mutating func vectors(count: Int, dimensions: Int) -> [[Float]] {
        (0..<count).map { _ in vector(dimensions: dimensions) }
    }
}

/// Runs `body` with a fresh empty directory that is removed afterwards.
func withTemporaryDirectory<Result>(_ body: (URL) throws -> Result) throws -> Result {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("VectorIndexTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

/// The async flavour of ``withTemporaryDirectory(_:)``.
func withTemporaryDirectory<Result>(_ body: (URL) async throws -> Result) async throws -> Result {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("VectorIndexTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try await body(directory)
}

/// The exact answer computed the slow way, in Double: cosine similarity, best first, ties by insertion position.
func bruteForceSearch(
    _ query: [Float], records: [(id: String, vector: [Float])], k: Int, where include: (Int) -> Bool = { _ in true }
) -> [(id: String, score: Double)] {
    var scored: [(position: Int, score: Double)] = []
    scored.reserveCapacity(records.count)
    query.withUnsafeBufferPointer { q in
        var queryNorm = 0.0
        for i in 0..<q.count { queryNorm += Double(q[i]) * Double(q[i]) }
        queryNorm = queryNorm.squareRoot()
        for position in records.indices where include(position) {
            records[position].vector.withUnsafeBufferPointer { v in
                var dot = 0.0
                var norm = 0.0
                for i in 0..<q.count {
                    let x = Double(v[i])
                    dot += x * Double(q[i])
                    norm += x * x
                }
                scored.append((position, dot / (queryNorm * norm.squareRoot())))
            }
        }
    }
    scored.sort { $0.score > $1.score || ($0.score == $1.score && $0.position < $1.position) }
    return scored.prefix(k).map { (records[$0.position].id, $0.score) }
}

/// Expects `matches` to be exactly `expected`: the same ids in the same order, scores within float32 rounding.
func expectSameResults(
    _ matches: [VectorMatch], _ expected: [(id: String, score: Double)],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(matches.map(\.id) == expected.map(\.id), sourceLocation: sourceLocation)
    for (match, reference) in zip(matches, expected) {
        #expect(abs(Double(match.score) - reference.score) < 1e-5, sourceLocation: sourceLocation)
    }
}

extension VectorCollectionInfo {
    static func test(dimensions: Int) -> Self { Self(model: "test-model", dimensions: dimensions) }
}
