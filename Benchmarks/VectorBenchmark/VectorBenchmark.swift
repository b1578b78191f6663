import Foundation
import VectorIndex

/// Builds an index from one data set and measures it.
struct VectorBenchmark {
    let arguments: Arguments
    let dataset: Dataset

    var k: Int { arguments.k }
    var matrixBytes: Int { dataset.count * dataset.dimensions * MemoryLayout<Float>.stride }

    func emit(op: String, variant: String? = nil, _ fields: KeyValuePairs<String, Any?>) {
        var line: [(String, Any?)] = [
            ("bench", "vector-bench"), ("engine", "ragkit"), ("op", op), ("variant", variant),
            ("n", dataset.count), ("d", dataset.dimensions), ("k", k), ("threads", arguments.threads),
        ]
        line += fields.map { ($0.key, $0.value) }
        Measurement.emit(line)
    }

    func run() throws {
        let url = URL(fileURLWithPath: arguments.indexDirectory)
            .appendingPathComponent("vector-bench-\(dataset.name).sqlite")
        let reuse = arguments.reuseIndex && FileManager.default.fileExists(atPath: url.path)
        if !reuse { removeIndex(at: url) }
        defer { if !arguments.keepIndex && !reuse { removeIndex(at: url) } }
        let options = VectorDatabase.Options(threads: arguments.threads)

        if !reuse { try build(at: url, options: options) }
        try warmPageCache(at: url)
        let exactResults: [[VectorMatch]]
        let probe: BandwidthProbe
        do {
            let database = try open(at: url, options: options, variant: "f32")
            probe = BandwidthProbe(copying: dataset.vectors, threads: arguments.threads)
            exactResults = try singleQueries(database, variant: "f32", probe: probe, exact: nil)
            try batchQueries(database)
        }
        for (variant, quantization) in [("int8", VectorQuantization.int8), ("f16", .float16)] {
            var quantized = options
            quantized.quantization = quantization
            let database = try open(at: url, options: quantized, variant: variant)
            _ = try singleQueries(database, variant: variant, probe: probe, exact: exactResults)
        }
    }

