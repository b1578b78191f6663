import Foundation
import Testing

@testable import VectorIndex

@Suite struct VectorDatabaseTests {
    static func records(count: Int, dimensions: Int, seed: UInt64, idPrefix: String = "r") -> [VectorRecord] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            VectorRecord(
                id: "\(idPrefix)\(index)", vector: generator.vector(dimensions: dimensions),
                metadata: ["index": .int(index), "parity": .string(index % 2 == 0 ? "even" : "odd")])
        }
    }

    @Test("Creates an index, records its collection and reopens it", arguments: [1, 7, 384])
    func createAndReopen(dimensions: Int) throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            let collection = VectorCollectionInfo(model: "m-\(dimensions)", dimensions: dimensions)
            do {
                let index = try VectorDatabase(url: url, collection: collection)
                #expect(index.collection == collection)
                #expect(index.count == 0)
                try index.upsert(Self.records(count: 3, dimensions: dimensions, seed: 1))
                #expect(index.count == 3)
            }
            let reopened = try VectorDatabase.open(url: url)
            #expect(reopened.collection == collection)
            #expect(reopened.count == 3)
            #expect(reopened.contains(id: "r1"))
            #expect(!reopened.contains(id: "r3"))
            #expect(reopened.ids == ["r0", "r1", "r2"])
            let again = try VectorDatabase(url: url, collection: collection)
            #expect(again.count == 3)
        }
    }

    @Test(
        "Search returns exactly the brute-force top k",
        arguments: [
            (count: 300, dimensions: 16, k: 10, threads: 1),
            (count: 5000, dimensions: 24, k: 7, threads: 2),
            (count: 9000, dimensions: 3, k: 25, threads: 3),
            (count: 6, dimensions: 8, k: 10, threads: 2),
        ])
    func exactness(count: Int, dimensions: Int, k: Int, threads: Int) throws {
        try withTemporaryDirectory { directory in
            let index = try VectorDatabase(
                url: directory.appendingPathComponent("index.sqlite"), collection: .test(dimensions: dimensions),
                options: .init(threads: threads))
            let records = Self.records(count: count, dimensions: dimensions, seed: UInt64(count))
            try index.upsert(records)
            var generator = SeededGenerator(seed: 99)
            let reference = records.map { (id: $0.id, vector: $0.vector) }
            for _ in 0..<5 {
                let query = generator.vector(dimensions: dimensions)
                let matches = try index.search(query, k: k)
                #expect(matches.count == min(k, count))
                expectSameResults(matches, bruteForceSearch(query, records: reference, k: k))
            }
        }
    }

    @Test("A batch search returns what single searches return", arguments: [1, 2])
    func batchEqualsSingles(threads: Int) throws {
        try withTemporaryDirectory { directory in
            let index = try VectorDatabase(
                url: directory.appendingPathComponent("index.sqlite"), collection: .test(dimensions: 32),
                options: .init(threads: threads))
            let records = Self.records(count: 6000, dimensions: 32, seed: 5)
            try index.upsert(records)
            var generator = SeededGenerator(seed: 6)
            let queries = generator.vectors(count: 17, dimensions: 32)
            let batch = try index.search(batch: queries, k: 10)
            #expect(batch.count == queries.count)
            let reference = records.map { (id: $0.id, vector: $0.vector) }
            for (query, matches) in zip(queries, batch) {
                #expect(matches == (try index.search(query, k: 10)))
                expectSameResults(matches, bruteForceSearch(query, records: reference, k: 10))
            }
            #expect(try index.search(batch: [], k: 3).isEmpty)
        }
    }

    @Test("Reopening gives identical results")
    func persistenceRoundTrip() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            var generator = SeededGenerator(seed: 11)
            let queries = generator.vectors(count: 8, dimensions: 48)
            let before: [[VectorMatch]]
            do {
                let index = try VectorDatabase(url: url, collection: .test(dimensions: 48))
                try index.upsert(Self.records(count: 2500, dimensions: 48, seed: 12))
                try index.delete(ids: (0..<2500).filter { $0 % 7 == 0 }.map { "r\($0)" })
                try index.upsert(Self.records(count: 100, dimensions: 48, seed: 13, idPrefix: "late"))
                before = try index.search(batch: queries, k: 12, filter: .equals("parity", "odd"))
            }
            let reopened = try VectorDatabase.open(url: url)
            #expect(reopened.count == 2500 - 358 + 100)
            let after = try reopened.search(batch: queries, k: 12, filter: .equals("parity", "odd"))
            #expect(after == before)
        }
    }

    @Test(
        "An index large enough for a kernel-mapped matrix reopens with every row intact",
        arguments: [VectorQuantization.none, .int8])
    func largeMatrixRoundTrip(quantization: VectorQuantization) throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            // 2,100 x 1,024 float32 rows (8.6 MB) cross the size from which the matrix is mapped and populated from
            // a second thread while the load fills it.
            let records = Self.records(count: 2100, dimensions: 1024, seed: 21)
            do {
                let index = try VectorDatabase(url: url, collection: .test(dimensions: 1024))
                try index.upsert(records)
            }
            let reopened = try VectorDatabase.open(url: url, options: .init(threads: 2, quantization: quantization))
            #expect(reopened.count == records.count)
            for position in [0, 1, 1049, 1050, 2098, 2099] {
                let match = try #require(try reopened.search(records[position].vector, k: 1).first)
                #expect(match.id == records[position].id)
                #expect(abs(match.score - 1) < 1e-5)
            }
            var generator = SeededGenerator(seed: 22)
            let reference = records.map { (id: $0.id, vector: $0.vector) }
            for query in generator.vectors(count: 3, dimensions: 1024) {
                expectSameResults(try reopened.search(query, k: 10), bruteForceSearch(query, records: reference, k: 10))
            }
        }
    }

    @Test("Ties are broken by insertion order, and a replaced record keeps its place")
    func deterministicTies() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            let index = try VectorDatabase(url: url, collection: .test(dimensions: 4))
            // Components whose products and sums are exact in float32, so every row scores exactly 1 or 0.
            let same: [Float] = [2, 0, 0, 0]
            try index.upsert(["c", "a", "d"].map { VectorRecord(id: $0, vector: same) })
            try index.upsert([VectorRecord(id: "other", vector: [0, 1, 0, 0]), VectorRecord(id: "b", vector: same)])
            try index.upsert([VectorRecord(id: "a", vector: [0, 0, 3, 0])])
            try index.upsert([VectorRecord(id: "a", vector: [5, 0, 0, 0])])
            let matches = try index.search([1, 0, 0, 0], k: 5)
            #expect(matches.map(\.id) == ["c", "a", "d", "b", "other"])
            #expect(matches.map(\.score) == [1, 1, 1, 1, 0])
            let reopened = try VectorDatabase.open(url: url)
            #expect(try reopened.search([1, 0, 0, 0], k: 5) == matches)
        }
    }

    @Test("Upserting an existing id replaces its vector and metadata")
    func upsertReplaces() throws {
        try withTemporaryDirectory { directory in
            let index = try VectorDatabase(
                url: directory.appendingPathComponent("index.sqlite"), collection: .test(dimensions: 3))
            try index.upsert([
                VectorRecord(id: "x", vector: [1, 0, 0], metadata: ["tag": "old"]),
                VectorRecord(id: "y", vector: [0, 1, 0], metadata: ["tag": "old"]),
            ])
            try index.upsert([VectorRecord(id: "x", vector: [0, 0, 1], metadata: ["tag": "new"])])
            #expect(index.count == 2)
            #expect(try index.search([0, 0, 1], k: 1) == [VectorMatch(id: "x", score: 1)])
            #expect(try index.search([0, 0, 1], k: 2, filter: .equals("tag", "old")).map(\.id) == ["y"])
        }
    }

    @Test("Incremental upserts and deletes give the same results as a fresh build")
    func incrementalEqualsFresh() throws {
        try withTemporaryDirectory { directory in
            let dimensions = 20
            let incremental = try VectorDatabase(
                url: directory.appendingPathComponent("incremental.sqlite"), collection: .test(dimensions: dimensions))
            var generator = SeededGenerator(seed: 21)
            var truth: [String: VectorRecord] = [:]
            var order: [String] = []
            for round in 0..<12 {
                let batch = (0..<400).map { offset -> VectorRecord in
                    // Reuses ids across rounds, so later rounds replace earlier records.
                    let id = "id\((round * 257 + offset * 13) % 3000)"
                    return VectorRecord(
                        id: id, vector: generator.vector(dimensions: dimensions), metadata: ["round": .int(round)])
                }
                try incremental.upsert(batch)
                for record in batch {
                    if truth[record.id] == nil { order.append(record.id) }
                    truth[record.id] = record
                }
                let doomed = order.enumerated().filter { ($0.offset + round) % 5 == 0 }.map(\.element)
                #expect(try incremental.delete(ids: doomed + ["missing"]) == doomed.count)
                for id in doomed { truth[id] = nil }
                order.removeAll { truth[$0] == nil }
            }
            let fresh = try VectorDatabase(
                url: directory.appendingPathComponent("fresh.sqlite"), collection: .test(dimensions: dimensions))
            try fresh.upsert(order.compactMap { truth[$0] })
            #expect(incremental.count == fresh.count)
            #expect(incremental.ids == fresh.ids)
            let queries = generator.vectors(count: 10, dimensions: dimensions)
            for filter in [nil, VectorFilter.greaterThan("round", 6)] {
                let a = try incremental.search(batch: queries, k: 15, filter: filter)
                let b = try fresh.search(batch: queries, k: 15, filter: filter)
                #expect(a.map { $0.map(\.id) } == b.map { $0.map(\.id) })
                for (x, y) in zip(a.joined(), b.joined()) { #expect(abs(x.score - y.score) < 1e-6) }
            }
        }
    }

    @Test("Delete ignores unknown ids, and deleting everything leaves an empty index")
    func deleteEverything() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            let index = try VectorDatabase(url: url, collection: .test(dimensions: 5))
            try index.upsert(Self.records(count: 50, dimensions: 5, seed: 3))
            #expect(try index.delete(ids: ["nope"]) == 0)
            #expect(try index.delete(ids: (0..<50).map { "r\($0)" } + ["r1"]) == 50)
            #expect(index.count == 0)
            #expect(try index.search([1, 2, 3, 4, 5], k: 3).isEmpty)
            try index.compact()
            try index.upsert(Self.records(count: 2, dimensions: 5, seed: 4))
            #expect(try VectorDatabase.open(url: url).ids == ["r0", "r1"])
        }
    }
}
