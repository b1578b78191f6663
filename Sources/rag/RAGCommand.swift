import ArgumentParser
import Chunkers
import RAGKit
import RAGServer

/// The `rag` command-line tool: parses arguments, calls one RAGKit API per command, prints.
///
/// Library errors are caught here, once: each becomes one line on stderr that says what to do, and an exit code
/// from ``ExitStatus``.
@main
struct RAGCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rag",
        abstract: "Index a folder of documents and ask questions about it, with citations.",
        discussion: """
        Offline by default: a built-in local embedder and an extractive answerer. With $OPENAI_API_KEY (or \
        --base-url / $OPENAI_BASE_URL for an OpenAI-compatible server), embeddings and answers come from the server.
        """,
        version: RAG.version,
        subcommands: [Index.self, Ask.self, Search.self, Status.self, Models.self, Tokens.self, Mirror.self, Serve.self, MCPServe.self]
    )

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as RAGError {
            StandardStreams.error.writeLine(ErrorLine(error: error).description)
            exit(withError: ExitStatus.code(for: error))
        } catch let error as CommandFailure {
            StandardStreams.error.writeLine("rag: \(error.message)")
            exit(withError: error.exitCode)
        } catch let error as FolderWatchError {
            StandardStreams.error.writeLine("rag: \(error.message)")
            exit(withError: ExitStatus.failure)
        } catch let error as ChunkersError {
            StandardStreams.error.writeLine("rag: \(error)")
            exit(withError: ExitStatus.failure)
        } catch {
            exit(withError: error)
        }
    }
}