    /// Reads the index file once, so that the opens measured next find it in the page cache (the target is an open
    /// "from a warm page cache"; a machine may evict a file nobody has read for a while).
    private func warmPageCache(at url: URL) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: 8 << 20), !chunk.isEmpty {}
    }

    private func removeIndex(at url: URL) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
    }

    /// Upserts every vector in batches of 5,000 (one transaction each) and reports the throughput.
    private func build(at url: URL, options: VectorDatabase.Options) throws {
        let database = try VectorDatabase(
            url: url, collection: VectorCollectionInfo(model: "bench", dimensions: dataset.dimensions), options: options)
        let batchSize = 5000
        let start = Measurement.now()
        for batchStart in stride(from: 0, to: dataset.count, by: batchSize) {
            let records = (batchStart..<min(batchStart + batchSize, dataset.count)).map { row in
                VectorRecord(id: String(row), vector: dataset.vector(row))
            }
            try database.upsert(records)
        }
        let seconds = Measurement.milliseconds(since: start) / 1000
        emit(op: "upsert", [
            "batch": batchSize, "build_s": seconds, "records_per_s": Double(dataset.count) / seconds,
            "s_per_100k": seconds * 100_000 / Double(dataset.count),
        ])
    }

    /// Reports the first open in three fresh processes (what every `rag` command pays: SQLite to a matrix in
    /// memory the process has never touched), then opens the index three times in this process (warm page cache)
    /// and reports the median and best of those, with the resident memory the first of them added, relative to the
    /// float32 matrix; then waits for the last one's move onto huge pages and reports how long that still took.
    private func open(at url: URL, options: VectorDatabase.Options, variant: String) throws -> VectorDatabase {
        let fileBytes = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let firstOpens = try FreshProcessOpen.measure(
            url: url, quantization: options.quantization, threads: options.threads, runs: 3)
        var times: [Double] = []
        var database: VectorDatabase?
        var residentDelta = 0
        for attempt in 0..<3 {
            database = nil
            let residentBefore = Measurement.residentBytes() ?? 0
            let start = Measurement.now()
            database = try VectorDatabase.open(url: url, options: options)
            times.append(Measurement.milliseconds(since: start))
            // Later opens may reuse pages the allocator kept from an earlier one, so only the first counts.
            if attempt == 0 { residentDelta = (Measurement.residentBytes() ?? 0) - residentBefore }
        }
        guard let database else { throw BenchmarkError("the index did not open") }
        // Searches are measured in the steady state: after the background move onto huge pages the last open started.
        let hugePagesStart = Measurement.now()
        database.waitForBackgroundWork()
        let hugePagesMilliseconds = Measurement.milliseconds(since: hugePagesStart)
        emit(op: "open", variant: variant, [
            "huge_pages_wait_ms": hugePagesMilliseconds, "huge_page_bytes": Measurement.hugePageBytes(),
            "median_ms": Measurement.median(times), "min_ms": times.min(),
            "first_ms": Measurement.median(firstOpens), "first_max_ms": firstOpens.max(), "db_bytes": fileBytes,
            "raw_bytes": matrixBytes, "overhead": Double(fileBytes) / Double(matrixBytes),
            "resident_delta_bytes": residentDelta, "resident_ratio": Double(residentDelta) / Double(matrixBytes),
        ])
        return database
    }

    /// recall@k against the data set's ground truth, or else against `exact` (the float32 scan's answers).
    private func recall(_ results: [[VectorMatch]], exact: [[VectorMatch]]? = nil) -> Double? {
        var hits = 0
        for (query, matches) in results.enumerated() {
            let truth: Set<Int>
            if let known = dataset.truth(query, k: k) {
                truth = known
            } else if let exact, query < exact.count {
                truth = Set(exact[query].prefix(k).compactMap { Int($0.id) })
            } else {
                return nil
            }
            hits += matches.prefix(k).filter { Int($0.id).map(truth.contains) ?? false }.count
        }
        return results.isEmpty ? nil : Double(hits) / Double(k * results.count)
    }

    /// Times one search per query, each right after one bandwidth-probe pass over a copy of the matrix, so the
    /// float32 floor (matrix bytes / read bandwidth) is measured under the same machine load as the searches.
    /// Returns the answers (for the recall of the reduced-precision variants).
    private func singleQueries(
        _ database: VectorDatabase, variant: String, probe: BandwidthProbe, exact: [[VectorMatch]]?
    ) throws -> [[VectorMatch]] {
        let count = min(arguments.queries, dataset.singleQueryRows, dataset.queryCount)
        _ = try database.search(dataset.query(0), k: k)
        var probeTimes: [Double] = []
        let (times, results) = try Measurement.timeLoop(
            count: count, budget: arguments.budget, untimed: { _ in probeTimes.append(probe.pass() * 1000) }
        ) { index in
            try database.search(dataset.query(index), k: k)
        }
        let floor = Measurement.median(probeTimes)
        emit(op: "bandwidth", variant: variant, [
            "gbps": Double(probe.byteCount) / floor / 1e6, "gbps_best": Double(probe.byteCount) / (probeTimes.min() ?? floor) / 1e6,
            "gbps_1_thread": Double(probe.byteCount) / probe.pass(threads: 1) / 1e9, "matrix_bytes": probe.byteCount,
            "floor_ms": floor, "samples": probeTimes.count,
        ])
        let median = Measurement.median(times)
        emit(op: "single_query", variant: variant, [
            "median_ms": median, "p10_ms": Measurement.percentile(times, 10), "p90_ms": Measurement.percentile(times, 90),
            "samples": times.count, "recall": recall(results, exact: exact), "floor_ms": floor,
            "x_floor": median / floor,
        ])
        return results
    }

    private func batchQueries(_ database: VectorDatabase) throws {
        let count = min(arguments.batch, dataset.batchRows, dataset.queryCount)
        let queries = (0..<count).map(dataset.query)
        _ = try database.search(batch: Array(queries.prefix(2)), k: k)
        let (times, results) = try Measurement.timeLoop(count: 3, budget: arguments.budget) { _ in
            try database.search(batch: queries, k: k)
        }
        let median = Measurement.median(times)
        emit(op: "batch", variant: "f32", [
            "batch": count, "median_ms": median, "qps": Double(count) / median * 1000,
            "ms_per_query": median / Double(count), "recall": results.first.flatMap { recall($0) },
        ])
    }
}
