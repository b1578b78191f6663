@testable import Chunkers
import Testing

@Suite struct RankFileParserTests {
    /// A valid rank file: every byte at its own rank, then "ab" at 256.
    static func validLines() -> [String] {
        (0..<256).map { byte in "\(base64([UInt8(byte)])) \(byte)" } + ["\(base64(Array("ab".utf8))) 256"]
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var output = ""
        for chunk in stride(from: 0, to: bytes.count, by: 3) {
            let group = Array(bytes[chunk..<min(chunk + 3, bytes.count)]) + [0, 0]
            let value = Int(group[0]) << 16 | Int(group[1]) << 8 | Int(group[2])
            let characters = (0..<4).map { alphabet[(value >> (18 - 6 * $0)) & 63] }
            let kept = bytes.count - chunk >= 3 ? 4 : bytes.count - chunk + 1
            output += String(characters.prefix(kept)) + String(repeating: "=", count: 4 - kept)
        }
        return output
    }

    static func load(_ lines: [String]) throws(TokenizerError) -> BPETokenizer {
        try BPETokenizer(
            encoding: BPEEncoding(rawValue: "test"), pattern: .cl100k, specialTokens: [:],
            rankFileContents: Array((lines.joined(separator: "\n") + "\n").utf8)
        )
    }

    @Test("Loads a small valid rank file, in rank order or not")
    func validFile() throws {
        let tokenizer = try Self.load(Self.validLines())
        #expect(tokenizer.encode("abc") == [256, 99])
        #expect(tokenizer.decode([256, 99]) == "abc")
        let shuffled = try Self.load(Self.validLines().reversed())
        #expect(shuffled.encode("abc") == [256, 99])
        #expect(shuffled.byteCount(of: 256) == 2)
    }

    @Test("Rejects a malformed rank file, naming the line", arguments: [
        (["!!!! 256"], "line 257: the token is not valid base64"),
        (["YWJj"], "line 257: expected a space after the base64 token"),
        (["YWJj x"], "line 257: the rank is not a decimal number below 100000000"),
        (["YWJj "], "line 257: the rank is missing"),
        (["YWJj 123456789"], "line 257: the rank is not a decimal number below 100000000"),
        (["YQ== 256"], "the token of rank 256 also has another rank"),
        (["YWJj 5"], "line 257: rank 5 appears twice"),
        (["YW= 256"], "line 257: the token is not valid base64"),
        ([" 256"], "line 257: the token is empty"),
    ])
    func malformedFile(extraLines: [String], message: String) {
        let lines = Self.validLines().dropLast() + extraLines
        let error = #expect(throws: TokenizerError.self) { try Self.load(Array(lines)) }
        #expect(error?.kind == .malformedRankFile)
        #expect(error?.message == message)
    }

    @Test("Rejects a rank file in which a byte has no token")
    func missingByte() {
        let lines = Self.validLines().filter { !$0.hasSuffix(" 65") }
        let error = #expect(throws: TokenizerError.self) { try Self.load(lines) }
        #expect(error?.kind == .malformedRankFile)
        #expect(error?.message == "byte 0x41 has no token; every byte must have one")
    }
}
