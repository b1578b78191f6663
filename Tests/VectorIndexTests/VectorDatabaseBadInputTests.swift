import Foundation
import GRDB
import Testing

@testable import VectorIndex

/// Every bad input gets a typed error and changes nothing.
@Suite struct VectorDatabaseBadInputTests {
    static let dimensions = 6

    static func goodRecords(_ count: Int, prefix: String = "good") -> [VectorRecord] {
        var generator = SeededGenerator(seed: 77)
        return (0..<count).map { VectorRecord(id: "\(prefix)\($0)", vector: generator.vector(dimensions: dimensions)) }
    }

    static let badBatches: [(name: String, record: VectorRecord, kind: VectorIndexError.Kind)] = [
        ("too few components", VectorRecord(id: "bad", vector: [1, 2, 3]), .dimensionMismatch),
        ("too many components", VectorRecord(id: "bad", vector: Array(repeating: 1, count: 7)), .dimensionMismatch),
        ("no components", VectorRecord(id: "bad", vector: []), .dimensionMismatch),
        ("a NaN", VectorRecord(id: "bad", vector: [1, 2, .nan, 4, 5, 6]), .invalidVector),
        ("an infinity", VectorRecord(id: "bad", vector: [1, 2, 3, .infinity, 5, 6]), .invalidVector),
        ("a negative infinity", VectorRecord(id: "bad", vector: [-.infinity, 2, 3, 4, 5, 6]), .invalidVector),
        ("all zeros", VectorRecord(id: "bad", vector: Array(repeating: 0, count: 6)), .invalidVector),
        ("an empty id", VectorRecord(id: "", vector: [1, 2, 3, 4, 5, 6]), .invalidArgument),
        ("a duplicate id", VectorRecord(id: "new1", vector: [1, 2, 3, 4, 5, 6]), .duplicateID),
    ]

