import ArgumentParser
import RAGKit

extension RAGCommand {
    /// `rag ask`: a streamed answer with numbered citations and the sources listed.
    struct Ask: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer a question from the index, with numbered citations and the sources listed."
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var retrieval: RetrievalOptions
        @OptionGroup var answering: AnswererOptions

        @Argument(help: ArgumentHelp("The question to answer.", valueName: "question"))
        var question: String

        func run() async throws {
            let printer = AnswerPrinter(output: .output, json: retrieval.json)
            let request = global.providerRequest(answering: answering)
            let rag = try await global.openIndex(request, needsEmbedder: retrieval.mode != .keyword)
            let generator = try ProviderResolver.answerer(for: request)
            let options = AskOptions(search: retrieval.searchOptions(defaultK: 6))
            for try await event in rag.ask(question, using: generator, options: options) {
                try printer.handle(event)
            }
        }
    }
}
