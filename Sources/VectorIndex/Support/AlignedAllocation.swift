#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory for a large matrix: 64-byte aligned, and on Linux mapped directly from the kernel when large, so that
/// its pages can be made resident ahead of the copy that fills them (``populate(byteCount:)``) and later be moved
/// onto transparent huge pages (``collapseHugePage(_:)``).
///
/// It starts on ordinary pages: measured on the two-core machine, a fresh process faulted huge pages in two to
/// three times slower (a huge page must be zeroed whole and, on a virtual machine, first be supplied by the host),
/// which would slow every open. Scans do run faster on huge pages, so the mapping starts on a huge-page boundary
/// and ``HugePageBacking`` collapses it once it is filled.
struct AlignedAllocation {
    let pointer: UnsafeMutableRawPointer
    /// The kernel mapping behind a large allocation: where it starts (before the huge-page alignment of
    /// ``pointer``), its length, and how many bytes from ``pointer`` it covers.
    private let mapping: (base: UnsafeMutableRawPointer, length: Int, usable: Int)?

    /// The size of a transparent huge page on x86-64 and on arm64 with 4 KiB base pages.
    static let hugePageSize = 2 << 20
    private static let mappingThreshold = 8 << 20

    init(byteCount: Int) {
        let byteCount = max(byteCount, 64)
        #if os(Linux)
        if byteCount >= Self.mappingThreshold {
            // One huge page longer than asked, so that the matrix can start on a huge-page boundary; the spare
            // address space is never touched and costs no memory.
            let length = byteCount + Self.hugePageSize
            let base = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            if let base, base != MAP_FAILED {
                let misalignment = Int(bitPattern: base) % Self.hugePageSize
                let offset = misalignment == 0 ? 0 : Self.hugePageSize - misalignment
                pointer = base + offset
                mapping = (base, length, length - offset)
                return
            }
        }
        #endif
        pointer = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64)
        mapping = nil
    }

    /// Makes the pages of the first `byteCount` bytes resident, last page first, without changing any byte.
    ///
    /// Meant to run on a second thread while the first one fills the memory from the front: the two meet in the
    /// middle, and the filling thread stops faulting once it reaches pages already made resident. Pages the filler
    /// got to first are left as they are. A no-op for small allocations and where the kernel cannot populate a
    /// range (Linux before 5.14, other systems).
    func populate(byteCount: Int) {
        #if os(Linux)
        guard let mapping else { return }
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        var end = (min(byteCount, mapping.usable) + pageSize - 1) / pageSize * pageSize
        while end > 0 {
            let start = max(0, end - Self.populateChunk)
            guard madvise(pointer + start, end - start, Self.populateWrite) == 0 else { return }
            end = start
        }
        #endif
    }

    /// What the kernel made of a request to back part of the allocation with a huge page.
    enum HugePageOutcome: Equatable {
        /// The range is on a huge page now (or already was).
        case backed
        /// Not this time (the kernel found the range busy); later pages may still succeed.
        case skipped
        /// No huge page could be had (memory is short or fragmented); later pages would fail the same way.
        case exhausted
        /// This system cannot do it: not Linux 6.1 or later, transparent huge pages disabled, or a small allocation.
        case unsupported
    }

    /// The number of whole huge pages within the first `byteCount` bytes: those ``collapseHugePage(_:)`` takes.
    func hugePageCount(byteCount: Int) -> Int {
        guard let mapping else { return 0 }
        return min(byteCount, mapping.usable) / Self.hugePageSize
    }

    /// Moves huge page `index` (bytes `index * hugePageSize ..< (index + 1) * hugePageSize`) onto one transparent
    /// huge page now (`MADV_COLLAPSE`): the kernel copies its resident small pages into a huge page and frees them.
    ///
    /// No byte changes, and other threads may read and write the range meanwhile (they wait for the few
    /// milliseconds the copy takes). Only ranges already resident should be collapsed: missing pages would be
    /// filled with zeros and counted as resident.
    func collapseHugePage(_ index: Int) -> HugePageOutcome {
        #if os(Linux)
        guard index < hugePageCount(byteCount: .max) else { return .unsupported }
        if madvise(pointer + index * Self.hugePageSize, Self.hugePageSize, Self.collapse) == 0 { return .backed }
        switch errno {
        case EAGAIN: return .skipped
        case ENOMEM: return .exhausted
        default: return .unsupported
        }
        #else
        return .unsupported
        #endif
    }

    #if os(Linux)
    /// `MADV_POPULATE_WRITE` (Linux 5.14), which older C library headers do not declare.
    private static let populateWrite: Int32 = 23
    /// `MADV_COLLAPSE` (Linux 6.1), likewise.
    private static let collapse: Int32 = 25
    /// Small enough that the populating thread soon reaches pages the filling thread already touched.
    private static let populateChunk = 8 << 20
    #endif

    func deallocate() {
        if let mapping {
            munmap(mapping.base, mapping.length)
        } else {
            pointer.deallocate()
        }
    }
}
