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

/// The advice added to a usage error of `rag search` or `rag ask` when the query begins with a dash: the parser reads
/// it as an option unless `--` comes before it. Given only when the command line parses with `--` put before that
/// argument, so a mistyped option is not taken for a query.
struct DashedQueryHint: CustomStringConvertible {
    /// `search` or `ask`.
    let command: String
    /// The query the parser took for an option.
    let argument: String

    init?(error: any Error, arguments: [String]) {
        guard let command = arguments.first, ["search", "ask"].contains(command), !arguments.contains("--"),
              RAGCommand.exitCode(for: error) == .validationFailure else { return nil }
        let rest = arguments.dropFirst()
        let candidate = rest.indices.first { index in
            let argument = rest[index]
            guard argument.hasPrefix("-"), argument != "-" else { return false }
            var separated = Array(rest)
            separated.remove(at: index - rest.startIndex)
            return (try? RAGCommand.parseAsRoot([command] + separated + ["--", argument])) != nil
        }
        guard let candidate else { return nil }
        self.command = command
        argument = rest[candidate]
    }

    var description: String {
        "If \"\(argument)\" is your query, put -- before it: rag \(command) -- \"\(argument)\""
    }
}
