import Foundation
import OpenAIClient
import Testing

@Suite struct FormFileTests {
    @Test("Guesses the content type from the file name, as file uploads do", arguments: [
        ("photo.png", "image/png"), ("photo.JPG", "image/jpeg"), ("clip.webp", "image/webp"), ("mask", "application/octet-stream"),
    ])
    func guessesContentType(filename: String, expected: String) {
        #expect(FormFile(fileURL: URL(fileURLWithPath: "/tmp/\(filename)")).contentType == expected)
        #expect(FormFile(filename: filename, bytes: [1]).contentType == expected)
        #expect(FormFile(filename: filename, bytes: [1], contentType: "image/x-custom").contentType == "image/x-custom")
    }
}
