import Foundation
import TestSupport
import Testing

/// `rag models` and indexes embedded in-process by a transformer model: with a tiny random BERT shipped in the
/// repository always, and with the real all-MiniLM-L6-v2 weights when `RAGKIT_MINILM_DIR` names them.
@Suite("Local transformer models")
struct LocalModelTests {
    let folder: TemporaryFolder
    let rag: Rag
    let index: String

    static let tinyModel = RagExecutable.packageRoot.appendingPathComponent("Tests/TextEncoderTests/Fixtures/tiny-mean-f32")

    init() throws {
        var workspace = try Corpus.exampleWorkspace()
        workspace.rag.environment["RAG_MODELS"] = workspace.folder.path("models").path
        (folder, rag, index) = workspace
    }

    @Test("models add, list, index with the model, status names it, search and ask work; remove makes it a clear error")
    func tinyModelWorkflow() async throws {
        try await rag.succeed("models", "add", Self.tinyModel.path, "--name", "tiny")
        let listed = try await rag.succeed("models", "list")
        #expect(listed.stdout.contains("tiny") && listed.stdout.contains("32 dimensions"), "\(listed)")

        try await rag.succeed("index", "docs", "--index", index, "--embedder", "local", "--embedding-model", "tiny", "--quiet")
        let status = try await rag.succeed("status", "--index", index, "--json").json(StatusJSON.self)
        #expect(status.model == "local:tiny" && status.dimensions == 32)
        let hits = try await rag.succeed("search", "rotate the logs", "--index", index, "--mode", "vector", "--json")
        #expect((try hits.jsonObject()["results"] as? [Any])?.isEmpty == false, "\(hits)")
        try await rag.succeed("ask", "How do I rotate the logs?", "--index", index)

        try await rag.succeed("models", "remove", "tiny")
        let missing = try await rag.run("search", "rotate the logs", "--index", index)
        #expect(missing.status == 10, "\(missing)")
        #expect(missing.stderrLines.count == 1 && missing.stderr.contains("rag models pull tiny"), "\(missing)")
        let keyword = try await rag.run("search", "rotate", "--index", index, "--mode", "keyword")
        #expect(keyword.status == 0, "keyword search needs no model: \(keyword)")
    }

    @Test("With no key and no model named, a new index uses the best installed model")
    func defaultsToInstalledModel() async throws {
        try await rag.succeed("models", "add", Self.tinyModel.path, "--name", "tiny")
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let status = try await rag.succeed("status", "--index", index, "--json").json(StatusJSON.self)
        #expect(status.model == "local:tiny")
    }

    @Test("A folder that is not a model is refused with one line")
    func badModelFolder() async throws {
        let result = try await rag.run("models", "add", folder.path("docs").path)
        #expect(result.status != 0 && result.stderrLines.count == 1, "\(result)")
    }

    @Test("Semantic search offline with the real all-MiniLM-L6-v2 weights", .enabled(if: TestExtras.miniLMTestsEnabled, Comment(rawValue: TestExtras.miniLMSkipReason)))
    func realMiniLM() async throws {
        let model = try #require(TestExtras.miniLMFolder, "RAGKIT_REQUIRE_EXTRAS is set but RAGKIT_MINILM_DIR is not")
        try await rag.succeed("models", "add", model, "--name", "all-MiniLM-L6-v2")
        try await rag.succeed("index", "docs", "--index", index, "--quiet")
        let status = try await rag.succeed("status", "--index", index, "--json").json(StatusJSON.self)
        #expect(status.model == "local:all-MiniLM-L6-v2" && status.dimensions == 384)
        // Phrased in other words than the page: the semantic model finds the log rotation page.
        let hits = try await rag.succeed("search", "stop my disk filling up with old output files", "--index", index,
                                         "--mode", "vector", "--json", "-k", "3")
        #expect(hits.stdout.lowercased().contains("log"), "\(hits)")
        let answer = try await rag.succeed("ask", "How do I rotate the logs?", "--index", index)
        #expect(answer.stdout.contains("[1]"), "\(answer)")
    }
}
