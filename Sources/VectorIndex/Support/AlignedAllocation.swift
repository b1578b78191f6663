#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory for a large float matrix: 64-byte aligned, and on Linux backed by transparent huge pages when it is
/// large, which makes the first touch (the copy at open) fault 512 times less often and the scans miss the TLB less.
struct AlignedAllocation {
    let pointer: UnsafeMutableRawPointer
    private let mappingBase: UnsafeMutableRawPointer?
    private let mappingLength: Int

    private static let hugePage = 2 << 20

    init(byteCount: Int) {
        let byteCount = max(byteCount, 64)
        #if os(Linux)
        if byteCount >= 4 * Self.hugePage {
            let length = byteCount + Self.hugePage
            let mapping = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            if let mapping, mapping != MAP_FAILED {
                let aligned = (Int(bitPattern: mapping) + Self.hugePage - 1) & ~(Self.hugePage - 1)
                let start = UnsafeMutableRawPointer(bitPattern: aligned) ?? mapping
                _ = madvise(start, byteCount, MADV_HUGEPAGE)
                pointer = start
                mappingBase = mapping
                mappingLength = length
                return
            }
        }
        #endif
        pointer = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64)
        mappingBase = nil
        mappingLength = 0
    }

    func deallocate() {
        if let mappingBase {
            munmap(mappingBase, mappingLength)
        } else {
            pointer.deallocate()
        }
    }
}