    @Test("A batch with one bad record is rejected whole", arguments: badBatches.indices)
    func badBatchChangesNothing(case index: Int) throws {
        let bad = Self.badBatches[index]
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            let database = try VectorDatabase(url: url, collection: .test(dimensions: Self.dimensions))
            try database.upsert(Self.goodRecords(20))
            let query: [Float] = [1, 0, 1, 0, 1, 0]
            let before = try database.search(query, k: 5)
            let batch = Self.goodRecords(3, prefix: "new") + [bad.record]
            let error = #expect(throws: VectorIndexError.self, "\(bad.name)") { try database.upsert(batch) }
            #expect(error?.kind == bad.kind)
            #expect(error?.message.isEmpty == false)
            #expect(database.count == 20)
            #expect(!database.contains(id: "new0"))
            #expect(try database.search(query, k: 5) == before)
            let reopened = try VectorDatabase.open(url: url)
            #expect(reopened.count == 20)
            #expect(!reopened.contains(id: "new0"))
        }
    }

    @Test("Bad queries and k are rejected", arguments: [
        (query: [Float]([1, 2, 3]), k: 3, kind: VectorIndexError.Kind.dimensionMismatch),
        (query: [1, 2, 3, 4, 5, .nan], k: 3, kind: .invalidVector),
        (query: [1, 2, 3, 4, 5, .infinity], k: 3, kind: .invalidVector),
        (query: [0, 0, 0, 0, 0, 0], k: 3, kind: .invalidVector),
        (query: [1, 2, 3, 4, 5, 6], k: 0, kind: .invalidArgument),
        (query: [1, 2, 3, 4, 5, 6], k: -4, kind: .invalidArgument),
    ])
    func badQuery(query: [Float], k: Int, kind: VectorIndexError.Kind) throws {
        try withTemporaryDirectory { directory in
            let database = try VectorDatabase(
                url: directory.appendingPathComponent("index.sqlite"), collection: .test(dimensions: Self.dimensions))
            try database.upsert(Self.goodRecords(10))
            let single = #expect(throws: VectorIndexError.self) { try database.search(query, k: k) }
            #expect(single?.kind == kind)
            let batch = #expect(throws: VectorIndexError.self) {
                try database.search(batch: [[1, 1, 1, 1, 1, 1], query], k: k)
            }
            #expect(batch?.kind == kind)
            if kind != .invalidArgument { #expect(batch?.message.contains("query 1") == true) }
        }
    }

    @Test("A file that is not a SQLite database is refused and left untouched")
    func notADatabase() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("notes.txt")
            let bytes = Data(String(repeating: "these are plain notes, not a database\n", count: 200).utf8)
            try bytes.write(to: url)
            let created = #expect(throws: VectorIndexError.self) {
                try VectorDatabase(url: url, collection: .test(dimensions: 4))
            }
            #expect(created?.kind == .notADatabase)
            #expect(created?.path == url.path)
            let opened = #expect(throws: VectorIndexError.self) { try VectorDatabase.open(url: url) }
            #expect(opened?.kind == .notADatabase)
            #expect(try Data(contentsOf: url) == bytes)
        }
    }

    @Test("A SQLite database without an index cannot be opened, but can be given one")
    func foreignDatabase() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("other.sqlite")
            try DatabaseQueue(path: url.path).write { db in
                try db.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('kept')")
            }
            let error = #expect(throws: VectorIndexError.self) { try VectorDatabase.open(url: url) }
            #expect(error?.kind == .notADatabase)
            let database = try VectorDatabase(url: url, collection: .test(dimensions: 6))
            try database.upsert(Self.goodRecords(2))
            #expect(try VectorDatabase.open(url: url).count == 2)
            #expect(try DatabaseQueue(path: url.path).read { try String.fetchOne($0, sql: "SELECT body FROM notes") } == "kept")
        }
    }

    @Test("An index of another format version is refused")
    func otherFormatVersion() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            _ = try VectorDatabase(url: url, collection: .test(dimensions: 6))
            try DatabaseQueue(path: url.path).write { db in
                try db.execute(sql: "UPDATE vector_index_meta SET value = '99' WHERE key = 'format_version'")
            }
            let opened = #expect(throws: VectorIndexError.self) { try VectorDatabase.open(url: url) }
            #expect(opened?.kind == .unsupportedFormatVersion)
            #expect(opened?.message.contains("99") == true)
            let created = #expect(throws: VectorIndexError.self) {
                try VectorDatabase(url: url, collection: .test(dimensions: 6))
            }
            #expect(created?.kind == .unsupportedFormatVersion)
        }
    }

    @Test("Opening with another model or dimension count is a collection mismatch", arguments: [
        VectorCollectionInfo(model: "other-model", dimensions: 6),
        VectorCollectionInfo(model: "test-model", dimensions: 7),
    ])
    func collectionMismatch(other: VectorCollectionInfo) throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            try VectorDatabase(url: url, collection: .test(dimensions: 6)).upsert(Self.goodRecords(4))
            let error = #expect(throws: VectorIndexError.self) { try VectorDatabase(url: url, collection: other) }
            #expect(error?.kind == .collectionMismatch)
            #expect(error?.message.contains("test-model") == true)
            #expect(try VectorDatabase.open(url: url).collection == .test(dimensions: 6))
        }
    }

    @Test("Invalid collection descriptions are refused before a file is written", arguments: [
        VectorCollectionInfo(model: "m", dimensions: 0),
        VectorCollectionInfo(model: "m", dimensions: -3),
        VectorCollectionInfo(model: "m", dimensions: 4, metric: VectorMetric(rawValue: "manhattan")),
    ])
    func invalidCollection(collection: VectorCollectionInfo) throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            let error = #expect(throws: VectorIndexError.self) { try VectorDatabase(url: url, collection: collection) }
            #expect(error?.kind == .invalidArgument)
            #expect(!FileManager.default.fileExists(atPath: url.path))
        }
    }

    @Test("Opening a missing file is not found")
    func missingFile() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("absent.sqlite")
            let error = #expect(throws: VectorIndexError.self) { try VectorDatabase.open(url: url) }
            #expect(error?.kind == .notFound)
            #expect(!FileManager.default.fileExists(atPath: url.path))
        }
    }

    @Test("A damaged vector blob is reported as a corrupt index")
    func corruptVector() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            try VectorDatabase(url: url, collection: .test(dimensions: 6)).upsert(Self.goodRecords(3))
            try DatabaseQueue(path: url.path).write { db in
                try db.execute(sql: "UPDATE vector_index_vectors SET vector = x'0000' WHERE row = 2")
            }
            let error = #expect(throws: VectorIndexError.self) { try VectorDatabase.open(url: url) }
            #expect(error?.kind == .corruptIndex)
            #expect(error?.message.contains("good1") == true)
        }
    }

    @Test("Errors describe themselves on one line")
    func description() {
        let error = VectorIndexError(.duplicateID, "id \"a\" appears twice", path: "/tmp/x.sqlite")
        #expect(error.description == "VectorIndexError.duplicate_id: id \"a\" appears twice (index: /tmp/x.sqlite)")
        #expect(!error.description.contains("\n"))
    }
}
