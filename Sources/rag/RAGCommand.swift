import ArgumentParser

/// The `rag` command-line tool.
@main
struct RAGCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rag",
        abstract: "Index a folder of documents and ask questions about it, with citations."
    )
}
