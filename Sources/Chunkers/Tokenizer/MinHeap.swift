/// A binary min-heap of `UInt64` keys.
struct MinHeap {
    private var keys: [UInt64] = []

    var isEmpty: Bool { keys.isEmpty }

    func peek() -> UInt64? { keys.first }

    mutating func reserve(_ capacity: Int) { keys.reserveCapacity(capacity) }

    mutating func push(_ key: UInt64) {
        keys.append(key)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if keys[parent] <= key { break }
            keys[child] = keys[parent]
            child = parent
        }
        keys[child] = key
    }

    mutating func pop() -> UInt64? {
        guard let last = keys.popLast() else { return nil }
        guard let top = keys.first else { return last }
        let count = keys.count
        var parent = 0
        while true {
            var child = 2 * parent + 1
            if child >= count { break }
            if child + 1 < count, keys[child + 1] < keys[child] { child += 1 }
            if last <= keys[child] { break }
            keys[parent] = keys[child]
            parent = child
        }
        keys[parent] = last
        return top
    }
}
