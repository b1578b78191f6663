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

        @Argument(help: ArgumentHelp("The question to answer; - reads it from standard input.", valueName: "question"))
        var question: String

        @Flag(help: "Retrieve through the index's OpenAI vector store (see `rag mirror`) instead of the local vectors.")
        var remote = false

        func run() async throws {
            let question = try QueryArgument.resolve(question)
            let request = global.providerRequest(answering: answering)
            let printer = AnswerPrinter(output: .output, json: retrieval.json, hasRemoteProvider: request.hasRemoteProvider)
            let generator = try ProviderResolver.answerer(for: request)
            let options = AskOptions(search: retrieval.searchOptions(defaultK: 6))
            let rag = try await global.openIndex(request, needsEmbedder: !remote && retrieval.mode != .keyword)
            let source = try global.passageSource(remote: remote)
            let events = rag.ask(question, using: generator, options: options, from: source)
            for try await event in events {
                try printer.handle(event)
            }
        }
    }
}
