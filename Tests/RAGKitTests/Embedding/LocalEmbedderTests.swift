import Foundation
import Testing
@testable import RAGKit

@Suite struct LocalEmbedderTests {
    private func cosine(_ a: [Float], _ b: [Float]) -> Float { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    @Test("Vectors are deterministic, L2-normalised and of the configured dimension", arguments: [16, 64, 512, 1536])
    func normalised(dimensions: Int) async throws {
        let embedder = LocalEmbedder(dimensions: dimensions)
        let vectors = try await embedder.embed(["Rotate the logs daily with logrotate.", "Rotate the logs daily with logrotate."])
        #expect(vectors.count == 2)
        #expect(vectors[0] == vectors[1])
        #expect(vectors[0].count == dimensions)
        #expect(abs(cosine(vectors[0], vectors[0]) - 1) < 1e-4)
    }

    @Test("The same text gives bit-identical vectors every time, however its features collide", arguments: [16, 512])
    func bitIdentical(dimensions: Int) {
        let embedder = LocalEmbedder(dimensions: dimensions)
        let text = """
            Beacon does not rotate its own log file. If you log to the journal, rotation is the journal's job: \
            limit its size with SystemMaxUse in journald.conf. Otherwise logrotate keeps fourteen compressed files.
            """
        let first = embedder.vector(for: text)
        // Each call accumulates into a fresh dictionary whose iteration order depends on where its storage lands;
        // calls on several threads (and while earlier results stay alive) put it in many places.
        let lock = NSLock()
        nonisolated(unsafe) var results: [[Float]] = []
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            let vector = embedder.vector(for: text)
            lock.withLock { results.append(vector) }
        }
        let mismatches = results.filter { $0 != first }.count
        #expect(mismatches == 0)
    }

    @Test("Shared words and word forms score higher than unrelated text")
    func lexicalSimilarity() {
        let embedder = LocalEmbedder()
        let query = embedder.vector(for: "log rotation")
        let related = embedder.vector(for: "The logs are rotated every night by logrotate.")
        let unrelated = embedder.vector(for: "Install the package with apt-get and restart the server.")
        #expect(cosine(query, related) > cosine(query, unrelated) + 0.1)
    }

    @Test("Text without words still gets a non-zero vector; empty text gets zeros")
    func symbolsOnly() {
        let embedder = LocalEmbedder(dimensions: 32)
        #expect(embedder.vector(for: "---- *** ----").contains { $0 != 0 })
        #expect(embedder.vector(for: "").allSatisfy { $0 == 0 })
    }

    @Test("Query IDF: a rare query word outweighs a common one")
    func queryIDF() async throws {
        struct Stats: TermStatistics {
            var documentCount: Int { 1000 }
            func documentFrequencies(of words: [String]) -> [String: Int] { ["server": 900, "logrotate": 2] }
        }
        let embedder = LocalEmbedder()
        let rare = embedder.vector(for: "logrotate configuration")
        let common = embedder.vector(for: "server configuration")
        let weighted = try await embedder.embedQuery("server logrotate", statistics: Stats())
        let unweighted = try await embedder.embedQuery("server logrotate", statistics: nil)
        #expect(cosine(weighted, rare) > cosine(weighted, common))
        #expect(cosine(weighted, rare) - cosine(weighted, common) > cosine(unweighted, rare) - cosine(unweighted, common))
    }

    @Test("The model name is stable and dimensions have a floor")
    func identity() {
        #expect(LocalEmbedder().model == "ragkit-local-hash-v1")
        #expect(LocalEmbedder().dimensions == 512)
        #expect(LocalEmbedder(dimensions: 1).dimensions == 16)
    }
}

@Suite struct WordScannerTests {
    @Test("Words are lowercased runs of letters and digits, diacritics removed", arguments: [
        ("Hello, World!", ["hello", "world"]),
        ("rag index ~/docs --chunk-size 800", ["rag", "index", "docs", "chunk", "size", "800"]),
        ("Crème brûlée à Zürich", ["creme", "brulee", "a", "zurich"]),
        ("日本語 text", ["日本語", "text"]),
        ("", []),
    ])
    func words(text: String, expected: [String]) {
        #expect(WordScanner.words(in: text) == expected)
    }
}
