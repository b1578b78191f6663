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
    /// The rank of each two-byte token at `first << 8 | second`, or ``absent``.
    let pairRanks: [UInt32]

    /// One slot of the hash map: a token's first eight bytes, and `length << 32 | rank` (0 marks
    /// an empty slot: no token is empty). Together in 16 bytes, so a probe reads one cache line.
    struct Slot {
        var prefix: UInt64 = 0
        var entry: UInt64 = 0
    }

    private let slots: [Slot]
    /// One bit per value of ``RankLookup/filterBit(_:)``, set for every token: most absent byte
    /// strings are told apart here, in 256 KB that stays in cache, without probing the slots.
    private let filter: [UInt64]
    private let shift: UInt64

    /// The number of ranks, gaps included: the largest rank plus one.
    var rankCount: Int { tokenOffsets.count - 1 }

    /// A token whose bytes are those of an earlier rank.
    struct DuplicateToken: Error {
        let rank: Int
    }

    /// Builds the table from token bytes in rank order; no token may be empty.
    ///
    /// - Throws: ``DuplicateToken`` when two ranks have the same bytes.
    init(tokenBytes: [UInt8], tokenOffsets: [UInt32]) throws(DuplicateToken) {
        self.tokenBytes = tokenBytes
        self.tokenOffsets = tokenOffsets
        let rankCount = tokenOffsets.count - 1
        var capacityBits: UInt64 = 4
        while (1 << capacityBits) < rankCount * 2 { capacityBits += 1 }
        let capacity = 1 << Int(capacityBits)
        shift = 64 - capacityBits
        var slots = [Slot](repeating: Slot(), count: capacity)
        var filter = [UInt64](repeating: 0, count: RankLookup.filterWords)
        var byteRanks = [UInt32](repeating: RankTable.absent, count: 256)
        var pairRanks = [UInt32](repeating: RankTable.absent, count: 1 << 16)
        let mask = capacity - 1
        let shift = self.shift
        let duplicate = tokenBytes.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress else { return nil }
            for rank in 0..<rankCount {
                let start = Int(tokenOffsets[rank])
                let length = Int(tokenOffsets[rank + 1]) - start
                if length == 0 { continue }
                if length == 1 { byteRanks[Int(base[start])] = UInt32(rank) }
                if length == 2 { pairRanks[Int(base[start]) << 8 | Int(base[start + 1])] = UInt32(rank) }
                let key = RankLookup.key(base + start, count: length, readable: bytes.count - start)
                let bit = RankLookup.filterBit(key.hash)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
                var slot = Int(truncatingIfNeeded: key.hash >> shift)
                while slots[slot].entry != 0 {
                    if slots[slot].entry >> 32 == UInt64(length) && slots[slot].prefix == key.prefix {
                        let other = Int(tokenOffsets[Int(truncatingIfNeeded: slots[slot].entry & 0xFFFF_FFFF)])
                        if length <= 8 || (8..<length).allSatisfy({ base[start + $0] == base[other + $0] }) {
                            return rank
                        }
                    }
                    slot = (slot + 1) & mask
                }
                slots[slot] = Slot(prefix: key.prefix, entry: UInt64(length) << 32 | UInt64(rank))
            }
            return nil
        }
        if let duplicate { throw DuplicateToken(rank: duplicate) }
        self.slots = slots
        self.filter = filter
        self.byteRanks = byteRanks
        self.pairRanks = pairRanks
    }

    /// Calls `body` with a view of the table that looks ranks up through raw pointers.
    ///
    /// The lookup must not escape `body`.
    @inline(__always)
    func withLookup<Result>(_ body: (RankLookup) throws -> Result) rethrows -> Result {
        try slots.withUnsafeBufferPointer { slots in
            try filter.withUnsafeBufferPointer { filter in
                try tokenBytes.withUnsafeBufferPointer { bytes in
                    try tokenOffsets.withUnsafeBufferPointer { offsets in
                        try byteRanks.withUnsafeBufferPointer { byteRanks in
                            try pairRanks.withUnsafeBufferPointer { pairRanks in
                                try body(RankLookup(
                                    slots: slots.baseAddress.unsafelyUnwrapped,
                                    filter: filter.baseAddress.unsafelyUnwrapped,
                                    mask: slots.count - 1,
                                    shift: shift,
                                    tokenBytes: bytes.baseAddress.unsafelyUnwrapped,
                                    tokenOffsets: offsets.baseAddress.unsafelyUnwrapped,
                                    rankCount: offsets.count - 1,
                                    byteRanks: byteRanks.baseAddress.unsafelyUnwrapped,
                                    pairRanks: pairRanks.baseAddress.unsafelyUnwrapped
                                ))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Rank lookups over the storage of a ``RankTable``, valid only inside ``RankTable/withLookup(_:)``.
struct RankLookup {
    let slots: UnsafePointer<RankTable.Slot>
    let filter: UnsafePointer<UInt64>
    let mask: Int
    let shift: UInt64
    let tokenBytes: UnsafePointer<UInt8>
    let tokenOffsets: UnsafePointer<UInt32>
    /// The number of ranks, gaps included.
    let rankCount: Int
    let byteRanks: UnsafePointer<UInt32>
    let pairRanks: UnsafePointer<UInt32>

    /// The rank of the two bytes at `bytes`, or ``RankTable/absent``.
    @inline(__always)
    func pairRank(_ bytes: UnsafePointer<UInt8>) -> UInt32 {
        pairRanks[Int(bytes[0]) << 8 | Int(bytes[1])]
    }

    /// The rank of the `count` bytes at `bytes`, or ``RankTable/absent``.
    ///
    /// `readable` is how many bytes from `bytes` may be read (at least `count`): with eight or more
    /// the first word is read in one unaligned load.
    @inline(__always)
    func rank(_ bytes: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt32 {
        if count == 2 { return pairRank(bytes) }
        let key = RankLookup.key(bytes, count: count, readable: readable)
        let bit = Self.filterBit(key.hash)
        if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return RankTable.absent }
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while true {
            let entry = slots[slot].entry
            if entry == 0 { return RankTable.absent }
            if Int(truncatingIfNeeded: entry >> 32) == count && slots[slot].prefix == key.prefix {
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

    /// The number of words of the filter: 2^21 bits.
    static let filterWords = 1 << 15

    /// The filter bit of a hash, from bits the slot index does not use first.
    @inline(__always)
    static func filterBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash >> 20) & (UInt64(filterWords) * 64 - 1))
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
