import Foundation
import Testing

@testable import VectorIndex

@Suite struct ConcurrencyTests {
    @Test("Searches running during writes each see whole batches and exact scores")
    func searchesDuringWrites() async throws {
        try await withTemporaryDirectory { directory in
            let dimensions = 16
            let batchSize = 250
            let batches = 24
            let database = try VectorDatabase(
                url: directory.appendingPathComponent("index.sqlite"), collection: .test(dimensions: dimensions),
                options: .init(threads: 2, synchronousCommits: false))
            var generator = SeededGenerator(seed: 8)
            let allBatches = (0..<batches).map { batch in
                (0..<batchSize).map { index in
                    VectorRecord(
                        id: "b\(batch)-\(index)", vector: generator.vector(dimensions: dimensions),
                        metadata: ["batch": .int(batch)])
                }
            }
            let query = generator.vector(dimensions: dimensions)
            // Every 4th batch is deleted again right after the next one lands; these are the survivors.
            let finalCount = (0..<batches).filter { $0 % 4 != 0 || $0 == batches - 1 }.count * batchSize

            try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask {
                    for (batch, records) in allBatches.enumerated() {
                        try database.upsert(records)
                        if batch > 0, (batch - 1) % 4 == 0 {
                            try database.delete(ids: allBatches[batch - 1].map(\.id))
                        }
                    }
                    return 0
                }
                for reader in 0..<4 {
                    group.addTask {
                        var searches = 0
                        while searches < 5000 {
                            let matches = try database.search(query, k: 100_000, filter: reader % 2 == 0 ? nil : .greaterThanOrEqual("batch", 0))
                            searches += 1
                            #expect(matches.count % batchSize == 0, "saw part of a batch: \(matches.count)")
                            #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.score >= $1.score })
                            if matches.count == finalCount { break }
                        }
                        return searches
                    }
                }
                for try await _ in group {}
            }
            #expect(database.count == finalCount)
            let reference = allBatches.joined().filter { database.contains(id: $0.id) }.map { (id: $0.id, vector: $0.vector) }
            expectSameResults(try database.search(query, k: 30), bruteForceSearch(query, records: reference, k: 30))
        }
    }
}

extension ConcurrencyTests {
    @Test("Concurrent writers never overwrite each other's records")
    func concurrentWriters() async throws {
        try await withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            let database = try VectorDatabase(
                url: url, collection: .test(dimensions: 4), options: .init(synchronousCommits: false))
            let writers = 4
            let batches = 25
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        var generator = SeededGenerator(seed: UInt64(writer))
                        for batch in 0..<batches {
                            try database.upsert((0..<20).map { index in
                                VectorRecord(id: "w\(writer)-\(batch)-\(index)", vector: generator.vector(dimensions: 4))
                            })
                            if batch % 5 == 4 { try database.delete(ids: ["w\(writer)-\(batch)-0"]) }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let expected = writers * batches * 20 - writers * (batches / 5)
            #expect(database.count == expected)
            let reopened = try VectorDatabase.open(url: url)
            #expect(reopened.count == expected)
            #expect(reopened.ids == database.ids)
        }
    }
}
