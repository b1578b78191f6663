import Chunkers
import Testing

@Suite struct PassageTrimmerTests {
    @Test("Drops partial words at both ends and marks them with ellipses")
    func partialWords() {
        let trimmed = PassageTrimmer.trim("uum reclaims storage occupied by dead tup", startsMidWord: true, endsMidWord: true)
        #expect(trimmed.text == "reclaims storage occupied by dead")
        #expect(trimmed.trimmedStart && trimmed.trimmedEnd)
        #expect(trimmed.displayText == "…reclaims storage occupied by dead…")
    }

    @Test("Leaves whole words alone and trims surrounding whitespace")
    func wholeWords() {
        let trimmed = PassageTrimmer.trim("  VACUUM reclaims storage.\n", startsMidWord: false, endsMidWord: false)
        #expect(trimmed == TrimmedPassage(text: "VACUUM reclaims storage.", trimmedStart: false, trimmedEnd: false))
        #expect(trimmed.displayText == "VACUUM reclaims storage.")
    }

    @Test("Never returns empty text for non-empty input", arguments: ["abc", "x", "  é  ", "…", "日本語"])
    func neverEmpty(text: String) {
        let trimmed = PassageTrimmer.trim(text, startsMidWord: true, endsMidWord: true)
        #expect(!trimmed.text.isEmpty)
    }

    @Test("Tells from the document whether a chunk was cut inside a word")
    func fromDocument() {
        let document = "Café owners vacuum daily. Then they rest."
        let bytes = Array(document.utf8)
        func chunk(_ range: Range<Int>) -> Chunk {
            Chunk(text: String(decoding: bytes[range], as: UTF8.self), byteRange: range, characterRange: 0..<0, tokenCount: 0)
        }
        // "é owners vacuum da": cut inside "Café" and "daily".
        let cut = PassageTrimmer.trim(chunk(3..<22), in: document)
        #expect(cut.text == "owners vacuum")
        #expect(cut.trimmedStart && cut.trimmedEnd)
        // "owners vacuum daily.": starts after a space, ends at punctuation.
        let whole = PassageTrimmer.trim(chunk(6..<26), in: document)
        #expect(whole.text == "owners vacuum daily.")
        #expect(!whole.trimmedStart && !whole.trimmedEnd)
        let all = PassageTrimmer.trim(chunk(0..<bytes.count), in: document)
        #expect(all.text == document && !all.trimmedStart && !all.trimmedEnd)
    }
}
