import ArgumentParser
import RAGKit

extension RAGCommand {
    /// `rag search`: ranked passages for a query.
    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the passages that best match a query, ranked, with path, heading path and score."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var retrieval: RetrievalOptions

        @Argument(help: ArgumentHelp("The text to search for.", valueName: "query"))
        var query: String

        func run() async throws {
            let rag = try await global.openIndex(global.providerRequest(), needsEmbedder: retrieval.mode != .keyword)
            let hits = try await rag.search(query, options: retrieval.searchOptions(defaultK: 5))
            let printer = SearchPrinter(output: .output)
            if retrieval.json {
                try printer.printJSON(query: query, hits: hits)
            } else {
                printer.printText(hits)
            }
        }
    }
}
