/// Groups inputs into requests that respect an endpoint's limits, keeping input order.
enum EmbeddingBatcher {
    /// Splits `tokenCounts` (one per input) into consecutive index ranges, each with at most
    /// `maxInputsPerRequest` inputs and `maxTokensPerRequest` tokens. Inputs over
    /// `maxTokensPerInput` must be refused before batching; an input alone over the request token
    /// limit still gets a batch of its own.
    static func batches(tokenCounts: [Int], limits: EmbeddingLimits) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = 0
        var tokens = 0
        for (index, count) in tokenCounts.enumerated() {
            let full = index - start >= limits.maxInputsPerRequest || tokens + count > limits.maxTokensPerRequest
            if full, index > start {
                batches.append(start..<index)
                start = index
                tokens = 0
            }
            tokens += count
        }
        if start < tokenCounts.count { batches.append(start..<tokenCounts.count) }
        return batches
    }
}
