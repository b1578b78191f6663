/// The vocabulary of a byte-pair encoding: token bytes → rank (a hash map), and rank → token bytes.
///
/// The map is open-addressed with linear probing. Each slot keeps the token's first eight bytes
/// packed in a `UInt64` next to its length and rank, so a lookup of a short byte slice touches
/// one slot and never allocates; longer tokens compare their tail against ``tokenBytes``.
struct RankTable: Sendable {
    /// The rank that stands for "no such token".
    static let absent = UInt32.max

    /// The bytes of every token, concatenated in rank order.
    let tokenBytes: [UInt8]
    /// `tokenOffsets[rank] ..< tokenOffsets[rank + 1]` are the bytes of `rank` (empty for a gap).
    let tokenOffsets: [UInt32]
    /// The rank of each single byte.
    let byteRanks: [UInt32]

    private let slotPrefixes: [UInt64]
    /// `length << 32 | rank`; 0 marks an empty slot (no token is empty).
    private let slotEntries: [UInt64]
    private let shift: UInt64

    /// The number of ranks, gaps included: the largest rank plus one.
    var rankCount: Int { tokenOffsets.count - 1 }

    /// Builds the table from token bytes in rank order. The caller has checked that no token is
    /// empty, that no two tokens are equal, and that every single byte is a token.
    init(tokenBytes: [UInt8], tokenOffsets: [UInt32]) {
        self.tokenBytes = tokenBytes
        self.tokenOffsets = tokenOffsets
        let rankCount = tokenOffsets.count - 1
        var capacityBits: UInt64 = 4
        while (1 << capacityBits) < rankCount * 2 { capacityBits += 1 }
        let capacity = 1 << Int(capacityBits)
        shift = 64 - capacityBits
        var prefixes = [UInt64](repeating: 0, count: capacity)
        var entries = [UInt64](repeating: 0, count: capacity)
        var byteRanks = [UInt32](repeating: RankTable.absent, count: 256)
        let mask = capacity - 1
        let shift = self.shift
        tokenBytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            for rank in 0..<rankCount {
                let start = Int(tokenOffsets[rank])
                let length = Int(tokenOffsets[rank + 1]) - start
                if length == 0 { continue }
                if length == 1 { byteRanks[Int(base[start])] = UInt32(rank) }
                let key = RankLookup.key(base + start, count: length, readable: bytes.count - start)
                var slot = Int(truncatingIfNeeded: key.hash >> shift)
                while entries[slot] != 0 { slot = (slot + 1) & mask }
                prefixes[slot] = key.prefix
                entries[slot] = UInt64(length) << 32 | UInt64(rank)
            }
        }
        slotPrefixes = prefixes
        slotEntries = entries
        self.byteRanks = byteRanks
    }

    /// Calls `body` with a view of the table that looks ranks up through raw pointers.
    ///
    /// The lookup must not escape `body`.
    @inline(__always)
    func withLookup<Result>(_ body: (RankLookup) throws -> Result) rethrows -> Result {
        try slotPrefixes.withUnsafeBufferPointer { prefixes in
            try slotEntries.withUnsafeBufferPointer { entries in
                try tokenBytes.withUnsafeBufferPointer { bytes in
                    try tokenOffsets.withUnsafeBufferPointer { offsets in
                        try byteRanks.withUnsafeBufferPointer { byteRanks in
                            try body(RankLookup(
                                prefixes: prefixes.baseAddress.unsafelyUnwrapped,
                                entries: entries.baseAddress.unsafelyUnwrapped,
                                mask: prefixes.count - 1,
                                shift: shift,
                                tokenBytes: bytes.baseAddress.unsafelyUnwrapped,
                                tokenOffsets: offsets.baseAddress.unsafelyUnwrapped,
                                byteRanks: byteRanks.baseAddress.unsafelyUnwrapped
                            ))
                        }
                    }
                }
            }
        }
    }
}

/// Rank lookups over the storage of a ``RankTable``, valid only inside ``RankTable/withLookup(_:)``.
struct RankLookup {
    let prefixes: UnsafePointer<UInt64>
    let entries: UnsafePointer<UInt64>
    let mask: Int
    let shift: UInt64
    let tokenBytes: UnsafePointer<UInt8>
    let tokenOffsets: UnsafePointer<UInt32>
    let byteRanks: UnsafePointer<UInt32>

    /// The rank of the `count` bytes at `bytes`, or ``RankTable/absent``.
    ///
    /// `readable` is how many bytes from `bytes` may be read (at least `count`): with eight or more
    /// the first word is read in one unaligned load.
    @inline(__always)
    func rank(_ bytes: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt32 {
        let key = RankLookup.key(bytes, count: count, readable: readable)
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while true {
            let entry = entries[slot]
            if entry == 0 { return RankTable.absent }
            if Int(truncatingIfNeeded: entry >> 32) == count && prefixes[slot] == key.prefix {
                let rank = UInt32(truncatingIfNeeded: entry)
                if count <= 8 || tailsEqual(bytes, count: count, rank: rank) { return rank }
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func tailsEqual(_ bytes: UnsafePointer<UInt8>, count: Int, rank: UInt32) -> Bool {
        let token = tokenBytes + Int(tokenOffsets[Int(rank)])
        var index = 8
        while index < count {
            if bytes[index] != token[index] { return false }
            index += 1
        }
        return true
    }

    /// The packed first eight bytes and the hash of a byte slice.
    @inline(__always)
    static func key(
        _ bytes: UnsafePointer<UInt8>, count: Int, readable: Int
    ) -> (prefix: UInt64, hash: UInt64) {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        let prefix = word(bytes, count: min(count, 8), readable: readable)
        var hash = (prefix ^ UInt64(truncatingIfNeeded: count) << 59) &* multiplier
        var offset = 8
        while offset < count {
            let tail = word(bytes + offset, count: min(count - offset, 8), readable: readable - offset)
            hash = (hash ^ (hash >> 31) ^ tail) &* multiplier
            offset += 8
        }
        return (prefix, hash)
    }

    /// Up to eight bytes packed little-endian into a word, the unused high bytes zero.
    @inline(__always)
    private static func word(_ bytes: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64 {
        if readable >= 8 {
            let raw = UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
            return count == 8 ? raw : raw & ((1 << (UInt64(count) &* 8)) &- 1)
        }
        var value: UInt64 = 0
        for index in 0..<count { value |= UInt64(bytes[index]) << (UInt64(index) * 8) }
        return value
    }
}
