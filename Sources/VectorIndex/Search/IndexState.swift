/// The in-memory image of an index that searches run on: the normalised matrix plus, per matrix row, the record's
/// id, metadata and SQLite row number.
///
/// Deleted records leave a tombstone (``ids`` entry `nil`) until ``compactIfWorthwhile()`` slides the live rows
/// down, so a write never reloads the matrix. Shared with searches only under a ``ReadWriteLock``: mutated with
/// the write lock held, read concurrently under the read lock.
final class IndexState: @unchecked Sendable {
    let matrix: VectorMatrix
    /// The reduced-precision copy single-query scans read first, when the index was opened with one.
    let quantized: QuantizedMatrix?
    /// Per matrix row: the record id, or `nil` for a deleted row.
    private(set) var ids: [String?] = []
    /// Per matrix row: the record's metadata (empty for a deleted row).
    private(set) var metadata: [[String: MetadataValue]] = []
    /// Per matrix row: the record's `row` in SQLite.
    private(set) var storedRows: [Int64] = []
    private(set) var rowOfID: [String: Int] = [:]
    /// The SQLite row number the next new record gets: above every row ever used, so new records sort last.
    private(set) var nextStoredRow: Int64 = 1
    private(set) var tombstoneCount = 0

    init(dimensions: Int, capacity: Int = 0, quantization: VectorQuantization = .none) {
        matrix = VectorMatrix(columns: dimensions, capacity: capacity)
        quantized = QuantizedMatrix(quantization, columns: dimensions, capacity: capacity)
        ids.reserveCapacity(capacity)
        rowOfID.reserveCapacity(capacity)
        metadata.reserveCapacity(capacity)
        storedRows.reserveCapacity(capacity)
    }

    /// Makes the matrices' memory for `rowCount` rows resident. It changes no byte, so it may run while
    /// ``append(id:storedRow:metadata:vector:)`` fills the rows on another thread, which is how a load uses it.
    func populate(rows rowCount: Int) {
        matrix.populate(rows: rowCount)
        quantized?.populate(rows: rowCount)
    }

    /// Whole huge pages over every matrix a scan reads: the float32 matrix's, then the quantized copy's.
    var hugePageCount: Int { matrix.hugePageCount + (quantized?.hugePageCount ?? 0) }

    /// Moves huge page `index` (numbered as in ``hugePageCount``) onto a transparent huge page. It changes no byte,
    /// so it runs under the read lock, beside searches.
    func collapseHugePage(_ index: Int) -> AlignedAllocation.HugePageOutcome {
        let matrixPages = matrix.hugePageCount
        if index < matrixPages { return matrix.collapseHugePage(index) }
        return quantized?.collapseHugePage(index - matrixPages) ?? .unsupported
    }

    var dimensions: Int { matrix.columns }
    var liveCount: Int { rowOfID.count }
    var rowCount: Int { matrix.rows }

    @inline(__always)
    func isLive(_ row: Int) -> Bool { ids[row] != nil }

    /// The row a new record would be stored at in SQLite, or the existing one for a known id.
    func storedRow(forID id: String) -> Int64? { rowOfID[id].map { storedRows[$0] } }

    /// Appends a new record; `vector` points at its normalised float32 components (any alignment).
    func append(
        id: String, storedRow: Int64, metadata recordMetadata: [String: MetadataValue], vector: UnsafeRawPointer
    ) {
        let row = matrix.appendRow()
        let destination = matrix.row(row)
        UnsafeMutableRawPointer(destination).copyMemory(from: vector, byteCount: dimensions * MemoryLayout<Float>.stride)
        quantized?.append(destination)
        ids.append(id)
        metadata.append(recordMetadata)
        storedRows.append(storedRow)
        rowOfID[id] = row
        nextStoredRow = max(nextStoredRow, storedRow + 1)
    }

    /// Inserts or replaces a record; a replaced record keeps its row (and so its tie-break position).
    func upsert(id: String, storedRow: Int64, metadata recordMetadata: [String: MetadataValue], vector: [Float]) {
        vector.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            if let row = rowOfID[id] {
                matrix.row(row).update(from: base, count: dimensions)
                quantized?.set(row, from: base)
                metadata[row] = recordMetadata
            } else {
                append(id: id, storedRow: storedRow, metadata: recordMetadata, vector: base)
            }
        }
    }

    func reserve(additional: Int) {
        matrix.reserve(matrix.rows + additional)
        quantized?.reserve(matrix.rows + additional)
    }

    /// Tombstones a record; returns whether it existed.
    @discardableResult
    func remove(id: String) -> Bool {
        guard let row = rowOfID.removeValue(forKey: id) else { return false }
        ids[row] = nil
        metadata[row] = [:]
        tombstoneCount += 1
        return true
    }

    /// Drops tombstoned rows once they are a quarter of the matrix, preserving the live rows' order.
    func compactIfWorthwhile() {
        guard tombstoneCount > 0, tombstoneCount * 4 >= matrix.rows || tombstoneCount >= 1 << 20 else { return }
        compact()
    }

    /// Drops every tombstoned row, preserving the live rows' order.
    func compact() {
        guard tombstoneCount > 0 else { return }
        let keep = ids.map { $0 != nil }
        matrix.compact { keep[$0] }
        quantized?.compact { keep[$0] }
        var newIDs: [String?] = []
        var newMetadata: [[String: MetadataValue]] = []
        var newStoredRows: [Int64] = []
        newIDs.reserveCapacity(liveCount)
        newMetadata.reserveCapacity(liveCount)
        newStoredRows.reserveCapacity(liveCount)
        for row in ids.indices where keep[row] {
            newIDs.append(ids[row])
            newMetadata.append(metadata[row])
            newStoredRows.append(storedRows[row])
        }
        ids = newIDs
        metadata = newMetadata
        storedRows = newStoredRows
        rowOfID = Dictionary(uniqueKeysWithValues: newIDs.enumerated().compactMap { row, id in id.map { ($0, row) } })
        tombstoneCount = 0
    }
}
