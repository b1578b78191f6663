#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory for a large matrix: 64-byte aligned, and on Linux mapped directly from the kernel when large, so that
/// its pages can be made resident ahead of the copy that fills them (``populate(byteCount:)``).
///
/// Ordinary pages, not transparent huge pages: measured on the two-core machine, scans ran no faster on huge pages,
/// while a fresh process's first open faulted them in two to three times slower (a huge page must be zeroed whole
/// and, on a virtual machine, first be supplied by the host).
struct AlignedAllocation {
    let pointer: UnsafeMutableRawPointer
    private let mappingBase: UnsafeMutableRawPointer?
    private let mappingLength: Int

    private static let mappingThreshold = 8 << 20

    init(byteCount: Int) {
        let byteCount = max(byteCount, 64)
        #if os(Linux)
        if byteCount >= Self.mappingThreshold {
            let mapping = mmap(nil, byteCount, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            if let mapping, mapping != MAP_FAILED {
                pointer = mapping
                mappingBase = mapping
                mappingLength = byteCount
                return
            }
        }
        #endif
        pointer = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64)
        mappingBase = nil
        mappingLength = 0
    }

    /// Makes the pages of the first `byteCount` bytes resident, last page first, without changing any byte.
    ///
    /// Meant to run on a second thread while the first one fills the memory from the front: the two meet in the
    /// middle, and the filling thread stops faulting once it reaches pages already made resident. Pages the filler
    /// got to first are left as they are. A no-op for small allocations and where the kernel cannot populate a
    /// range (Linux before 5.14, other systems).
    func populate(byteCount: Int) {
        #if os(Linux)
        guard let mappingBase else { return }
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        var end = (min(byteCount, mappingLength) + pageSize - 1) / pageSize * pageSize
        while end > 0 {
            let start = max(0, end - Self.populateChunk)
            guard madvise(mappingBase + start, end - start, Self.populateWrite) == 0 else { return }
            end = start
        }
        #endif
    }

    #if os(Linux)
    /// `MADV_POPULATE_WRITE` (Linux 5.14), which older C library headers do not declare.
    private static let populateWrite: Int32 = 23
    /// Small enough that the populating thread soon reaches pages the filling thread already touched.
    private static let populateChunk = 8 << 20
    #endif

    func deallocate() {
        if let mappingBase {
            munmap(mappingBase, mappingLength)
        } else {
            pointer.deallocate()
        }
    }
}
