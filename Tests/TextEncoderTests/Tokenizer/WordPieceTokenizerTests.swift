import Foundation
import Testing

@testable import TextEncoder

@Suite struct WordPieceTokenizerTests {
    @Test("Gives Hugging Face's token ids for every reference text", arguments: Fixtures.variants)
    func parity(variant: String) throws {
        let reference = try #require(Fixtures.references.variants[variant])
        let encoder = try SentenceEncoder(folder: Fixtures.model(variant))
        #expect(encoder.maximumTokens == reference.maximumSequenceLength)
        for (index, text) in Fixtures.references.tokenTexts.enumerated() {
            let ids = encoder.tokenizer.encode(text, maximumLength: encoder.maximumTokens)
            #expect(ids == reference.tokenIDs[index], "text \(index): \(text.prefix(40).debugDescription)")
            #expect(encoder.tokenCount(text) == reference.tokenCounts[index], "count of text \(index)")
        }
    }

    @Test("Reads vocab.txt and tokenizer_config.json when tokenizer.json is absent")
    func vocabularyFile() throws {
        let folder = try Fixtures.copy(of: "tiny-long-cased")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("tokenizer.json"))
        let reference = try #require(Fixtures.references.variants["tiny-long-cased"])
        let tokenizer = try WordPieceTokenizer(folder: folder)
        #expect(tokenizer.normalizer.lowercases == false)
        for (index, text) in Fixtures.references.tokenTexts.enumerated() {
            #expect(tokenizer.encode(text, maximumLength: 512) == reference.tokenIDs[index], "text \(index)")
        }
    }

    @Test("Refuses a folder without tokenizer files")
    func missingTokenizer() throws {
        let folder = try Fixtures.copy(of: "tiny-mean-f32")
        for name in ["tokenizer.json", "vocab.txt"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        let error = #expect(throws: TextEncoderError.self) { try SentenceEncoder(folder: folder) }
        #expect(error?.kind == .missingFile)
    }

    @Test("Refuses a tokenizer.json that is not WordPiece")
    func notWordPiece() throws {
        let json = #"{"model": {"type": "BPE", "vocab": {}}, "normalizer": null}"#
        let error = #expect(throws: TextEncoderError.self) { try WordPieceTokenizer(tokenizerJSON: Data(json.utf8)) }
        #expect(error?.kind == .invalidTokenizer)
    }

    @Test("Splits punctuation, cuts pieces greedily and maps long words to [UNK]")
    func basics() throws {
        let vocabulary: [String: Int32] = ["[UNK]": 0, "[CLS]": 1, "[SEP]": 2, "un": 3, "##aff": 4, "##able": 5, "!": 6, "a": 7]
        let tokenizer = try WordPieceTokenizer(vocabulary: vocabulary, maximumCharactersPerWord: 10)
        #expect(tokenizer.tokenize("Unaffable!") == [3, 4, 5, 6])
        #expect(tokenizer.tokenize("unaffablexyz") == [0])
        #expect(tokenizer.tokenize("aaaaaaaaaaa") == [0])
        #expect(tokenizer.encode("", maximumLength: 8) == [1, 2])
        #expect(tokenizer.encode("a a a a a", maximumLength: 4) == [1, 7, 7, 2])
    }

    @Test("Tokenizes a 1 MB text, truncating without reading it all")
    func hugeText() throws {
        let encoder = try SentenceEncoder(folder: Fixtures.model("tiny-mean-f32"))
        let text = String(repeating: "the history of the world ", count: 42_000)
        let ids = encoder.tokenizer.encode(text, maximumLength: encoder.maximumTokens)
        #expect(ids.count == encoder.maximumTokens)
        #expect(encoder.tokenCount(text) > 100_000)
    }
}
