internal import CVectorKernels

/// The reduced-precision copy of a ``VectorMatrix``: int8 codes with one scale per row, or float16 rows.
///
/// Kept row-for-row in step with the float32 matrix (append, overwrite, compact), so a scan's row numbers index
/// both. Shared with searches the same way as ``IndexState``: written only under the index's write lock.
final class QuantizedMatrix: @unchecked Sendable {
    enum Kind {
        case int8
        case float16

        var bytesPerComponent: Int { self == .int8 ? 1 : 2 }
    }

    /// A query prepared for this matrix's kernel.
    struct Query {
        var floats: [Float]
        var codes: [Int8]
        var scale: Float
    }

    let kind: Kind
    let columns: Int
    private(set) var rows = 0
    private var capacity: Int
    private var allocation: AlignedAllocation
    private var scales: [Float] = []

    init?(_ quantization: VectorQuantization, columns: Int, capacity: Int) {
        switch quantization {
        case .int8: kind = .int8
        case .float16: kind = .float16
        default: return nil
        }
        self.columns = columns
        self.capacity = max(capacity, 1)
        allocation = AlignedAllocation(byteCount: self.capacity * columns * kind.bytesPerComponent)
        scales.reserveCapacity(self.capacity)
    }

    deinit { allocation.deallocate() }

    /// The bytes the rows in use occupy.
    var byteCount: Int { rows * columns * kind.bytesPerComponent + scales.count * MemoryLayout<Float>.stride }

    private func rowPointer(_ row: Int) -> UnsafeMutableRawPointer {
        allocation.pointer + row * columns * kind.bytesPerComponent
    }

    /// Makes the memory of the first `rowCount` rows resident (see ``AlignedAllocation/populate(byteCount:)``).
    func populate(rows rowCount: Int) {
        allocation.populate(byteCount: min(rowCount, capacity) * columns * kind.bytesPerComponent)
    }

    /// Whole huge pages the codes of the rows in use span (see ``AlignedAllocation/collapseHugePage(_:)``).
    var hugePageCount: Int { allocation.hugePageCount(byteCount: rows * columns * kind.bytesPerComponent) }

    /// Moves huge page `index` of the codes onto a transparent huge page.
    func collapseHugePage(_ index: Int) -> AlignedAllocation.HugePageOutcome { allocation.collapseHugePage(index) }

    func append(_ vector: UnsafePointer<Float>) {
        reserve(rows + 1)
        rows += 1
        if kind == .int8 { scales.append(0) }
        set(rows - 1, from: vector)
    }

    func set(_ row: Int, from vector: UnsafePointer<Float>) {
        switch kind {
        case .int8:
            scales[row] = vik_quantize_int8(
                vector, columns, rowPointer(row).assumingMemoryBound(to: Int8.self))
        case .float16:
            vik_float_to_half(vector, columns, rowPointer(row).assumingMemoryBound(to: UInt16.self))
        }
    }

    func reserve(_ rowCount: Int) {
        guard rowCount > capacity else { return }
        let newCapacity = max(rowCount, capacity + capacity / 2, 64)
        let newAllocation = AlignedAllocation(byteCount: newCapacity * columns * kind.bytesPerComponent)
        newAllocation.pointer.copyMemory(from: allocation.pointer, byteCount: rows * columns * kind.bytesPerComponent)
        allocation.deallocate()
        allocation = newAllocation
        capacity = newCapacity
    }

    /// Removes the rows for which `keep` is false, sliding the others down in order.
    func compact(keeping keep: (Int) -> Bool) {
        let rowBytes = columns * kind.bytesPerComponent
        var target = 0
        for source in 0..<rows where keep(source) {
            if source != target {
                rowPointer(target).copyMemory(from: rowPointer(source), byteCount: rowBytes)
                if kind == .int8 { scales[target] = scales[source] }
            }
            target += 1
        }
        rows = target
        if kind == .int8 { scales.removeLast(scales.count - target) }
    }

    /// Prepares a normalised query for ``score(rows:query:into:)``.
    func prepare(_ query: UnsafePointer<Float>) -> Query {
        switch kind {
        case .int8:
            var codes = [Int8](repeating: 0, count: columns)
            let scale = codes.withUnsafeMutableBufferPointer { buffer in
                vik_quantize_int8(query, columns, buffer.baseAddress)
            }
            return Query(floats: [], codes: codes, scale: scale)
        case .float16:
            return Query(floats: Array(UnsafeBufferPointer(start: query, count: columns)), codes: [], scale: 1)
        }
    }

    /// Approximate scores of `rows` against `query`, written to `scores`.
    func score(rows range: Range<Int>, query: Query, into scores: UnsafeMutablePointer<Float>) {
        switch kind {
        case .int8:
            scales.withUnsafeBufferPointer { scaleBuffer in
                query.codes.withUnsafeBufferPointer { codes in
                    vik_score_int8(
                        UnsafePointer(rowPointer(range.lowerBound).assumingMemoryBound(to: Int8.self)),
                        scaleBuffer.baseAddress.map { $0 + range.lowerBound }, range.count, columns,
                        codes.baseAddress, query.scale, scores)
                }
            }
        case .float16:
            query.floats.withUnsafeBufferPointer { floats in
                vik_score_float16(
                    UnsafePointer(rowPointer(range.lowerBound).assumingMemoryBound(to: UInt16.self)), range.count,
                    columns, floats.baseAddress, scores)
            }
        }
    }
}
