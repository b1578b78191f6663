import ArgumentParser
import Foundation
import Logging
import RAGKit
import RAGServer

extension RAGCommand {
    /// `rag serve`: the index over HTTP.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the index over HTTP: search, ask, status, index, documents, and OpenAI-compatible embeddings and vector store search.",
            discussion: """
            Listens on 127.0.0.1:8080 by default and prints "listening on URL" on stderr. Binding another address \
            requires --token; clients then send Authorization: Bearer TOKEN. SIGINT or SIGTERM stops it gracefully.
            """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var answering: AnswererOptions

        @Option(help: ArgumentHelp("The address to listen on; any other than loopback needs --token.", valueName: "address"))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
        var port = 8080

        @Option(help: ArgumentHelp("Require Authorization: Bearer TOKEN on every request but /healthz (default $RAG_SERVE_TOKEN, which keeps it out of `ps`).", valueName: "token"))
        var token: String?

        @Option(help: ArgumentHelp("The largest request body in bytes.", valueName: "bytes"))
        var maxBodyBytes = 1 << 20

        @Option(help: ArgumentHelp("Seconds a request may take to answer before it is cut with 504.", valueName: "seconds"))
        var requestTimeout: Double = 60

        @Option(
            name: .customLong("exclude"),
            help: ArgumentHelp("Skip files matching a .gitignore-style glob in runs started by the server (repeat for several).", valueName: "glob")
        )
        var excludes: [String] = []

        @OptionGroup(title: "Watching") var watching: WatchingOptions

        func validate() throws {
            guard requestTimeout > 0, requestTimeout <= 86_400 else {
                throw ValidationError("--request-timeout must be between 0 and 86400 seconds.")
            }
            do {
                try serveConfiguration.validate()
            } catch {
                throw ValidationError(error.message)
            }
        }

        private var serveConfiguration: ServeConfiguration {
            ServeConfiguration(host: host, port: port, token: token ?? global.environment["RAG_SERVE_TOKEN"],
                               limits: ServerLimits(maxBodyBytes: maxBodyBytes, requestTimeout: .milliseconds(Int64(requestTimeout * 1000))),
                               watch: watching.watch)
        }

        func run() async throws {
            ServerLogging.bootstrap()
            let served = ServedIndex(directory: try global.existingIndex(), providers: global.providerRequest(answering: answering),
                                     indexingOptions: IndexingOptions(exclude: excludes), vectorOptions: GlobalOptions.vectorOptions)
            let logger = Logger(label: "rag.serve")
            let watcher = watching.watch
                ? try await FolderWatchService(index: served, options: watching.folderWatchOptions, logger: logger) : nil
            try await RAGHTTPServer.run(index: served, configuration: serveConfiguration, watcher: watcher, logger: logger) { url in
                StandardStreams.error.writeLine("listening on \(url.absoluteString)")
            }
        }
    }
}

/// The log setup of the long-running commands: lines on stderr (stdout stays for output and the MCP protocol).
enum ServerLogging {
    /// Sends every logger's lines to stderr at `level` (or `$RAG_LOG_LEVEL`).
    static func bootstrap(level defaultLevel: Logger.Level = .info) {
        let level = ProcessInfo.processInfo.environment["RAG_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? defaultLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
