import Foundation
import Testing
@testable import OpenAIClient

@Suite struct URLRedactionTests {
    @Test("Credentials and query values never print", arguments: [
        ("http://user:sk-secret@host:8080/v1?key=sk-secret", "http://***@host:8080/v1?key=***"),
        ("https://api.example.com/v1?api-version=2024-10-01&key=sk-x", "https://api.example.com/v1?api-version=***&key=***"),
        ("http://127.0.0.1:11434/v1", "http://127.0.0.1:11434/v1"),
    ])
    func redacts(url: String, printed: String) throws {
        let redacted = try #require(URL(string: url)).redactedForDisplay
        #expect(redacted == printed)
        #expect(!redacted.contains("sk-"))
    }

    @Test("A base URL's query stays after the joined path")
    func keepsQueryAfterPath() throws {
        let client = OpenAI(configuration: OpenAIConfiguration(apiKey: nil, baseURL: try #require(URL(string: "http://host/v1?tag=x"))))
        let url = try client.makeURL(path: "/embeddings", query: [URLQueryItem(name: "limit", value: "2")])
        #expect(url.absoluteString == "http://host/v1/embeddings?tag=x&limit=2")
    }
}
