/// The best `k` (score, row) pairs seen so far, without sorting all candidates.
///
/// A min-heap on "worse": lower score, or equal score and later row. Each offer costs O(1) when the candidate does
/// not beat the current k-th best (the common case in a scan) and O(log k) otherwise.
struct TopKHeap {
    struct Entry {
        var score: Float
        var row: Int
    }

    let k: Int
    private(set) var entries: [Entry] = []

    init(k: Int) {
        self.k = k
        entries.reserveCapacity(k)
    }

    /// The score a new candidate must beat to enter; `-infinity` until the heap holds `k` entries.
    var threshold: Float { entries.count < k ? -.infinity : entries[0].score }

    /// Offers a candidate; rows must be offered in increasing order within one scan for ties to favour earlier rows.
    @inline(__always)
    mutating func offer(score: Float, row: Int) {
        if entries.count < k {
            entries.append(Entry(score: score, row: row))
            siftUp(entries.count - 1)
        } else if Self.isBetter(Entry(score: score, row: row), than: entries[0]) {
            entries[0] = Entry(score: score, row: row)
            siftDown(0)
        }
    }

    /// Folds another heap's entries into this one.
    mutating func merge(_ other: TopKHeap) {
        for entry in other.entries { offer(score: entry.score, row: entry.row) }
    }

    /// The entries, best first: higher score, then earlier row.
    func sorted() -> [Entry] {
        entries.sorted { Self.isBetter($0, than: $1) }
    }

    static func isBetter(_ a: Entry, than b: Entry) -> Bool {
        a.score > b.score || (a.score == b.score && a.row < b.row)
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.isBetter(entries[parent], than: entries[child]) else { return }
            entries.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        let count = entries.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { return }
            var worst = left
            let right = left + 1
            if right < count, Self.isBetter(entries[left], than: entries[right]) { worst = right }
            guard Self.isBetter(entries[parent], than: entries[worst]) else { return }
            entries.swapAt(parent, worst)
            parent = worst
        }
    }
}
