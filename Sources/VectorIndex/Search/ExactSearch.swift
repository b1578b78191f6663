import Dispatch

/// Exact top-k search over an ``IndexState``: BLAS `sgemv` (one query) or `sgemm` (a batch) over tiles of the
/// matrix, each tile's scores fed straight into per-query ``TopKHeap``s while they are still in cache, with the
/// rows split over worker threads.
struct ExactSearch {
    let state: IndexState
    let threads: Int
    /// With a quantized copy, how many candidates per result the exact re-score sees.
    var rescoreMultiplier = 10

    /// Rows that may be returned: `nil` for every live row, or a mask (live rows only) from a filter.
    struct Candidates {
        var mask: [Bool]?
        var count: Int

        /// Candidate rows in increasing order, when they are few enough that scoring them one by one beats a scan.
        var sparseRows: [Int]? {
            guard let mask else { return nil }
            guard count * 16 < mask.count else { return nil }
            return mask.indices.filter { mask[$0] }
        }
    }

    func candidates(for filter: VectorFilter?) -> Candidates {
        guard let filter else { return Candidates(mask: nil, count: state.liveCount) }
        var mask = [Bool](repeating: false, count: state.rowCount)
        var count = 0
        if case .ids(let ids) = filter {
            for id in ids {
                if let row = state.rowOfID[id] {
                    mask[row] = true
                    count += 1
                }
            }
        } else {
            for row in 0..<state.rowCount {
                guard let id = state.ids[row], filter.matches(id: id, metadata: state.metadata[row]) else { continue }
                mask[row] = true
                count += 1
            }
        }
        return Candidates(mask: mask, count: count)
    }

