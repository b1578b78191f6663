import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// Measures memory read bandwidth by summing a buffer with SIMD loads, split over threads like the scans.
///
/// The buffer is first copied into memory laid out like the index's matrix (transparent huge pages on Linux), so
/// the floor it gives is the one the index's scan actually faces.
enum BandwidthProbe {
    /// Copies `values` into matrix-like memory, measures, and frees it again.
    static func readBandwidth(copying values: [Float], threads: Int) -> Double {
        let byteCount = values.count * MemoryLayout<Float>.stride
        #if os(Linux)
        let hugePage = 2 << 20
        let length = byteCount + hugePage
        if let mapping = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            mapping != MAP_FAILED
        {
            defer { munmap(mapping, length) }
            let start = mapping + (hugePage - Int(bitPattern: mapping) % hugePage) % hugePage
            _ = madvise(start, byteCount, MADV_HUGEPAGE)
            let floats = start.bindMemory(to: Float.self, capacity: values.count)
            _ = UnsafeMutableBufferPointer(start: floats, count: values.count).initialize(from: values)
            return readBandwidth(UnsafeBufferPointer(start: floats, count: values.count), threads: threads)
        }
        #endif
        return values.withUnsafeBufferPointer { readBandwidth($0, threads: threads) }
    }

    /// Bytes per second reading `buffer` once, the best of `repeats` passes.
    static func readBandwidth(_ buffer: UnsafeBufferPointer<Float>, threads: Int, repeats: Int = 5) -> Double {
        var best = Double.infinity
        var sink: Float = 0
        for _ in 0..<repeats {
            let start = Measurement.now()
            sink += sum(buffer, threads: threads)
            best = min(best, Double(Measurement.now() - start) / 1e9)
        }
        if sink == .infinity { print("") }  // keeps the sums alive
        return Double(buffer.count * MemoryLayout<Float>.stride) / best
    }

    private static func sum(_ buffer: UnsafeBufferPointer<Float>, threads: Int) -> Float {
        let chunks = UnsafeMutableBufferPointer<Float>.allocate(capacity: threads)
        defer { chunks.deallocate() }
        let vectors = buffer.count / 16
        nonisolated(unsafe) let base = buffer.baseAddress
        nonisolated(unsafe) let results = chunks
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            guard let base else { return }
            let range = (worker * vectors / threads)..<((worker + 1) * vectors / threads)
            let raw = UnsafeRawPointer(base)
            var a = SIMD16<Float>(), b = SIMD16<Float>()
            var index = range.lowerBound
            while index + 1 < range.upperBound {
                a += raw.loadUnaligned(fromByteOffset: index * 64, as: SIMD16<Float>.self)
                b += raw.loadUnaligned(fromByteOffset: (index + 1) * 64, as: SIMD16<Float>.self)
                index += 2
            }
            if index < range.upperBound { a += raw.loadUnaligned(fromByteOffset: index * 64, as: SIMD16<Float>.self) }
            results[worker] = (a + b).sum()
        }
        return chunks.reduce(0, +)
    }
}
