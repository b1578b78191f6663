import ArgumentParser
import Foundation
import Logging
import MCP
import RAGKit
import RAGServer
import ServiceLifecycle

extension RAGCommand {
    /// `rag mcp`: the index as an MCP server over stdio.
    struct MCPServe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mcp",
            abstract: "Serve the index to agents over the Model Context Protocol (stdio): tools search, ask, status, get_document.",
            discussion: """
            Speaks JSON-RPC on stdin/stdout; logs go to stderr. Add it to an agent's MCP servers as the command \
            `rag mcp --index /path/to/.rag`.
            """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var answering: AnswererOptions

        func run() async throws {
            ServerLogging.bootstrap(level: .warning)
            let served = ServedIndex(directory: try global.existingIndex(), providers: global.providerRequest(answering: answering),
                                     vectorOptions: GlobalOptions.vectorOptions)
            let logger = Logger(label: "rag.mcp")
            let service = MCPService(server: RAGMCPServer(index: served))
            let group = ServiceGroup(configuration: ServiceGroupConfiguration(
                services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
            try await group.run()
        }
    }
}

/// The MCP server over stdio as a service, ended by SIGINT/SIGTERM or when the client closes stdin.
struct MCPService: Service {
    var server: RAGMCPServer

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            try await server.run(transport: StdioTransport())
        }
    }
}
