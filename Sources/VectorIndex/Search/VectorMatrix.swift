/// A contiguous, 64-byte-aligned, row-major matrix of float32 rows that grows in place.
///
/// Rows are never reordered except by ``compact(keeping:)``, which preserves their relative order, so a row's
/// position is its insertion order (the tie-break searches use).
final class VectorMatrix {
    let columns: Int
    private(set) var rows = 0
    private(set) var capacity = 0
    private(set) var storage: UnsafeMutablePointer<Float>
    private var allocation: AlignedAllocation

    init(columns: Int, capacity: Int = 0) {
        self.columns = columns
        self.capacity = max(capacity, 1)
        allocation = Self.allocate(rows: self.capacity, columns: columns)
        storage = allocation.pointer.assumingMemoryBound(to: Float.self)
    }

    deinit { allocation.deallocate() }

    /// The bytes the rows in use occupy.
    var byteCount: Int { rows * columns * MemoryLayout<Float>.stride }

    func row(_ index: Int) -> UnsafeMutablePointer<Float> { storage + index * columns }

    /// Appends one uninitialised row and returns its index; the caller fills it.
    func appendRow() -> Int {
        reserve(rows + 1)
        rows += 1
        return rows - 1
    }

    /// Makes room for `rowCount` rows without reallocating again before that count is reached.
    func reserve(_ rowCount: Int) {
        guard rowCount > capacity else { return }
        // Growing by half keeps appends amortised O(1); untouched capacity is never made resident.
        let newCapacity = max(rowCount, capacity + capacity / 2, 64)
        let newAllocation = Self.allocate(rows: newCapacity, columns: columns)
        let newStorage = newAllocation.pointer.assumingMemoryBound(to: Float.self)
        newStorage.update(from: storage, count: rows * columns)
        allocation.deallocate()
        allocation = newAllocation
        storage = newStorage
        capacity = newCapacity
    }

    /// Makes the memory of the first `rowCount` rows resident (see ``AlignedAllocation/populate(byteCount:)``).
    func populate(rows rowCount: Int) {
        allocation.populate(byteCount: min(rowCount, capacity) * columns * MemoryLayout<Float>.stride)
    }

    /// Whole huge pages the rows in use span (see ``AlignedAllocation/collapseHugePage(_:)``).
    var hugePageCount: Int { allocation.hugePageCount(byteCount: byteCount) }

    /// Moves huge page `index` of the rows onto a transparent huge page.
    func collapseHugePage(_ index: Int) -> AlignedAllocation.HugePageOutcome { allocation.collapseHugePage(index) }

    /// Removes the rows for which `keep` is false, sliding the others down in order.
    func compact(keeping keep: (Int) -> Bool) {
        var target = 0
        for source in 0..<rows where keep(source) {
            if source != target { row(target).update(from: row(source), count: columns) }
            target += 1
        }
        rows = target
    }

    private static func allocate(rows: Int, columns: Int) -> AlignedAllocation {
        let allocation = AlignedAllocation(byteCount: rows * columns * MemoryLayout<Float>.stride)
        allocation.pointer.bindMemory(to: Float.self, capacity: rows * columns)
        return allocation
    }
}
