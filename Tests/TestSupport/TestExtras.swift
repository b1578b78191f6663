import Foundation

/// What tests that need something beyond the repository (model weights, a PostgreSQL server) read from the
/// environment. Without it they skip with a printed reason; CI sets `RAGKIT_REQUIRE_EXTRAS=1`, and then they fail.
public enum TestExtras {
    /// Whether tests that need extras must run (`RAGKIT_REQUIRE_EXTRAS=1`).
    public static let required = ProcessInfo.processInfo.environment["RAGKIT_REQUIRE_EXTRAS"] == "1"

    /// A PostgreSQL server with pgvector whose user may create schemas (`RAGKIT_POSTGRES_URL`; scripts/start-postgres.sh
    /// starts one and prints it).
    public static let postgresURL: String? = {
        guard let url = ProcessInfo.processInfo.environment["RAGKIT_POSTGRES_URL"], !url.isEmpty else { return nil }
        return url
    }()

    /// Whether PostgreSQL tests run: a server is named, or CI requires them (they then fail without one).
    public static let postgresTestsEnabled = postgresURL != nil || required

    /// The reason printed when PostgreSQL tests are skipped.
    public static let postgresSkipReason = "set RAGKIT_POSTGRES_URL to a PostgreSQL server with pgvector (scripts/start-postgres.sh)"

    /// The all-MiniLM-L6-v2 model folder (`RAGKIT_MINILM_DIR`; scripts/fetch-minilm.sh downloads it and prints it).
    public static let miniLMFolder: String? = {
        guard let folder = ProcessInfo.processInfo.environment["RAGKIT_MINILM_DIR"], !folder.isEmpty else { return nil }
        return folder
    }()

    /// Whether tests with the real MiniLM weights run: the folder is named, or CI requires them.
    public static let miniLMTestsEnabled = miniLMFolder != nil || required

    /// The reason printed when tests with the real MiniLM weights are skipped.
    public static let miniLMSkipReason = "set RAGKIT_MINILM_DIR to the all-MiniLM-L6-v2 folder (scripts/fetch-minilm.sh)"

    /// The test server's URL with a fresh schema, so tests never see each other's tables.
    public static func postgresIndexURL(schemaPrefix: String = "t") -> String? {
        guard let base = postgresURL else { return nil }
        let schema = schemaPrefix + "_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        return base + (base.contains("?") ? "&" : "?") + "schema=" + schema
    }
}
