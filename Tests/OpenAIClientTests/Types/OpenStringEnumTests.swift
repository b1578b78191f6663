import Foundation
import OpenAIClient
import Testing

@Suite struct OpenStringEnumTests {
    @Test("Decodes and re-encodes an unknown value unchanged")
    func unknownValue() throws {
        let decoded = try JSONDecoder().decode([EmbeddingEncodingFormat].self, from: Data(#"["float", "int8"]"#.utf8))
        #expect(decoded == [.float, EmbeddingEncodingFormat(rawValue: "int8")])
        #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self) == #"["float","int8"]"#)
    }

    @Test("Builds from a string literal")
    func literal() {
        let format: EmbeddingEncodingFormat = "base64"
        #expect(format == .base64)
        #expect(format.description == "base64")
    }
}