    /// The best `k` rows for each normalised query (`queries` holds `queryCount` rows of `dimensions` floats).
    func search(queries: [Float], queryCount: Int, k: Int, candidates: Candidates) -> [[TopKHeap.Entry]] {
        guard queryCount > 0 else { return [] }
        guard candidates.count > 0 else { return Array(repeating: [], count: queryCount) }
        let k = min(k, candidates.count)
        if let rows = candidates.sparseRows {
            return scoreRows(rows, queries: queries, queryCount: queryCount, k: k)
        }
        let dimensions = state.dimensions
        if queryCount == 1, let quantized = state.quantized {
            // Shortlist on the reduced-precision copy, then let the exact float32 re-score pick the final k.
            let shortlist = min(candidates.count, max(k * rescoreMultiplier, 64))
            let prepared = queries.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { quantized.prepare($0) }
            }
            guard let prepared else { return [[]] }
            let heap = scan(queryCount: 1, k: shortlist, mask: candidates.mask, tileRows: 4096) { range, scores in
                quantized.score(rows: range, query: prepared, into: scores)
            }[0]
            return [Array(rescored(heap.entries, query: 0, queries: queries).prefix(k))]
        }
        let tileRows = queryCount == 1 ? 4096 : max(64, (1 << 19) / dimensions)
        let heaps = scan(queryCount: queryCount, k: k, mask: candidates.mask, tileRows: tileRows) { range, scores in
            queries.withUnsafeBufferPointer { queryBuffer in
                guard let queryBase = queryBuffer.baseAddress else { return }
                let tile = UnsafePointer(state.matrix.row(range.lowerBound))
                if queryCount == 1 {
                    BLAS.matrixVector(tile, rows: range.count, columns: dimensions, queryBase, into: scores)
                } else {
                    BLAS.matrixMatrixTransposed(
                        queryBase, queryCount: queryCount, tile, rows: range.count, columns: dimensions, into: scores)
                }
            }
        }
        return heaps.enumerated().map { query, heap in rescored(heap.entries, query: query, queries: queries) }
    }

    private static let minimumRowsPerWorker = 2048

    /// Splits the rows over the worker threads; each scores its rows tile by tile with `scoreTile` (which writes
    /// `queryCount` rows of `range.count` scores) and keeps per-query heaps; the heaps are merged at the end.
    private func scan(
        queryCount: Int, k: Int, mask: [Bool]?, tileRows: Int,
        scoreTile: @escaping @Sendable (Range<Int>, UnsafeMutablePointer<Float>) -> Void
    ) -> [TopKHeap] {
        let rowCount = state.rowCount
        let workerCount = min(threads, max(1, rowCount / Self.minimumRowsPerWorker))
        var perWorker = [[TopKHeap]](repeating: [], count: workerCount)
        perWorker.withUnsafeMutableBufferPointer { results in
            let results = UncheckedSendable(results)
            let work = { @Sendable (worker: Int) in
                let range = (worker * rowCount / workerCount)..<((worker + 1) * rowCount / workerCount)
                results.value[worker] = scanRange(
                    range, queryCount: queryCount, k: k, mask: mask, tileRows: tileRows, scoreTile: scoreTile)
            }
            if workerCount == 1 {
                work(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: workerCount, execute: work)
            }
        }
        return (0..<queryCount).map { query in
            var merged = perWorker[0][query]
            for worker in 1..<workerCount { merged.merge(perWorker[worker][query]) }
            return merged
        }
    }

    /// Scores `range` tile by tile, feeding each tile's scores into the heaps while they are still in cache.
    private func scanRange(
        _ range: Range<Int>, queryCount: Int, k: Int, mask: [Bool]?, tileRows: Int,
        scoreTile: (Range<Int>, UnsafeMutablePointer<Float>) -> Void
    ) -> [TopKHeap] {
        var heaps = [TopKHeap](repeating: TopKHeap(k: k), count: queryCount)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: tileRows * queryCount)
        defer { scores.deallocate() }
        let ids = state.ids
        var tileStart = range.lowerBound
        while tileStart < range.upperBound {
            let tileCount = min(tileRows, range.upperBound - tileStart)
            scoreTile(tileStart..<(tileStart + tileCount), scores)
            for query in 0..<queryCount {
                let queryScores = scores + query * tileCount
                var threshold = heaps[query].threshold
                for offset in 0..<tileCount where queryScores[offset] >= threshold {
                    let row = tileStart + offset
                    guard ids[row] != nil, mask?[row] ?? true else { continue }
                    heaps[query].offer(score: queryScores[offset], row: row)
                    threshold = heaps[query].threshold
                }
            }
            tileStart += tileCount
        }
        return heaps
    }

    /// Recomputes the winners' scores with one dot product each and re-sorts them.
    ///
    /// A blocked BLAS kernel rounds a row's score differently depending on where the row falls in a block, so the
    /// same record could score a few ulps apart in a single query, a batch, or after a reopen has compacted the
    /// matrix. Re-scoring with `sdot`, whose arithmetic does not depend on the row's position, makes the scores
    /// reported for a record identical in all three.
    private func rescored(_ entries: [TopKHeap.Entry], query: Int, queries: [Float]) -> [TopKHeap.Entry] {
        let dimensions = state.dimensions
        return queries.withUnsafeBufferPointer { queryBuffer in
            guard let queryBase = queryBuffer.baseAddress else { return [] }
            return entries.map { entry in
                TopKHeap.Entry(
                    score: BLAS.dot(state.matrix.row(entry.row), queryBase + query * dimensions, count: dimensions),
                    row: entry.row)
            }.sorted { TopKHeap.isBetter($0, than: $1) }
        }
    }

    /// Scores only the given rows, one dot product each.
    private func scoreRows(_ rows: [Int], queries: [Float], queryCount: Int, k: Int) -> [[TopKHeap.Entry]] {
        let dimensions = state.dimensions
        return queries.withUnsafeBufferPointer { queryBuffer in
            guard let queryBase = queryBuffer.baseAddress else { return [] }
            return (0..<queryCount).map { query in
                var heap = TopKHeap(k: k)
                for row in rows {
                    let score = BLAS.dot(state.matrix.row(row), queryBase + query * dimensions, count: dimensions)
                    heap.offer(score: score, row: row)
                }
                return heap.sorted()
            }
        }
    }
}

/// Hands a value to worker threads whose accesses the caller has made disjoint (each worker its own slot).
struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
