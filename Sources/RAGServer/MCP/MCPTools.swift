import Foundation
import MCP
import RAGKit

/// The MCP tools over a served index: their definitions and their calls.
struct MCPTools: Sendable {
    let index: ServedIndex

    /// `search`, `ask`, `status` and `get_document`, with their JSON schemas.
    static let definitions: [Tool] = [
        Tool(name: "search", description: "Find the passages of the indexed documents that best match a query. Each result names its path, heading and page.",
             inputSchema: schema(required: ["query"], properties: [
                 "query": ["type": "string", "description": "The words to search for."],
                 "k": ["type": "integer", "minimum": 1, "maximum": 100, "description": "The number of passages (default 5)."],
                 "mode": ["type": "string", "enum": ["hybrid", "vector", "keyword"], "description": "The retrieval mode (default hybrid)."],
                 "path": ["type": "string", "description": "Only files matching this glob, relative to the indexed folder."],
             ]),
             annotations: .init(readOnlyHint: true, openWorldHint: false)),
        Tool(name: "ask", description: "Answer a question from the indexed documents, with numbered citations naming path, heading and page.",
             inputSchema: schema(required: ["question"], properties: [
                 "question": ["type": "string", "description": "The question."],
                 "k": ["type": "integer", "minimum": 1, "maximum": 100, "description": "The number of passages retrieved (default 6)."],
                 "mode": ["type": "string", "enum": ["hybrid", "vector", "keyword"], "description": "The retrieval mode (default hybrid)."],
             ]),
             annotations: .init(readOnlyHint: true, openWorldHint: false)),
        Tool(name: "status", description: "Describe the index: documents, chunks, tokens, embedding model, folder, last run.",
             inputSchema: schema(required: [], properties: [:]),
             annotations: .init(readOnlyHint: true, openWorldHint: false)),
        Tool(name: "get_document", description: "Get an indexed document's extracted text and chunks by its path, as search results name it.",
             inputSchema: schema(required: ["path"], properties: [
                 "path": ["type": "string", "description": "The path relative to the indexed folder."],
             ]),
             annotations: .init(readOnlyHint: true, openWorldHint: false)),
    ]

    private static func schema(required: [String], properties: [String: Value]) -> Value {
        .object(["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) }),
                 "additionalProperties": false])
    }

    /// Calls a tool; failures become results with `isError` and the one-line message.
    func call(_ name: String, arguments: [String: Value]) async -> CallTool.Result {
        do {
            switch name {
            case "search": return try await search(arguments)
            case "ask": return try await ask(arguments)
            case "status": return try await status()
            case "get_document": return try await document(arguments)
            default: return Self.failure("Unknown tool '\(name)': use search, ask, status or get_document.")
            }
        } catch {
            return Self.failure(ServerError.wrapping(error).message)
        }
    }

    private func search(_ arguments: [String: Value]) async throws -> CallTool.Result {
        let query = arguments["query"]?.stringValue ?? ""
        let options = try RetrievalFields(text: query, name: "query", k: arguments["k"]?.intValue, mode: arguments["mode"]?.stringValue,
                                          path: arguments["path"]?.stringValue, metadata: nil).searchOptions(defaultK: 5)
        let output = SearchOutput(query: query, hits: try await index.current().search(query, options: options))
        let text = output.results.isEmpty ? "No passages match." : output.results.map { result in
            "\(result.rank). \(OutputFormat.source(path: result.path, heading: result.heading, page: result.page))  (score \(String(format: "%.4f", result.score)))\n\(result.text)"
        }.joined(separator: "\n\n")
        return try Self.success(text, output)
    }

    private func ask(_ arguments: [String: Value]) async throws -> CallTool.Result {
        let question = arguments["question"]?.stringValue ?? ""
        let search = try RetrievalFields(text: question, name: "question", k: arguments["k"]?.intValue, mode: arguments["mode"]?.stringValue,
                                         path: nil, metadata: nil).searchOptions(defaultK: 6)
        let generator = try ProviderResolver.answerer(for: index.providers)
        for try await event in try await index.current().ask(question, using: generator, options: AskOptions(search: search)) {
            guard case .finished(let answer) = event else { continue }
            let output = AskOutput(answer)
            let sources = output.citations.map { "[\($0.n)] \(OutputFormat.source(path: $0.path, heading: $0.heading, page: $0.page))" }
            return try Self.success(([output.answer] + (sources.isEmpty ? [] : ["Sources:"] + sources)).joined(separator: "\n"), output)
        }
        return Self.failure("The answer ended without finishing.")
    }

    private func status() async throws -> CallTool.Result {
        let rag = try await index.current()
        let output = StatusOutput(try await rag.status(), settings: rag.settings, index: index.directory, mirror: try await rag.mirrorStatus())
        let text = "\(output.documents) documents, \(output.chunks) chunks, \(output.tokens) tokens; model \(output.model) (\(output.dimensions) dimensions); folder \(output.root); last run \(output.lastRun ?? "never")"
        return try Self.success(text, output)
    }

    private func document(_ arguments: [String: Value]) async throws -> CallTool.Result {
        let path = arguments["path"]?.stringValue ?? ""
        guard let document = try await index.current().document(at: path) else {
            return Self.failure("No indexed document at '\(path)': use a path as search results name it.")
        }
        let output = DocumentOutput(document)
        return try Self.success(output.text ?? output.chunks.map(\.text).joined(separator: "\n\n"), output)
    }

    private static func success(_ text: String, _ structured: some Encodable) throws -> CallTool.Result {
        let value = try JSONDecoder().decode(Value.self, from: try OutputFormat.json(structured))
        return CallTool.Result(content: [.text(text: text, annotations: nil, _meta: nil)], structuredContent: Value?.some(value), isError: false)
    }

    private static func failure(_ message: String) -> CallTool.Result {
        CallTool.Result(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
    }
}
