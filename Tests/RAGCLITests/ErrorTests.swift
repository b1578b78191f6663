import Foundation
import Testing

/// Every failure a user must understand: a non-zero exit code and one line on stderr that says what to do.
@Suite("Errors")
struct ErrorTests {
    let folder: TemporaryFolder
    let rag: Rag

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("docs/a.md", "# Alpha\n\nThe alpha service listens on port 8420.\n")
        rag = Rag(workingDirectory: folder.url)
    }

    @Test("No index here: exit 3 and a hint to run rag index", arguments: [["search", "x"], ["ask", "x"], ["status"]])
    func noIndex(arguments: [String]) async throws {
        let result = try await rag.run(arguments)
        expectOneLineError(result, status: RagExit.noIndex, mentioning: "rag index")
    }

    @Test("--index naming a folder without an index: exit 3")
    func emptyIndexDirectory() async throws {
        try FileManager.default.createDirectory(at: folder.path("empty"), withIntermediateDirectories: true)
        let result = try await rag.run("status", "--index", folder.path("empty").path)
        expectOneLineError(result, status: RagExit.noIndex, mentioning: "rag index")
    }

    @Test("The folder to index does not exist: exit 4, naming it")
    func missingFolder() async throws {
        let result = try await rag.run("index", "no-such-folder", "--index", folder.path("index").path)
        expectOneLineError(result, status: RagExit.folderNotFound, mentioning: "no-such-folder")
    }

    @Test("--embedder openai without an API key: exit 5, naming OPENAI_API_KEY")
    func missingAPIKey() async throws {
        let result = try await rag.run("index", "docs", "--index", folder.path("index").path, "--embedder", "openai")
        expectOneLineError(result, status: RagExit.authentication, mentioning: "OPENAI_API_KEY")
    }

    @Test("--answerer chat without an API key: exit 5")
    func chatWithoutKey() async throws {
        try await rag.succeed("index", "docs", "--index", folder.path("index").path, "--quiet")
        let result = try await rag.run("ask", "port?", "--index", folder.path("index").path, "--answerer", "chat")
        expectOneLineError(result, status: RagExit.authentication, mentioning: "OPENAI_API_KEY")
    }

    @Test("A server that is down: exit 7, naming the base URL")
    func serverDown() async throws {
        let port = try ClosedPort.make()
        let online = Rag(workingDirectory: folder.url, environment: ["OPENAI_API_KEY": "sk-test"])
        let result = try await online.run("index", "docs", "--index", folder.path("index").path, "--embedder", "openai",
                                          "--base-url", "http://127.0.0.1:\(port)/v1")
        expectOneLineError(result, status: RagExit.serverUnreachable, mentioning: "127.0.0.1:\(port)")
    }

    @Test("An index built with another embedding model: exit 9, suggesting --reindex")
    func modelMismatch() async throws {
        let index = folder.path("index").path
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let online = Rag(workingDirectory: folder.url, environment: ["OPENAI_API_KEY": "sk-test"])
        let result = try await online.run("index", "docs", "--index", index, "--embedder", "openai", "--base-url", "http://127.0.0.1:9/v1")
        expectOneLineError(result, status: RagExit.embeddingModelMismatch, mentioning: "--reindex")
    }

    @Test("Indexing another folder into an existing index is refused")
    func otherFolder() async throws {
        let index = folder.path("index").path
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        try folder.write("other/b.md", "# Beta\n")
        let result = try await rag.run("index", "other", "--index", index)
        expectOneLineError(result, status: RagExit.failure, mentioning: "--reindex")
    }

    @Test("Changing the chunking of an existing index needs --reindex, which rebuilds it")
    func chunkingChange() async throws {
        let index = folder.path("index").path
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let refused = try await rag.run("index", "docs", "--index", index, "--chunk-size", "200", "--overlap", "50")
        expectOneLineError(refused, status: RagExit.failure, mentioning: "--reindex")

        try await rag.succeed("index", "docs", "--index", index, "--chunk-size", "200", "--overlap", "50", "--reindex", "--quiet")
        let status = try await rag.succeed("status", "--index", index, "--json").json(StatusJSON.self)
        #expect(status.chunkSize == 200 && status.overlap == 50 && status.documents == 1)
    }

    @Test("Invalid arguments: exit 64 with usage", arguments: [
        ["search", "x", "--mode", "semantic"],
        ["search", "x", "-k", "0"],
        ["index", "--embedder", "cohere"],
        ["index", "--chunker", "sentences"],
        ["ask", "x", "--answerer", "llm"],
        ["tokens", "--encoding", "p50k_base"],
        ["search", "x", "--base-url", "not a url"],
        ["search", "x", "--metadata", "audience"],
    ])
    func invalidArguments(arguments: [String]) async throws {
        let result = try await rag.run(arguments)
        #expect(result.status == RagExit.usage, "\(result)")
        #expect(result.stderr.contains("Usage:") || result.stderr.contains("Error:"), "\(result)")
        #expect(result.stdout.isEmpty)
    }
}

extension ErrorTests {
    @Test("A query that begins with a dash: exit 64, and the error says to put -- before it; a mistyped option gets no such advice", arguments: ["search", "ask"])
    func dashedQuery(command: String) async throws {
        let result = try await rag.run(command, "--single-branch clone", "--index", folder.path("index").path)
        #expect(result.status == RagExit.usage, "\(result)")
        #expect(result.stderr.contains("put -- before it: rag \(command) -- \"--single-branch clone\""), "\(result)")
        let separated = try await rag.run(command, "--index", folder.path("index").path, "--", "--single-branch clone")
        #expect(separated.status == RagExit.noIndex, "\(separated)")
        let word = try await rag.run(command, "--single-branch", "--index", folder.path("index").path)
        #expect(word.status == RagExit.usage && word.stderr.contains("rag \(command) -- \"--single-branch\""), "\(word)")
        for mistake in [["x", "--mode", "semantic"], ["x", "--modee", "keyword"], ["--mode", "keyword"]] {
            let result = try await rag.run([command] + mistake)
            #expect(result.status == RagExit.usage && !result.stderr.contains("put -- before it"), "\(result)")
        }
    }
}

/// Expects `result` to have failed with `status` and one error line on stderr, `rag: …`, containing `text`, after
/// at most the progress lines of `rag index`.
func expectOneLineError(_ result: RagResult, status: Int32, mentioning text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!result.wasSignalled && result.status == status, "\(result)", sourceLocation: sourceLocation)
    let errors = result.stderrLines.filter { !$0.hasPrefix("Indexing ") && !$0.hasPrefix("indexed ") && !$0.hasPrefix("waiting for ") }
    #expect(errors.count == 1 && errors.first == result.stderrLines.last, "\(result)", sourceLocation: sourceLocation)
    #expect(errors.first?.hasPrefix("rag: ") == true, "\(result)", sourceLocation: sourceLocation)
    #expect(errors.first?.contains(text) == true, "expected “\(text)” in \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "\(result)", sourceLocation: sourceLocation)
}

/// A loopback TCP port nothing listens on: bound, then closed.
enum ClosedPort {
    static func make() throws -> Int {
        let (descriptor, port) = try bound()
        close(descriptor)
        return port
    }

    /// A listening loopback socket that never accepts: connections complete in the kernel's backlog and requests
    /// are never answered, like a stalled server. Close the descriptor to stop it.
    static func stalled() throws -> (descriptor: Int32, port: Int) {
        let (descriptor, port) = try bound()
        guard listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        return (descriptor, port)
    }

    private static func bound() throws -> (descriptor: Int32, port: Int) {
        #if os(Linux)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }
}
