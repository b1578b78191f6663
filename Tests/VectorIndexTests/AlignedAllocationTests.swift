import Testing

@testable import VectorIndex

@Suite struct AlignedAllocationTests {
    @Test("Populating a large allocation changes none of the bytes already written", arguments: [64, 16 << 20])
    func populateKeepsContents(byteCount: Int) {
        let allocation = AlignedAllocation(byteCount: byteCount)
        defer { allocation.deallocate() }
        #expect(Int(bitPattern: allocation.pointer) % 64 == 0)
        let words = allocation.pointer.bindMemory(to: UInt32.self, capacity: byteCount / 4)
        // Fill every other 4 KiB so that the populate meets both touched and untouched pages.
        func pattern(_ index: Int) -> UInt32 {
            (index / 1024) % 2 == 0 ? UInt32(truncatingIfNeeded: index) &* 2_654_435_761 : 0
        }
        for index in 0..<(byteCount / 4) where (index / 1024) % 2 == 0 { words[index] = pattern(index) }
        allocation.populate(byteCount: byteCount)
        let damaged = (0..<(byteCount / 4)).filter { words[$0] != pattern($0) }.count
        #expect(damaged == 0)
    }
}
