import Foundation
import Testing

@testable import VectorIndex

@Suite struct AlignedAllocationTests {
    /// Fills every other 4 KiB of `words` with a pattern (zeros elsewhere), so that operations meet both touched and
    /// untouched pages.
    private static func pattern(_ index: Int) -> UInt32 {
        (index / 1024) % 2 == 0 ? UInt32(truncatingIfNeeded: index) &* 2_654_435_761 : 0
    }

    private static func fill(_ allocation: AlignedAllocation, byteCount: Int) -> UnsafeMutablePointer<UInt32> {
        let words = allocation.pointer.bindMemory(to: UInt32.self, capacity: byteCount / 4)
        for index in 0..<(byteCount / 4) where (index / 1024) % 2 == 0 { words[index] = pattern(index) }
        return words
    }

    private static func damagedWords(_ words: UnsafeMutablePointer<UInt32>, byteCount: Int) -> Int {
        (0..<(byteCount / 4)).filter { words[$0] != pattern($0) }.count
    }

    @Test("Populating a large allocation changes none of the bytes already written", arguments: [64, 16 << 20])
    func populateKeepsContents(byteCount: Int) {
        let allocation = AlignedAllocation(byteCount: byteCount)
        defer { allocation.deallocate() }
        #expect(Int(bitPattern: allocation.pointer) % 64 == 0)
        let words = Self.fill(allocation, byteCount: byteCount)
        allocation.populate(byteCount: byteCount)
        #expect(Self.damagedWords(words, byteCount: byteCount) == 0)
    }

    @Test("A large allocation starts on a huge-page boundary and is collapsed onto huge pages with its bytes intact")
    func collapseKeepsContents() throws {
        let byteCount = (16 << 20) + 12_345
        let allocation = AlignedAllocation(byteCount: byteCount)
        defer { allocation.deallocate() }
        let words = Self.fill(allocation, byteCount: byteCount)
        allocation.populate(byteCount: byteCount)
        #if os(Linux)
        #expect(Int(bitPattern: allocation.pointer) % AlignedAllocation.hugePageSize == 0)
        #expect(allocation.hugePageCount(byteCount: byteCount) == 8)
        #expect(allocation.hugePageCount(byteCount: (2 << 20) - 1) == 0)
        #endif
        let outcomes = (0..<allocation.hugePageCount(byteCount: byteCount)).map { allocation.collapseHugePage($0) }
        #expect(Self.damagedWords(words, byteCount: byteCount) == 0)
        // Only where the kernel has MADV_COLLAPSE (Linux 6.1+, transparent huge pages not disabled).
        if outcomes.contains(.backed) {
            let backed = try #require(HugePageProbe.hugePageBytes(containing: allocation.pointer))
            #expect(backed >= outcomes.filter { $0 == .backed }.count * AlignedAllocation.hugePageSize)
        }
    }

    @Test("Small allocations have no huge pages to collapse")
    func smallAllocationsAreNotCollapsed() {
        let allocation = AlignedAllocation(byteCount: 4 << 20)
        defer { allocation.deallocate() }
        #expect(allocation.hugePageCount(byteCount: 4 << 20) == 0)
        #expect(allocation.collapseHugePage(0) == .unsupported)
    }
}

/// Reads how much of a mapping the kernel backs with transparent huge pages, from `/proc/self/smaps`.
enum HugePageProbe {
    /// The `AnonHugePages` bytes of the mapping that contains `address`, or `nil` off Linux or when no mapping does.
    static func hugePageBytes(containing address: UnsafeRawPointer) -> Int? {
        // procfs files report a size of 0, so read to the end rather than by size.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/smaps") else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() else { return nil }
        let smaps = String(decoding: data, as: UTF8.self)
        let target = UInt(bitPattern: Int(bitPattern: address))
        var inside = false
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = fields.first else { continue }
            if first.contains("-"), !first.hasSuffix(":") {
                let bounds = first.split(separator: "-").compactMap { UInt($0, radix: 16) }
                inside = bounds.count == 2 && bounds[0] <= target && target < bounds[1]
            } else if inside, first == "AnonHugePages:", fields.count >= 2, let kilobytes = Int(fields[1]) {
                return kilobytes * 1024
            }
        }
        return nil
    }
}
