import Foundation
import Testing

@testable import VectorIndex

@Suite struct VectorFilterTests {
    static let dimensions = 12
    static let count = 3000

    /// Record `i`: "n" = i (missing on every 7th record), "x" = i / 2, "s" = "s" + (i % 10), "flag" = i % 3 == 0.
    static func metadata(_ i: Int) -> [String: MetadataValue] {
        var metadata: [String: MetadataValue] = [
            "x": .double(Double(i) / 2), "s": .string("s\(i % 10)"), "flag": .bool(i % 3 == 0),
        ]
        if i % 7 != 0 { metadata["n"] = .int(i) }
        return metadata
    }

    static let cases: [(filter: VectorFilter, predicate: @Sendable (Int) -> Bool)] = [
        (.equals("s", "s3"), { $0 % 10 == 3 }),
        (.notEquals("s", "s3"), { $0 % 10 != 3 }),
        (.equals("n", 44), { $0 == 44 }),
        (.equals("n", .double(43)), { $0 == 43 }),
        (.notEquals("n", 43), { $0 != 43 }),
        (.lessThan("n", 100), { $0 < 100 && $0 % 7 != 0 }),
        (.lessThanOrEqual("x", 50), { $0 <= 100 }),
        (.greaterThan("x", .int(1400)), { $0 > 2800 }),
        (.greaterThanOrEqual("n", .double(2990.5)), { $0 >= 2991 && $0 % 7 != 0 }),
        (.greaterThan("s", "s7"), { $0 % 10 > 7 }),
        (.lessThan("s", 5), { _ in false }),
        (.greaterThan("flag", false), { _ in false }),
        (.equals("flag", true), { $0 % 3 == 0 }),
        (.in("s", ["s1", "s2", 7]), { [1, 2].contains($0 % 10) }),
        (.notIn("n", [1, 2, 3]), { ![1, 2, 3].contains($0) }),
        (.equals("missing", 1), { _ in false }),
        (.notEquals("missing", 1), { _ in true }),
        (.and([.equals("flag", true), .lessThan("n", 300)]), { $0 % 3 == 0 && $0 < 300 && $0 % 7 != 0 }),
        (.or([.equals("s", "s0"), .greaterThan("x", 1450)]), { $0 % 10 == 0 || $0 > 2900 }),
        (.not(.equals("flag", true)), { $0 % 3 != 0 }),
        (.and([]), { _ in true }),
        (.or([]), { _ in false }),
        (.ids(["r5", "r17", "r2999", "absent"]), { [5, 17, 2999].contains($0) }),
        (.and([.ids(Set((0..<3000).map { "r\($0)" })), .equals("s", "s9")]), { $0 % 10 == 9 }),
    ]

    static func database(in directory: URL) throws -> (VectorDatabase, [(id: String, vector: [Float])]) {
        var generator = SeededGenerator(seed: 31)
        let records = (0..<count).map {
            VectorRecord(id: "r\($0)", vector: generator.vector(dimensions: dimensions), metadata: metadata($0))
        }
        let database = try VectorDatabase(
            url: directory.appendingPathComponent("index.sqlite"), collection: .test(dimensions: dimensions),
            options: .init(synchronousCommits: false))
        try database.upsert(records)
        return (database, records.map { ($0.id, $0.vector) })
    }

    @Test("Filtered search is the exact top k among matching records", arguments: cases.indices)
    func filteredExactness(case index: Int) throws {
        let (filter, predicate) = Self.cases[index]
        try withTemporaryDirectory { directory in
            let (database, reference) = try Self.database(in: directory)
            var generator = SeededGenerator(seed: UInt64(100 + index))
            for k in [1, 10, 40] {
                let query = generator.vector(dimensions: Self.dimensions)
                let matches = try database.search(query, k: k, filter: filter)
                let expected = bruteForceSearch(query, records: reference, k: k, where: predicate)
                #expect(matches.count == expected.count)
                expectSameResults(matches, expected)
                let batch = try database.search(batch: [query, query], k: k, filter: filter)
                #expect(batch == [matches, matches])
            }
        }
    }

    @Test("A selective filter still returns k results when k records match")
    func selectiveFilterReturnsK() throws {
        try withTemporaryDirectory { directory in
            let (database, _) = try Self.database(in: directory)
            // 14 records match; a post-filter over the 10 nearest would usually return none.
            let filter = VectorFilter.and([.equals("s", "s4"), .lessThan("n", 170)])
            let matches = try database.search(Array(repeating: 1, count: Self.dimensions), k: 10, filter: filter)
            #expect(matches.count == 10)
            let all = try database.search(Array(repeating: 1, count: Self.dimensions), k: 100, filter: filter)
            #expect(all.count == 14)
            #expect(Array(all.prefix(10)) == matches)
        }
    }

    @Test("Deleted records never match a filter")
    func deletedRecordsExcluded() throws {
        try withTemporaryDirectory { directory in
            let (database, _) = try Self.database(in: directory)
            try database.delete(ids: ["r5", "r17"])
            let matches = try database.search(
                Array(repeating: 1, count: Self.dimensions), k: 10, filter: .ids(["r5", "r17", "r18"]))
            #expect(matches.map(\.id) == ["r18"])
            let notS5 = try database.search(
                Array(repeating: 1, count: Self.dimensions), k: 4000, filter: .equals("s", "s5"))
            #expect(notS5.count == 299)
            #expect(!notS5.contains { $0.id == "r5" })
        }
    }
}
