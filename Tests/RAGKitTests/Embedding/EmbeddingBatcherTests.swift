import Testing
@testable import RAGKit

@Suite struct EmbeddingBatcherTests {
    @Test("Batches respect input and token limits and cover every input in order")
    func limits() {
        let limits = EmbeddingLimits(maxInputsPerRequest: 3, maxTokensPerRequest: 100, maxTokensPerInput: 80)
        let counts = [10, 20, 30, 40, 50, 5, 5, 5, 5, 80, 80]
        let batches = EmbeddingBatcher.batches(tokenCounts: counts, limits: limits)
        #expect(batches.flatMap { Array($0) } == Array(counts.indices))
        for batch in batches {
            #expect(batch.count <= 3)
            #expect(counts[batch].reduce(0, +) <= 100)
        }
        #expect(batches == [0..<3, 3..<6, 6..<9, 9..<10, 10..<11])
    }

    @Test("OpenAI limits: 2048 inputs and 300k tokens per request")
    func openAILimits() {
        let many = EmbeddingBatcher.batches(tokenCounts: Array(repeating: 1, count: 5000), limits: .openAI)
        #expect(many.map(\.count) == [2048, 2048, 904])
        let heavy = EmbeddingBatcher.batches(tokenCounts: Array(repeating: 8000, count: 100), limits: .openAI)
        #expect(heavy.allSatisfy { $0.count * 8000 <= 300_000 })
        #expect(heavy.map(\.count).reduce(0, +) == 100)
    }

    @Test("No inputs, no batches")
    func empty() {
        #expect(EmbeddingBatcher.batches(tokenCounts: [], limits: .openAI).isEmpty)
    }
}
