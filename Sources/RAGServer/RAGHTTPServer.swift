import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `rag serve`: the HTTP server over an index, run under a `ServiceGroup` that shuts it down gracefully on SIGINT
/// and SIGTERM (requests in flight finish; new connections are refused).
///
/// ```swift
/// try await RAGHTTPServer.run(index: ServedIndex(directory: indexURL), configuration: ServeConfiguration(port: 8080),
///                             logger: Logger(label: "rag.serve")) { url in print("listening on \(url)") }
/// ```
public enum RAGHTTPServer {
    /// The application: the router of ``RAGRoutes/router(index:configuration:logger:)`` behind the request timeout.
    /// - Parameters:
    ///   - index: The served index.
    ///   - configuration: Where to listen and what to require.
    ///   - logger: The server's logger.
    ///   - onListening: Called with the bound URL once the server listens (the port is the real one with port 0).
    /// - Returns: The application, a `Service`.
    public static func application(index: ServedIndex, configuration: ServeConfiguration, logger: Logger,
                                   onListening: @escaping @Sendable (URL) -> Void = { _ in }) -> some ApplicationProtocol {
        let router = RAGRoutes.router(index: index, configuration: configuration, logger: logger)
        let host = configuration.host
        return Application(
            responder: TimeoutResponder(router.buildResponder(), timeout: configuration.limits.requestTimeout),
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let shownHost = host.contains(":") ? "[\(host)]" : host
                if let url = URL(string: "http://\(shownHost):\(port)") { onListening(url) }
            },
            logger: logger
        )
    }

    /// Runs the server, and the folder watcher when configured, until SIGINT or SIGTERM.
    /// - Parameters:
    ///   - index: The served index.
    ///   - configuration: Where to listen and what to require; checked first.
    ///   - watcher: The folder watcher to run beside the server when `configuration.watch` is set.
    ///   - logger: The server's logger.
    ///   - onListening: Called with the bound URL once the server listens.
    /// - Throws: ``ServeConfigurationError`` before binding; binding and service errors.
    public static func run(index: ServedIndex, configuration: ServeConfiguration, watcher: (any Service)? = nil, logger: Logger,
                           onListening: @escaping @Sendable (URL) -> Void = { _ in }) async throws {
        try configuration.validate()
        let app = application(index: index, configuration: configuration, logger: logger, onListening: onListening)
        var services = [ServiceGroupConfiguration.ServiceConfiguration(service: app)]
        if let watcher {
            services.append(.init(service: watcher, successTerminationBehavior: .gracefullyShutdownGroup))
        }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
