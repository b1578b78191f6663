import Foundation
import Testing

/// Every subcommand, option, flag and argument of `rag` explains itself in `--help`.
@Suite("Help")
struct HelpTests {
    struct ToolInfo: Decodable {
        struct Command: Decodable {
            struct Argument: Decodable {
                var names: [Name]?
                var valueName: String?
                var abstract: String?
                var shouldDisplay: Bool
            }

            struct Name: Decodable {
                var name: String
            }

            var commandName: String
            var abstract: String?
            var arguments: [Argument]?
            var subcommands: [Command]?
        }

        var command: Command
    }

    @Test("Every command and every argument has help text")
    func everythingHasHelp() async throws {
        let rag = Rag(workingDirectory: FileManager.default.temporaryDirectory)
        let result = try await rag.succeed("--experimental-dump-help")
        let info = try result.json(ToolInfo.self)
        let subcommands = info.command.subcommands ?? []
        #expect(Set(subcommands.map(\.commandName)).isSuperset(of: ["index", "ask", "search", "status", "tokens"]))
        for command in subcommands where command.commandName != "help" {
            #expect(command.abstract?.isEmpty == false, "\(command.commandName) has no abstract")
            for argument in command.arguments ?? [] where argument.shouldDisplay {
                let name = argument.names?.first?.name ?? argument.valueName ?? "?"
                #expect(argument.abstract?.isEmpty == false, "rag \(command.commandName) \(name) has no help")
            }
        }
    }

    @Test("Help lists the options of each command", arguments: [
        ("index", ["--exclude", "--chunker", "--chunk-size", "--overlap", "--embedder", "--embedding-model", "--reindex", "--quiet", "--index", "--base-url"]),
        ("ask", ["--answerer", "--chat-model", "-k", "--mode", "--path", "--json"]),
        ("search", ["-k", "--mode", "--path", "--json"]),
        ("status", ["--json", "--index"]),
        ("tokens", ["--encoding", "--ids"]),
    ])
    func optionsListed(command: String, options: [String]) async throws {
        let rag = Rag(workingDirectory: FileManager.default.temporaryDirectory)
        let result = try await rag.succeed(command, "--help")
        for option in options {
            #expect(result.stdout.contains(option), "rag \(command) --help lacks \(option)")
        }
    }
}
