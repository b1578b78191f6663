import Foundation
import Logging
import NIOSSL
internal import PostgresNIO
import Synchronization

/// The connection pool of one ``PostgresLocation``, running while the value lives, with errors mapped to
/// ``RAGError`` saying what to do.
final class PostgresConnectionPool: Sendable {
    let location: PostgresLocation
    let client: PostgresClient
    private let runner: Task<Void, Never>
    /// Whether this process made sure the HNSW index exists (checked once: `CREATE INDEX` takes a table lock).
    let hnswChecked = Atomic<Bool>(false)
    /// Whether this process made sure the mirror tables exist (checked once, before the mirror's first write).
    let mirrorTablesChecked = Atomic<Bool>(false)

    init(_ location: PostgresLocation) {
        self.location = location
        let tls: PostgresClient.Configuration.TLS
        switch (location.tlsMode, Self.tlsConfiguration(location.tlsMode)) {
        case (.prefer, let configuration?): tls = .prefer(configuration)
        case (_, let configuration?): tls = .require(configuration)
        case (_, nil): tls = .disable
        }
        var configuration = PostgresClient.Configuration(host: location.host, port: location.port, username: location.username,
                                                         password: location.password, database: location.database, tls: tls)
        configuration.options.maximumConnections = 8
        configuration.options.connectTimeout = .seconds(10)
        var logger = Logger(label: "ragkit.postgres")
        logger.logLevel = .critical
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    /// The TLS settings of `mode`, or `nil` for none: `require` encrypts without checking the certificate, as libpq.
    private static func tlsConfiguration(_ mode: PostgresLocation.TLSMode) -> TLSConfiguration? {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable: return nil
        case .require: configuration.certificateVerification = .none
        case .prefer, .verifyFull: break
        }
        return configuration
    }

    /// Connects once, outside the pool, so an unreachable server, a refused user or a missing database is reported
    /// at once with its cause (the pool would retry with backoff).
    func probe() async throws(RAGError) {
        do {
            let tls: PostgresConnection.Configuration.TLS
            switch (location.tlsMode, Self.tlsConfiguration(location.tlsMode)) {
            case (.prefer, let configuration?): tls = .prefer(try NIOSSLContext(configuration: configuration))
            case (_, let configuration?): tls = .require(try NIOSSLContext(configuration: configuration))
            case (_, nil): tls = .disable
            }
            var configuration = PostgresConnection.Configuration(host: location.host, port: location.port, username: location.username,
                                                                 password: location.password, database: location.database, tls: tls)
            configuration.options.connectTimeout = .seconds(10)
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: Self.silent)
            try await connection.close()
        } catch {
            throw mapped("connect", error)
        }
    }

    /// Runs `query`, decoding its rows with `decode`.
    func rows<Row: Sendable>(_ action: String, _ query: PostgresQuery,
                             _ decode: @Sendable (PostgresRow) throws -> Row) async throws(RAGError) -> [Row] {
        do {
            var rows: [Row] = []
            for try await row in try await client.query(query) { rows.append(try decode(row)) }
            return rows
        } catch {
            throw mapped(action, error)
        }
    }

    /// Runs statements that return nothing.
    func execute(_ action: String, _ queries: PostgresQuery...) async throws(RAGError) {
        do {
            for query in queries { try await client.query(query) }
        } catch {
            throw mapped(action, error)
        }
    }

    /// Runs `body` in one transaction.
    func transaction<Result: Sendable>(_ action: String,
                                       _ body: (PostgresConnection) async throws -> Result) async throws(RAGError) -> Result {
        do {
            return try await client.withTransaction(logger: Self.silent) { connection in try await body(connection) }
        } catch {
            throw mapped(action, error)
        }
    }

    static let silent: Logger = {
        var logger = Logger(label: "ragkit.postgres")
        logger.logLevel = .critical
        return logger
    }()

    /// A ``RAGError`` for a failure of `action`, saying what to do.
    func mapped(_ action: String, _ error: any Error) -> RAGError {
        if let error = error as? RAGError { return error }
        let server = "\(location.host):\(location.port)"
        guard let error = error as? PSQLError else {
            return RAGError(.storage, "Could not \(action) in PostgreSQL at \(server): \(error)", underlying: error)
        }
        let state = error.serverInfo?[.sqlState]
        let message = error.serverInfo?[.message] ?? String(describing: error.code)
        switch (error.code, state) {
        case (.connectionError, _), (.serverClosedConnection, _), (.sslUnsupported, _):
            let cause = error.underlying.map { "\($0)" } ?? String(describing: error.code)
            return RAGError(.serverUnreachable,
                            "Could not reach PostgreSQL at \(server) (\(cause)): start the server, or check the host, port and sslmode in the URL.",
                            underlying: error)
        case (_, "28P01"), (_, "28000"), (.authMechanismRequiresPassword, _), (.saslError, _):
            return RAGError(.storage,
                            "PostgreSQL at \(server) refused user \(location.username) (\(message)): check the user and password in the URL.",
                            underlying: error)
        case (_, "3D000"):
            return RAGError(.storage, "PostgreSQL at \(server) has no database \(location.database): create it (createdb \(location.database)), or name another in the URL.",
                            underlying: error)
        default:
            return RAGError(.storage, "Could not \(action) in PostgreSQL at \(server): \(message)", underlying: error)
        }
    }
}

extension RAGError {
    /// Whether PostgreSQL refused the statement because a table or schema it names does not exist (SQLSTATE 42P01,
    /// 3F000): a schema that holds no index, or one created before a migration added the table.
    var namesMissingTable: Bool {
        guard let state = (underlying as? PSQLError)?.serverInfo?[.sqlState] else { return false }
        return state == "42P01" || state == "3F000"
    }
}
