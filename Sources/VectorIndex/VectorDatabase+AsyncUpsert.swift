extension VectorDatabase {
    /// Upserts the records an asynchronous sequence produces, in batches of `batchSize`, one transaction per batch.
    ///
    /// Use it to index a stream (for example embeddings arriving from an API) without holding it all in memory.
    /// Each batch is validated and committed like one ``upsert(_:)`` call; when a batch fails, the batches before it
    /// stay committed and the error is rethrown.
    ///
    /// ```swift
    /// let written = try await index.upsert(contentsOf: embeddedChunks, batchSize: 512)
    /// ```
    ///
    /// - Parameters:
    ///   - records: The records to write; an id repeated in a later batch replaces the earlier record.
    ///   - batchSize: Records per transaction, at least 1. Defaults to 1,000.
    /// - Returns: How many records were written.
    /// - Throws: A ``VectorIndexError`` from a batch (see ``upsert(_:)``), ``VectorIndexError/Kind/invalidArgument``
    ///   for a `batchSize` below 1, or the error the sequence throws.
    @discardableResult
    public func upsert<Records: AsyncSequence>(
        contentsOf records: Records, batchSize: Int = 1000
    ) async throws -> Int where Records.Element == VectorRecord {
        guard batchSize >= 1 else {
            throw VectorIndexError(.invalidArgument, "batchSize must be at least 1, got \(batchSize)")
        }
        var batch: [VectorRecord] = []
        batch.reserveCapacity(batchSize)
        var written = 0
        for try await record in records {
            batch.append(record)
            if batch.count == batchSize {
                try upsert(batch)
                written += batch.count
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty {
            try upsert(batch)
            written += batch.count
        }
        return written
    }
}
