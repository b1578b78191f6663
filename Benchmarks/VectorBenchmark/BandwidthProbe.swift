import Foundation

/// Measures memory read bandwidth by summing a copy of the matrix with SIMD loads, split over threads like the scans.
///
/// The copy lives in memory laid out like the index's matrix once its background move onto huge pages is done
/// (aligned to 2 MB, on transparent huge pages where Linux offers them), so the floor it gives is the one the index's
/// scan actually faces. Passes are meant to be interleaved with the
/// searches they are compared with, so both see the same machine load.
final class BandwidthProbe {
    let byteCount: Int
    let threads: Int
    private let floats: UnsafeMutablePointer<Float>
    private let count: Int

    init(copying values: Data, threads: Int) {
        byteCount = values.count
        count = byteCount / MemoryLayout<Float>.stride
        self.threads = threads
        floats = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: Self.hugePageSize)
            .bindMemory(to: Float.self, capacity: count)
        #if os(Linux)
        _ = madvise(floats, byteCount / Self.hugePageSize * Self.hugePageSize, Self.adviseHugePages)
        #endif
        _ = values.copyBytes(to: UnsafeMutableBufferPointer(start: floats, count: count))
    }

    private static let hugePageSize = 2 << 20
    #if os(Linux)
    /// `MADV_HUGEPAGE`: fault the copy in as huge pages directly (its allocation time is not measured).
    private static let adviseHugePages: Int32 = 14
    #endif

    deinit { floats.deallocate() }

    /// Reads the whole copy once with `threads` threads (default: the probe's) and returns the seconds it took.
    func pass(threads: Int? = nil) -> Double {
        let start = Measurement.now()
        let total = sum(threads: threads ?? self.threads)
        let seconds = Double(Measurement.now() - start) / 1e9
        if total == .infinity { print("") }  // keeps the sum alive
        return seconds
    }

    private func sum(threads: Int) -> Float {
        let chunks = UnsafeMutableBufferPointer<Float>.allocate(capacity: threads)
        defer { chunks.deallocate() }
        let vectors = count / 16
        nonisolated(unsafe) let base = UnsafeRawPointer(floats)
        nonisolated(unsafe) let results = chunks
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let range = (worker * vectors / threads)..<((worker + 1) * vectors / threads)
            var a = SIMD16<Float>(), b = SIMD16<Float>()
            var index = range.lowerBound
            while index + 1 < range.upperBound {
                a += base.load(fromByteOffset: index * 64, as: SIMD16<Float>.self)
                b += base.load(fromByteOffset: (index + 1) * 64, as: SIMD16<Float>.self)
                index += 2
            }
            if index < range.upperBound { a += base.load(fromByteOffset: index * 64, as: SIMD16<Float>.self) }
            results[worker] = (a + b).sum()
        }
        return chunks.reduce(0, +)
    }
}
