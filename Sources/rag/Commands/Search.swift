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

        @Argument(help: ArgumentHelp("The text to search for; - reads it from standard input.", valueName: "query"))
        var query: String

        func validate() throws {
            if query != "-", query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("The query is empty: give the words to search for.")
            }
        }

        @Flag(help: "Search the index's OpenAI vector store (see `rag mirror`) instead of the local vectors.")
        var remote = false

        func run() async throws {
            let query = try QueryArgument.resolve(query)
            let rag = try await global.openIndex(global.providerRequest(), needsEmbedder: !remote && retrieval.mode != .keyword)
            let hits = try await rag.search(query, options: retrieval.searchOptions(defaultK: 5), from: global.passageSource(remote: remote))
            let printer = SearchPrinter(output: .output)
            if retrieval.json {
                try printer.printJSON(query: query, hits: hits)
            } else {
                printer.printText(hits)
            }
        }
    }
}
