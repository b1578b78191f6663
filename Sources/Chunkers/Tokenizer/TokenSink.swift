/// Receives the token ranks of encoded text, in order.
protocol TokenSink {
    mutating func append(_ rank: UInt32)
}

/// Collects token ids.
struct TokenArraySink: TokenSink {
    var tokens: [Int] = []
    @inline(__always) mutating func append(_ rank: UInt32) { tokens.append(Int(rank)) }
}

/// Counts tokens without keeping them.
struct TokenCountSink: TokenSink {
    var count = 0
    @inline(__always) mutating func append(_ rank: UInt32) { count += 1 }
}
