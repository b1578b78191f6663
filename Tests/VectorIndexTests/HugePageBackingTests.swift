import Foundation
import Testing

@testable import VectorIndex

@Suite struct HugePageBackingTests {
    /// An index state of `rows` float32 rows of 1,024 components (4 KiB each), every component its row number.
    private static func state(rows: Int, quantization: VectorQuantization = .none) -> IndexState {
        let state = IndexState(dimensions: 1024, capacity: rows, quantization: quantization)
        for row in 0..<rows {
            let vector = [Float](repeating: Float(row), count: 1024)
            state.upsert(id: "r\(row)", storedRow: Int64(row + 1), metadata: [:], vector: vector)
        }
        return state
    }

    /// Every float32 value, and the quantized copy's score of every row against a fixed query.
    private static func contents(_ state: IndexState) -> (floats: Bool, quantizedScores: [Float]) {
        let floats = (0..<state.rowCount).allSatisfy { row in
            UnsafeBufferPointer(start: state.matrix.row(row), count: 1024).allSatisfy { $0 == Float(row) }
        }
        guard let quantized = state.quantized else { return (floats, []) }
        let query = (0..<1024).map { Float($0 % 7) - 3 }
        let prepared = query.withUnsafeBufferPointer { quantized.prepare($0.baseAddress!) }
        var scores = [Float](repeating: 0, count: state.rowCount)
        scores.withUnsafeMutableBufferPointer { quantized.score(rows: 0..<state.rowCount, query: prepared, into: $0.baseAddress!) }
        return (floats, scores)
    }

    @Test(
        "A pass moves the whole pages of the matrices onto huge pages and changes no value",
        arguments: [(VectorQuantization.none, 3000, 5), (.int8, 10_500, 25)])
    func passCollapsesMatrices(quantization: VectorQuantization, rows: Int, expectedPages: Int) throws {
        let locked = ReadWriteLock(Self.state(rows: rows, quantization: quantization))
        let backing = HugePageBacking()
        let before = locked.withReadLock { Self.contents($0) }
        let pageCount = locked.withReadLock { $0.hugePageCount }
        #if os(Linux)
        #expect(pageCount == expectedPages)
        #endif
        let supported = locked.withReadLock { $0.collapseHugePage(0) } == .backed
        backing.schedule(locked)
        backing.waitUntilIdle()
        try locked.withReadLock { state in
            let after = Self.contents(state)
            #expect(before.floats && after.floats)
            #expect(after.quantizedScores == before.quantizedScores)
            guard supported else { return }  // no MADV_COLLAPSE on this kernel
            let backed = try #require(HugePageProbe.hugePageBytes(containing: state.matrix.row(0)))
            #expect(backed >= state.matrix.hugePageCount * AlignedAllocation.hugePageSize)
        }
    }

    @Test("A pass stops once the index it works for is gone")
    func passStopsWhenIndexCloses() {
        let backing = HugePageBacking()
        var locked: ReadWriteLock<IndexState>? = ReadWriteLock(Self.state(rows: 3000))
        weak let watched = locked
        if let locked { backing.schedule(locked) }
        locked = nil
        backing.waitUntilIdle()
        #expect(watched == nil)
    }

    @Test("Searches and writes during the pass see exact results, before and after it ends")
    func searchesDuringPass() async throws {
        try await withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            let records = VectorDatabaseTests.records(count: 2600, dimensions: 1024, seed: 31)
            do {
                let index = try VectorDatabase(
                    url: url, collection: .test(dimensions: 1024), options: .init(hugePages: false))
                try index.upsert(records)
            }
            let index = try VectorDatabase.open(url: url, options: .init(threads: 2))
            var generator = SeededGenerator(seed: 32)
            let queries = generator.vectors(count: 8, dimensions: 1024)
            let extra = VectorDatabaseTests.records(count: 300, dimensions: 1024, seed: 33)
                .map { VectorRecord(id: "extra-\($0.id)", vector: $0.vector) }
            // Searches race the pass the open started and the one the write below starts.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for query in queries {
                    group.addTask {
                        let reference = records.map { (id: $0.id, vector: $0.vector) }
                        let matches = try index.search(query, k: 10)
                        let withExtra = reference + extra.map { (id: $0.id, vector: $0.vector) }
                        // The write may or may not have landed when the search ran; either answer is exact.
                        let before = bruteForceSearch(query, records: reference, k: 10).map(\.id)
                        let after = bruteForceSearch(query, records: withExtra, k: 10).map(\.id)
                        #expect(matches.map(\.id) == before || matches.map(\.id) == after)
                    }
                }
                group.addTask { try index.upsert(extra) }
                try await group.waitForAll()
            }
            await index.waitForBackgroundWork()
            let all = (records + extra).map { (id: $0.id, vector: $0.vector) }
            for query in queries {
                expectSameResults(try index.search(query, k: 10), bruteForceSearch(query, records: all, k: 10))
            }
        }
    }
}
