import Foundation
import Logging
import MCP
import RAGKit

/// `rag mcp`: the index as a Model Context Protocol server, for agents (Claude Code, Cursor).
///
/// Tools `search`, `ask`, `status` and `get_document`, each with a JSON schema; results name path, heading and
/// page, as text for the model and as the JSON of the CLI's `--json` in `structuredContent`. The indexed
/// documents are resources (`rag://documents/PATH`).
///
/// ```swift
/// try await RAGMCPServer(index: ServedIndex(directory: indexURL)).run(transport: StdioTransport())
/// ```
public struct RAGMCPServer: Sendable {
    /// The served index.
    public let index: ServedIndex
    /// The version reported in the handshake.
    public let version: String

    /// The scheme of the documents' resource URIs: `rag://documents/PATH`.
    public static let resourcePrefix = "rag://documents/"

    /// Creates the server.
    /// - Parameters:
    ///   - index: The served index.
    ///   - version: The version reported in the handshake (default `1.0.0`).
    public init(index: ServedIndex, version: String = "1.0.0") {
        self.index = index
        self.version = version
    }

    /// Serves one client over `transport` until it disconnects or the task is cancelled.
    /// - Parameter transport: The transport, usually `StdioTransport()`.
    /// - Throws: Transport errors.
    public func run(transport: any Transport) async throws {
        let server = Server(name: "rag", version: version,
                            instructions: "Search and ask the indexed documents; results name path, heading and page.",
                            capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        await register(on: server)
        try await server.start(transport: transport)
        await withTaskCancellationHandler {
            await server.waitUntilCompleted()
        } onCancel: {
            Task { await server.stop() }
        }
    }

    /// Registers the tool and resource handlers.
    func register(on server: Server) async {
        let tools = MCPTools(index: index)
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: MCPTools.definitions) }
        await server.withMethodHandler(CallTool.self) { params in await tools.call(params.name, arguments: params.arguments ?? [:]) }
        await server.withMethodHandler(ListResources.self) { _ in
            let documents = try await index.current().documents()
            return ListResources.Result(resources: documents.map { document in
                Resource(name: document.path, uri: Self.resourcePrefix + Self.encode(document.path),
                         title: document.metadata["title"], description: "\(document.kind), \(document.chunkCount) chunks",
                         mimeType: "text/plain")
            }, nextCursor: nil)
        }
        await server.withMethodHandler(ReadResource.self) { params in
            guard params.uri.hasPrefix(Self.resourcePrefix) else { throw MCPError.invalidParams("Unknown resource \(params.uri): use a rag://documents/ URI from resources/list.") }
            let path = String(params.uri.dropFirst(Self.resourcePrefix.count)).removingPercentEncoding ?? ""
            guard let document = try await index.current().document(at: path) else {
                throw MCPError.invalidParams("No indexed document at '\(path)'.")
            }
            let text = document.text ?? document.chunks.map(\.text).joined(separator: "\n\n")
            return ReadResource.Result(contents: [.text(text, uri: params.uri, mimeType: "text/plain")])
        }
    }

    /// A path with each component percent-encoded, slashes kept.
    static func encode(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? String($0) }
            .joined(separator: "/")
    }
}
