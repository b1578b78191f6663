import ArgumentParser
import RAGKit
import RAGServer

extension RAGCommand {
    /// `rag status`: what the index holds.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the index: documents, chunks, tokens, embedding model and dimensions, size on disk, last run."
        )

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Print one JSON object on stdout instead of text.")
        var json = false

        func run() async throws {
            let directory = try global.existingIndex()
            let rag = try await global.openIndex(global.providerRequest(), needsEmbedder: false)
            let status = try await rag.status()
            let printer = StatusPrinter(output: .output)
            let mirror = try await rag.mirrorStatus()
            if json {
                try JSONOutput.write(StatusOutput(status, settings: rag.settings, index: directory, mirror: mirror), to: .output)
            } else {
                printer.printText(status, settings: rag.settings, index: directory)
                MirrorStatusPrinter(output: .output).print(mirror)
            }
        }
    }
}
