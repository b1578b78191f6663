import Foundation
import Synchronization
import TestSupport
import Testing

/// Where an end-to-end test keeps its index: files (`--index DIR`) or PostgreSQL (`--index postgres://…`).
enum IndexBackend: String, Sendable, CustomTestStringConvertible {
    case files
    case postgres

    /// The backends to run against: PostgreSQL too when a server is named or CI requires it.
    static var all: [IndexBackend] { TestExtras.postgresTestsEnabled ? [.files, .postgres] : [.files] }

    var testDescription: String { rawValue }
}

/// The `--index` value of one test, chosen by its backend.
final class IndexChoice: Sendable {
    private let value: Mutex<String>

    /// Starts with the file index at `path`.
    init(_ path: String) {
        value = Mutex(path)
    }

    /// The `--index` value.
    var index: String { value.withLock { $0 } }

    /// A second index of `backend`: the file index at `path`, or a fresh PostgreSQL schema.
    static func another(_ backend: IndexBackend, path: String) throws -> String {
        let choice = IndexChoice(path)
        try choice.use(backend)
        return choice.index
    }

    /// Switches to a fresh PostgreSQL schema for `.postgres`; keeps the file index otherwise.
    func use(_ backend: IndexBackend) throws {
        guard backend == .postgres else { return }
        let url = try #require(TestExtras.postgresIndexURL(), "RAGKIT_REQUIRE_EXTRAS is set but RAGKIT_POSTGRES_URL is not")
        value.withLock { $0 = url }
    }
}
