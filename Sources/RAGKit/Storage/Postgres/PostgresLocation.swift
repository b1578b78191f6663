import Foundation

/// An index kept in PostgreSQL, named by a URL: `postgres://user[:password]@host[:port]/database?schema=docs`.
///
/// `schema` (default `rag`) holds the index's tables, so one database can hold several indexes; `sslmode`
/// (`disable`, `prefer` — the default —, `require`, `verify-full`) says whether to use TLS, as libpq reads it.
/// `ann=hnsw` searches vectors through an HNSW index (built when first asked for) instead of exactly, with
/// `ef_search` (default 100) candidates; filtered searches use pgvector's iterative scans so filters apply before top-k.
struct PostgresLocation: Sendable, Hashable {
    /// How the connection uses TLS.
    enum TLSMode: String, Sendable {
        case disable
        case prefer
        case require
        case verifyFull = "verify-full"
    }

    var host: String
    var port: Int
    var username: String
    var password: String?
    var database: String
    var schema: String
    var tlsMode: TLSMode
    /// Whether vector searches go through an HNSW index (approximate) rather than an exact scan.
    var approximate = false
    /// The HNSW search's candidate list size (`hnsw.ef_search`).
    var efSearch = 100

    /// The URL without its password, for messages and `RAG.directory`.
    var displayURL: URL {
        var components = URLComponents()
        components.scheme = "postgres"
        components.user = username
        components.host = host
        components.port = port
        components.path = "/" + database
        components.queryItems = [URLQueryItem(name: "schema", value: schema)]
            + (approximate ? [URLQueryItem(name: "ann", value: "hnsw"), URLQueryItem(name: "ef_search", value: String(efSearch))] : [])
        return components.url ?? URL(filePath: "/")
    }

    /// Whether `url` names a PostgreSQL index (`postgres://` or `postgresql://`).
    static func isPostgres(_ url: URL) -> Bool {
        url.scheme == "postgres" || url.scheme == "postgresql"
    }

    /// Whether `text` is a PostgreSQL URL rather than a path.
    static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a PostgreSQL URL.
    /// - Throws: ``RAGError/Kind/invalidArgument`` naming what is wrong with it.
    init(_ url: URL) throws(RAGError) {
        guard Self.isPostgres(url), let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
              let host = components.host, !host.isEmpty else {
            throw RAGError(.invalidArgument, "\(Self.redacted(url)) is not a PostgreSQL URL: write postgres://user@host:port/database?schema=name.")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw RAGError(.invalidArgument, "\(Self.redacted(url)) names no database: write postgres://user@host:port/database.")
        }
        var schema = "rag"
        var tlsMode = TLSMode.prefer
        var approximate = false
        var efSearch = 100
        for item in components.queryItems ?? [] {
            switch item.name {
            case "schema":
                schema = item.value ?? ""
                guard Self.isIdentifier(schema) else {
                    throw RAGError(.invalidArgument, "The schema '\(schema)' is not a plain identifier: use lowercase letters, digits and _, starting with a letter or _.")
                }
            case "sslmode":
                guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                    throw RAGError(.invalidArgument, "sslmode=\(item.value ?? "") is not supported: use disable, prefer, require or verify-full.")
                }
                tlsMode = mode
            case "ann":
                guard let value = item.value, ["hnsw", "exact"].contains(value) else {
                    throw RAGError(.invalidArgument, "ann=\(item.value ?? "") is not supported: use ann=hnsw for an HNSW index, or ann=exact.")
                }
                approximate = value == "hnsw"
            case "ef_search":
                guard let value = item.value.flatMap(Int.init), (1...1000).contains(value) else {
                    throw RAGError(.invalidArgument, "ef_search=\(item.value ?? "") must be a whole number from 1 to 1000.")
                }
                efSearch = value
            default:
                throw RAGError(.invalidArgument, "Unknown parameter '\(item.name)' in the PostgreSQL URL: only schema, sslmode, ann and ef_search are read.")
            }
        }
        self.host = host
        self.port = components.port ?? 5432
        self.username = components.user.flatMap { $0.removingPercentEncoding } ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        self.password = components.password.flatMap { $0.removingPercentEncoding }
        self.database = database.removingPercentEncoding ?? database
        self.schema = schema
        self.tlsMode = tlsMode
        self.approximate = approximate
        self.efSearch = efSearch
    }

    /// The schema a rebuild of `schema` is built in.
    /// - Throws: ``RAGError/Kind/invalidArgument`` when the name would pass PostgreSQL's 63-byte limit.
    static func rebuildSchema(for schema: String) throws(RAGError) -> String {
        let name = schema + "_rebuild"
        guard name.utf8.count <= 54 else {  // room for "_retired" on the live name too
            throw RAGError(.invalidArgument, "The schema name '\(schema)' is too long to rebuild beside: use one of at most 46 characters.")
        }
        return name
    }

    /// `url` with its password removed.
    static func redacted(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false), components.password != nil else {
            return url.absoluteString
        }
        components.password = "…"
        return components.string ?? url.absoluteString
    }

    private static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.utf8.count <= 63 else { return false }
        let lower = Unicode.Scalar("a")..."z", digit = Unicode.Scalar("0")..."9"
        return (lower.contains(first) || first == "_")
            && text.unicodeScalars.allSatisfy { lower.contains($0) || digit.contains($0) || $0 == "_" }
    }
}
