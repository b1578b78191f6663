import Foundation
import Testing

@testable import TextEncoder

// These need the real all-MiniLM-L6-v2 weights (90 MB), which are not committed:
// export RAGKIT_MINILM_DIR="$(scripts/fetch-minilm.sh)". Without it they are skipped.
// CI sets RAGKIT_REQUIRE_EXTRAS=1, so there a missing folder fails the suite instead of skipping it.
@Suite(.enabled(if: Fixtures.miniLMFolder != nil || Fixtures.extrasRequired, "set RAGKIT_MINILM_DIR to the all-MiniLM-L6-v2 folder (scripts/fetch-minilm.sh)"))
struct MiniLMTests {
    @Test("Tokenizes like Hugging Face tokenizers")
    func tokens() throws {
        let encoder = try SentenceEncoder(folder: try #require(Fixtures.miniLMFolder))
        let reference = Fixtures.miniLM
        #expect(encoder.maximumTokens == 256)
        for (index, text) in (reference.tokenTexts ?? []).enumerated() {
            #expect(encoder.tokenizer.encode(text, maximumLength: 256) == reference.tokenIDs[index], "text \(index)")
            #expect(encoder.tokenCount(text) == reference.tokenCounts[index], "count of text \(index)")
        }
    }

    @Test("Matches sentence-transformers vectors")
    func vectors() throws {
        let encoder = try SentenceEncoder(folder: try #require(Fixtures.miniLMFolder))
        let texts = Fixtures.miniLM.texts ?? []
        #expect(encoder.dimensions == 384)
        expectParity(encoder.encode(documents: texts), Fixtures.miniLM.documents, texts: texts)
        // One short text runs as one pass split by output columns over both threads.
        let split = try SentenceEncoder(folder: try #require(Fixtures.miniLMFolder), options: EncoderOptions(threadCount: 2))
        expectParity([split.encode(query: texts[2])], [Fixtures.miniLM.documents[2]], texts: [texts[2]])
    }
}
