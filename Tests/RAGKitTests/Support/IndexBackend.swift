import Foundation
import Testing
import TestSupport

/// Where a test keeps its index: files (`<folder>/.rag`) or a fresh schema of the PostgreSQL test server.
enum IndexBackend: String, Sendable, CustomTestStringConvertible {
    case files
    case postgres

    /// The backends to run against: PostgreSQL too when a server is named or CI requires it.
    static var all: [IndexBackend] { TestExtras.postgresTestsEnabled ? [.files, .postgres] : [.files] }

    var testDescription: String { rawValue }

    /// The location of a new index of this backend for the folder `folder`.
    func indexURL(for folder: URL) throws -> URL {
        guard self == .postgres else { return folder.appending(path: ".rag") }
        let text = try #require(TestExtras.postgresIndexURL(), "RAGKIT_REQUIRE_EXTRAS is set but RAGKIT_POSTGRES_URL is not")
        return try #require(URL(string: text))
    }
}
