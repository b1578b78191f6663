import Foundation
import Testing
@testable import RAGServer

@Suite("AttributeFilter")
struct AttributeFilterTests {
    static let attributes = ["audience": "admin", "version": "10", "team": "ops"]

    @Test("Evaluates comparisons and compounds on string metadata", arguments: [
        (#"{"type":"eq","key":"audience","value":"admin"}"#, true),
        (#"{"type":"ne","key":"audience","value":"admin"}"#, false),
        (#"{"type":"gt","key":"version","value":9}"#, true),
        (#"{"type":"lte","key":"version","value":9.5}"#, false),
        (#"{"type":"in","key":"team","value":["dev","ops"]}"#, true),
        (#"{"type":"nin","key":"team","value":["dev","ops"]}"#, false),
        (#"{"type":"eq","key":"missing","value":"x"}"#, false),
        (#"{"type":"ne","key":"missing","value":"x"}"#, true),
        (#"{"type":"and","filters":[{"type":"eq","key":"audience","value":"admin"},{"type":"eq","key":"team","value":"dev"}]}"#, false),
        (#"{"type":"or","filters":[{"type":"eq","key":"audience","value":"admin"},{"type":"eq","key":"team","value":"dev"}]}"#, true),
    ])
    func evaluates(json: String, expected: Bool) throws {
        let filter = try JSONDecoder().decode(AttributeFilter.self, from: Data(json.utf8))
        #expect(filter.matches(Self.attributes) == expected)
    }

    @Test("Refuses an unknown filter type")
    func unknownType() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(AttributeFilter.self, from: Data(#"{"type":"like","key":"a","value":"b"}"#.utf8))
        }
    }
}

@Suite("ServeConfiguration")
struct ServeConfigurationTests {
    @Test("Loopback addresses", arguments: [("127.0.0.1", true), ("localhost", true), ("::1", true), ("[::1]", true),
                                            ("0.0.0.0", false), ("192.168.1.4", false), ("::", false)])
    func loopback(host: String, expected: Bool) {
        #expect(ServeConfiguration.isLoopback(host) == expected)
    }

    @Test("A non-loopback host needs a token")
    func tokenRequired() throws {
        #expect(throws: ServeConfigurationError.self) { try ServeConfiguration(host: "0.0.0.0").validate() }
        try ServeConfiguration(host: "0.0.0.0", token: "secret").validate()
        try ServeConfiguration().validate()
    }
}

@Suite("WatchExclusions")
struct WatchExclusionsTests {
    @Test("Excludes the fixed folders, the index and the globs", arguments: [
        ("docs/.git/HEAD", true), ("node_modules/x/index.js", true), (".build/debug/x", true), (".rag/catalog.sqlite", true),
        ("drafts/a.md", true), ("notes/x.log", true), ("notes/a.md", false), ("index-elsewhere/catalog", true),
    ])
    func excludes(path: String, expected: Bool) {
        let exclusions = WatchExclusions(indexDirectory: URL(fileURLWithPath: "/root/index-elsewhere"), globs: ["drafts/", "*.log"])
        #expect(exclusions.excludes(relativePath: path, absolutePath: "/root/" + path) == expected)
    }
}
