/// Fast lookups of the heading path and page at an offset of a document.
struct DocumentStructure: Sendable {
    private let headingOffsets: [Int]
    private let headingPaths: [[String]]
    private let pages: [PageSpan]

    init(_ document: Document) {
        var stack: [Heading] = []
        var offsets: [Int] = []
        var paths: [[String]] = []
        for heading in document.headings.sorted(by: { $0.offset < $1.offset }) {
            while let last = stack.last, last.level >= heading.level { stack.removeLast() }
            stack.append(heading)
            offsets.append(heading.offset)
            paths.append(stack.map(\.title))
        }
        headingOffsets = offsets
        headingPaths = paths
        pages = document.pages.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
    }

    /// The titles of the headings in force at an offset: the last heading at or before it, and its parents.
    func headingPath(at offset: Int) -> [String] {
        let index = headingOffsets.partitioningIndex { $0 > offset }
        return index == 0 ? [] : headingPaths[index - 1]
    }

    /// The number of the first page that overlaps a range, or `nil`.
    func page(overlapping range: Range<Int>) -> Int? {
        let index = pages.partitioningIndex { $0.byteRange.upperBound > range.lowerBound }
        for page in pages[index...] {
            if page.byteRange.lowerBound >= range.upperBound { break }
            if page.byteRange.overlaps(range) { return page.number }
        }
        return nil
    }

    /// Offsets where a new page starts (excluding 0), for chunkers that keep pages apart.
    var pageStarts: [Int] { pages.map(\.byteRange.lowerBound).filter { $0 > 0 } }

    /// Offsets where a heading starts (excluding 0).
    var headingStarts: [Int] { headingOffsets.filter { $0 > 0 } }
}

extension Array {
    /// The first index whose element satisfies a predicate that is false then true along the array.
    @inline(__always)
    func partitioningIndex(where belongsInSecondPartition: (Element) -> Bool) -> Int {
        var low = 0
        var length = count
        while length > 0 {
            let half = length / 2
            let middle = low + half
            if belongsInSecondPartition(self[middle]) {
                length = half
            } else {
                low = middle + 1
                length -= half + 1
            }
        }
        return low
    }
}
