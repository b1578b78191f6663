import Chunkers
import PropertyBased
import Testing

/// A generator of one of `choices`.
func oneOf<Element: Sendable>(_ choices: [Element]) -> Generator<Element, Shrink.Integer<Int>> {
    Gen.int(in: 0...(choices.count - 1)).map { choices[$0] }
}

@Suite struct BPETokenizerPropertyTests {
    /// Random text over all of Unicode, weighted towards the classes the patterns distinguish:
    /// ASCII, whitespace and newlines, apostrophes and contractions, combining marks, letters of
    /// other scripts, and scalars outside the Basic Multilingual Plane.
    static let unicodeText = Gen<Unicode.Scalar>.frequency(
        (weight: 4, gen: Gen.unicodeScalar(in: " "..."~")),
        (weight: 2, gen: oneOf(["\n", "\r", "\t", " ", "\u{A0}", "\u{3000}", "\u{85}"])),
        (weight: 1, gen: oneOf(["'", "s", "S", "\u{17F}", "l", "v", "e", "r", "d", "m", "t"])),
        (weight: 1, gen: Gen.unicodeScalar(in: "\u{300}"..."\u{36F}")),
        (weight: 2, gen: Gen.unicodeScalar(in: "\u{80}"..."\u{D7FF}")),
        (weight: 1, gen: Gen.unicodeScalar(in: "\u{E000}"..."\u{10FFFF}"))
    )
    .array(of: 0...80)
    .map { scalars in
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    @Test("Round-trips random Unicode text through encode and decode", arguments: BPEEncoding.known)
    func roundTrip(encoding: BPEEncoding) async throws {
        let tokenizer = try BPETokenizer.load(encoding)
        await propertyCheck(count: 400, input: Self.unicodeText) { text in
            let ids = tokenizer.encode(text)
            #expect(tokenizer.decode(ids) == text)
            #expect(tokenizer.decodeBytes(ids) == Array(text.utf8))
        }
    }

    @Test("Counts and byte counts agree with the encoding of random Unicode text", arguments: BPEEncoding.known)
    func countsAgree(encoding: BPEEncoding) async throws {
        let tokenizer = try BPETokenizer.load(encoding)
        await propertyCheck(count: 300, input: Self.unicodeText) { text in
            let ids = tokenizer.encode(text)
            #expect(tokenizer.count(text) == ids.count)
            #expect(ids.map(tokenizer.byteCount(of:)).reduce(0, +) == text.utf8.count)
            #expect(tokenizer.encode(text, allowedSpecial: []) == ids)
        }
    }

    @Test("Round-trips text with special tokens spliced in, when they are allowed", arguments: BPEEncoding.known)
    func specialRoundTrip(encoding: BPEEncoding) async throws {
        let tokenizer = try BPETokenizer.load(encoding)
        let special = Set(tokenizer.specialTokens.keys)
        await propertyCheck(count: 200, input: Self.unicodeText, Self.unicodeText) { head, tail in
            let text = head + "<|endoftext|>" + tail
            let ids = tokenizer.encode(text, allowedSpecial: special)
            #expect(tokenizer.decode(ids) == text)
            #expect(ids.contains(tokenizer.specialTokens["<|endoftext|>"] ?? -1))
        }
    }
}
