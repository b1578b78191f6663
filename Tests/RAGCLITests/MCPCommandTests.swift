import Foundation
import Testing

/// `rag mcp` as an agent drives it: the real binary over pipes, newline-delimited JSON-RPC.
@Suite("rag mcp")
struct MCPCommandTests {
    let folder: TemporaryFolder
    let rag: Rag
    let index: String

    init() throws {
        (folder, rag, index) = try Corpus.exampleWorkspace()
    }

    /// A client session with a running `rag mcp`.
    struct Session {
        let process: RagProcess
        var nextID = 1

        /// Sends a request and waits for the response with its id; returns its `result` (or `error`) object.
        mutating func call(_ method: String, _ params: [String: Any] = [:]) async throws -> [String: Any] {
            let id = nextID
            nextID += 1
            let message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method, "params": params]
            process.send(String(decoding: try JSONSerialization.data(withJSONObject: message), as: UTF8.self) + "\n")
            let line = await process.waitForStdoutLine { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? Int == id
            }
            let object = try #require(try line.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
            return (object["result"] ?? object["error"]) as? [String: Any] ?? [:]
        }

        func notify(_ method: String) {
            process.send(#"{"jsonrpc":"2.0","method":"\#(method)"}"# + "\n")
        }
    }

    private static func text(_ result: [String: Any]) -> String {
        ((result["content"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
    }

    @Test("Handshake, tools/list, each tool, and the documents as resources")
    func handshakeAndTools() async throws {
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        var session = Session(process: try rag.start(["mcp", "--index", index], interactive: true))
        // The deadline of every wait below: a response that never comes ends the child, and so the wait, with a failure.
        let deadline = Task { [process = session.process] in
            try await Task.sleep(for: .seconds(120))
            process.kill()
        }
        defer { deadline.cancel() }

        let initialized = try await session.call("initialize", [
            "protocolVersion": "2025-06-18", "capabilities": [String: Any](),
            "clientInfo": ["name": "test", "version": "1"],
        ])
        #expect((initialized["serverInfo"] as? [String: Any])?["name"] as? String == "rag")
        session.notify("notifications/initialized")

        let tools = try await session.call("tools/list")
        let names = Set(((tools["tools"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(names == ["search", "ask", "status", "get_document"])
        let searchTool = ((tools["tools"] as? [[String: Any]]) ?? []).first { $0["name"] as? String == "search" }
        #expect(((searchTool?["inputSchema"] as? [String: Any])?["required"] as? [String]) == ["query"])

        let search = try await session.call("tools/call", ["name": "search", "arguments": ["query": "install", "k": 2]])
        #expect(search["isError"] as? Bool == false)
        let results = ((search["structuredContent"] as? [String: Any])?["results"] as? [[String: Any]]) ?? []
        #expect(results.count == 2)
        let path = try #require(results.first?["path"] as? String)
        #expect(results.allSatisfy { $0["heading"] != nil && $0.keys.contains("page") })
        #expect(Self.text(search).contains(path))

        let ask = try await session.call("tools/call", ["name": "ask", "arguments": ["question": "How do I install it?"]])
        #expect(ask["isError"] as? Bool == false)
        #expect(Self.text(ask).contains("Sources:"))

        let status = try await session.call("tools/call", ["name": "status", "arguments": [String: Any]()])
        #expect(((status["structuredContent"] as? [String: Any])?["documents"] as? Int ?? 0) > 0)

        let document = try await session.call("tools/call", ["name": "get_document", "arguments": ["path": path]])
        #expect((document["structuredContent"] as? [String: Any])?["path"] as? String == path)
        let missing = try await session.call("tools/call", ["name": "get_document", "arguments": ["path": "../../etc/passwd"]])
        #expect(missing["isError"] as? Bool == true)

        let resources = try await session.call("resources/list")
        let uris = ((resources["resources"] as? [[String: Any]]) ?? []).compactMap { $0["uri"] as? String }
        #expect(uris.contains { $0.hasSuffix(path) })
        let read = try await session.call("resources/read", ["uri": try #require(uris.first { $0.hasSuffix(path) })])
        let content = (read["contents"] as? [[String: Any]])?.first?["text"] as? String
        #expect(content?.isEmpty == false)

        session.process.closeStdin()
        let ended = await session.process.finish()
        #expect(ended.status == 0 && !ended.wasSignalled, "\(ended)")
    }
}
