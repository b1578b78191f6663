import ArgumentParser
import Foundation
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
            if let hint = DashedQueryHint(error: error, arguments: Array(CommandLine.arguments.dropFirst())) {
                StandardStreams.error.writeLine(fullMessage(for: error))
                StandardStreams.error.writeLine(hint.description)
                Foundation.exit(exitCode(for: error).rawValue)
            }
            exit(withError: error)
        }
    }
}

/// The advice added to a usage error of `rag search` or `rag ask` when an argument is plainly a query that begins with
/// a dash (it holds a space, which no option does): the parser reads it as an option unless `--` comes before it.
struct DashedQueryHint: CustomStringConvertible {
    /// `search` or `ask`.
    let command: String
    /// The query the parser took for an option.
    let argument: String

    init?(error: any Error, arguments: [String]) {
        guard let command = arguments.first, ["search", "ask"].contains(command), RAGCommand.exitCode(for: error) == .validationFailure,
              let argument = arguments.dropFirst().first(where: { $0.hasPrefix("-") && $0.contains(where: \.isWhitespace) })
        else { return nil }
        self.command = command
        self.argument = argument
    }

    var description: String {
        "If \"\(argument)\" is your query, put -- before it: rag \(command) -- \"\(argument)\""
    }
}
