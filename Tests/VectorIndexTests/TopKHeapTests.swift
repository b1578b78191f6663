import Testing

@testable import VectorIndex

@Suite struct TopKHeapTests {
    @Test("Keeps the k best of any sequence, best first, ties by earlier row", arguments: [1, 3, 10, 64])
    func keepsBest(k: Int) {
        var generator = SeededGenerator(seed: UInt64(k))
        // Few distinct scores, so ties are frequent.
        let scores = (0..<500).map { _ in Float(Int.random(in: 0..<20, using: &generator)) / 4 }
        var heap = TopKHeap(k: k)
        for (row, score) in scores.enumerated().shuffled(using: &generator) { heap.offer(score: score, row: row) }
        let expected = scores.enumerated().sorted { $0.element > $1.element || ($0.element == $1.element && $0.offset < $1.offset) }
            .prefix(k)
        #expect(heap.sorted().map(\.row) == expected.map(\.offset))
        #expect(heap.sorted().map(\.score) == expected.map(\.element))
    }

    @Test("Merging two heaps equals one heap over both halves")
    func merge() {
        var generator = SeededGenerator(seed: 4)
        let scores = (0..<300).map { _ in Float.random(in: -1...1, using: &generator) }
        var whole = TopKHeap(k: 12), left = TopKHeap(k: 12), right = TopKHeap(k: 12)
        for (row, score) in scores.enumerated() {
            whole.offer(score: score, row: row)
            if row < 150 { left.offer(score: score, row: row) } else { right.offer(score: score, row: row) }
        }
        right.merge(left)
        #expect(right.sorted().map(\.row) == whole.sorted().map(\.row))
    }

    @Test("The threshold is minus infinity until the heap is full")
    func threshold() {
        var heap = TopKHeap(k: 2)
        #expect(heap.threshold == -.infinity)
        heap.offer(score: 0.5, row: 0)
        #expect(heap.threshold == -.infinity)
        heap.offer(score: 0.25, row: 1)
        #expect(heap.threshold == 0.25)
        heap.offer(score: 0.75, row: 2)
        #expect(heap.threshold == 0.5)
    }
}
