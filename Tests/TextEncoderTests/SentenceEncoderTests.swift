import Foundation
import Testing

@testable import TextEncoder

@Suite struct SentenceEncoderTests {
    @Test("Matches sentence-transformers on every tiny variant", arguments: Fixtures.variants)
    func parity(variant: String) throws {
        let reference = try #require(Fixtures.references.variants[variant])
        let texts = Fixtures.references.texts
        let encoder = try SentenceEncoder(folder: Fixtures.model(variant), options: EncoderOptions(threadCount: 2))
        #expect(encoder.dimensions == 32)
        expectParity(encoder.encode(documents: texts), reference.documents, texts: texts)
        if let queries = reference.queries {
            expectParity(encoder.encode(queries: texts), queries, texts: texts)
            expectParity([encoder.encode(query: texts[3])], [queries[3]], texts: [texts[3]])
        }
    }

    @Test("Gives the same vectors on one thread, on two, and one text at a time")
    func threadsAgree() throws {
        let texts = Fixtures.references.texts
        let one = try SentenceEncoder(folder: Fixtures.model("tiny-mean-f32"), options: EncoderOptions(threadCount: 1))
        let two = try SentenceEncoder(folder: Fixtures.model("tiny-mean-f32"), options: EncoderOptions(threadCount: 2))
        let single = one.encode(documents: texts)
        let threaded = two.encode(documents: texts)
        for (index, text) in texts.enumerated() {
            #expect(cosine(single[index], threaded[index]) > 0.99999)
            #expect(cosine(one.encode(documents: [text])[0], single[index]) > 0.99999)
            #expect(cosine(two.encode(documents: [text])[0], single[index]) > 0.99999)
        }
    }

    @Test("Embeds an empty text, blank text and a 1 MB text")
    func edgeTexts() throws {
        let encoder = try SentenceEncoder(folder: Fixtures.model("tiny-mean-f32"))
        let huge = String(repeating: "é中 word, ", count: 100_000)
        let vectors = encoder.encode(documents: ["", "   ", huge])
        #expect(vectors.count == 3)
        for vector in vectors {
            #expect(vector.count == 32)
            #expect(vector.allSatisfy { $0.isFinite })
        }
        #expect(encoder.encode(documents: []).isEmpty)
    }

    @Test("Identifies the model by name and the SHA-256 of its weights")
    func identity() throws {
        let folder = Fixtures.model("tiny-cls-bf16")
        let encoder = try SentenceEncoder(folder: folder, name: "tiny")
        let identity = encoder.identity()
        #expect(identity.name == "tiny")
        #expect(identity.weightsSHA256 == (try HubClient.sha256(of: folder.appendingPathComponent("model.safetensors"))))
        #expect(identity.weightsSHA256.count == 64)
        #expect(encoder.identity() == identity)
    }

    @Test("Reads prompts, pooling and window from the sentence-transformers files")
    func settings() throws {
        let bge = try SentenceEncoder(folder: Fixtures.model("tiny-cls-bf16"))
        #expect(bge.pooling == .classToken)
        #expect(bge.normalizes)
        #expect(bge.prompts["query"] == "Represent this sentence for searching relevant passages: ")
        let last = try SentenceEncoder(folder: Fixtures.model("tiny-last-f16"), options: EncoderOptions(maximumTokens: 16))
        #expect(last.pooling == .lastToken)
        #expect(!last.normalizes)
        #expect(last.maximumTokens == 16)
    }

    @Test("Plans passes longest first within the token limit")
    func plan() {
        let batches = SentenceEncoder.plan([3, 10, 5, 7], threads: 1, tokenLimit: 12)
        #expect(batches == [[1], [3, 2], [0]])
        #expect(SentenceEncoder.plan([], threads: 2, tokenLimit: 10).isEmpty)
    }
}
