import Foundation
import Testing

@testable import VectorIndex

@Suite struct VectorDatabaseAsyncUpsertTests {
    static func stream(_ records: [VectorRecord]) -> AsyncStream<VectorRecord> {
        AsyncStream { continuation in
            for record in records { continuation.yield(record) }
            continuation.finish()
        }
    }

    @Test("Upserts a stream in batches", arguments: [1, 7, 256, 1000])
    func upsertsStream(batchSize: Int) async throws {
        try await withTemporaryDirectory { directory in
            let index = try VectorDatabase(
                url: directory.appendingPathComponent("index.sqlite"), collection: .test(dimensions: 8),
                options: .init(synchronousCommits: false))
            let records = VectorDatabaseTests.records(count: 600, dimensions: 8, seed: 9)
            let written = try await index.upsert(contentsOf: Self.stream(records), batchSize: batchSize)
            #expect(written == 600)
            #expect(index.count == 600)
            #expect(index.ids == records.map(\.id))
        }
    }

    @Test("A bad record stops the stream after the batches before it are committed")
    func stopsAtBadBatch() async throws {
        try await withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("index.sqlite")
            let index = try VectorDatabase(url: url, collection: .test(dimensions: 8))
            var records = VectorDatabaseTests.records(count: 25, dimensions: 8, seed: 10)
            records[13].vector[2] = .nan
            let error = await #expect(throws: VectorIndexError.self) {
                try await index.upsert(contentsOf: Self.stream(records), batchSize: 10)
            }
            #expect(error?.kind == .invalidVector)
            #expect(index.count == 10)
            #expect(try VectorDatabase.open(url: url).count == 10)
            let invalid = await #expect(throws: VectorIndexError.self) {
                try await index.upsert(contentsOf: Self.stream([]), batchSize: 0)
            }
            #expect(invalid?.kind == .invalidArgument)
        }
    }
}
