import ArgumentParser
import Foundation
import RAGKit

extension ChunkerKind: ExpressibleByArgument {
    public init?(argument: String) {
        guard Self.allValueStrings.contains(argument) else { return nil }
        self.init(rawValue: argument)
    }
    public static var allValueStrings: [String] { allKnown.map(\.rawValue) }
}

extension RAGCommand {
    /// `rag index`: builds or updates the index of a folder.
    struct Index: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Index a folder: the first run reads everything, later runs only what changed.",
            discussion: """
            A new index is created in ./.rag (or at --index / $RAG_INDEX). Skipped always: .git, node_modules, \
            .build, .rag. Chunking and the embedding model are fixed when the index is created; --reindex rebuilds it.
            """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var embedding: EmbedderOptions

        @Argument(
            help: ArgumentHelp(
                "The folder to index.",
                discussion: "Defaults to the folder of the existing index, else the working directory.",
                valueName: "folder"
            )
        )
        var folder: String?

        @Option(
            name: .customLong("exclude"),
            help: ArgumentHelp("Skip files matching a .gitignore-style glob such as 'drafts/' or '*.log' (repeat for several).", valueName: "glob")
        )
        var excludes: [String] = []

        @Option(
            help: ArgumentHelp(
                "How a new index cuts documents (default tokens).",
                discussion: "tokens: token windows with overlap (OpenAI's static strategy). recursive: paragraphs, lines, sentences, words. markdown: sections by heading; the best retrieval on Markdown and HTML docs (see README, Retrieval quality).",
                valueName: "tokens|recursive|markdown"
            )
        )
        var chunker: ChunkerKind?

        @Option(help: ArgumentHelp("The token budget of a chunk in a new index (default 800; 100–4096).", valueName: "tokens"))
        var chunkSize: Int?

        @Option(help: ArgumentHelp("Tokens shared by consecutive chunks in a new index (default 400; at most half the size).", valueName: "tokens"))
        var overlap: Int?

        @Flag(help: "Delete the index and rebuild it with the options given (needed to change the embedding model or chunking).")
        var reindex = false

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        @Flag(help: "Print the summary as one JSON object on stdout.")
        var json = false

        func validate() throws {
            if let chunkSize, chunkSize < 1 { throw ValidationError("--chunk-size must be a positive number of tokens.") }
            if let overlap, overlap < 0 { throw ValidationError("--overlap must be zero or more tokens.") }
        }

        func run() async throws {
            let folderURL = folder.map { URL(fileURLWithPath: $0, relativeTo: global.workingDirectory).standardizedFileURL }
            let rag = try await openOrCreate(folder: folderURL, request: global.providerRequest(embedding: embedding))
            let options = IndexingOptions(exclude: excludes)
            let progress = IndexProgressPrinter(style: progressStyle)
            let interrupt = InterruptSignal()
            defer { interrupt.stop() }
            let indexing = Task {
                try await rag.index(options: options) { event in progress.handle(event) }
            }
            interrupt.cancel(indexing)
            let summary: IndexingSummary
            do {
                summary = try await indexing.value
                progress.end()
            } catch {
                progress.end()
                throw indexing.isCancelled ? CommandFailure.interrupted : error
            }
            guard !quiet else { return }
            let printer = IndexSummaryPrinter(output: .output)
            if json {
                try printer.printJSON(summary, root: rag.root)
            } else {
                printer.printText(summary, root: rag.root)
            }
        }

        private var progressStyle: IndexProgressPrinter.Style {
            if quiet || json { return .silent }
            return StandardStreams.error.isTerminal ? .bar : .lines
        }

        /// Opens the index found for the global options, or creates one: in `--index`, `RAG_INDEX`, or `./.rag`.
        private func openOrCreate(folder: URL?, request: ProviderRequest) async throws -> RAG {
            let located = global.locatedIndex()
            if let directory = located, let existing = try existingIndex(at: directory) {
                if reindex {
                    let embedder = try await ProviderResolver.embedder(for: request, index: existing.settings)
                    return try RAG.create(at: directory, root: folder ?? existing.root,
                                          settings: newSettings(embedder: embedder, keeping: existing.settings),
                                          embedder: embedder, replacing: true, vectorOptions: GlobalOptions.vectorOptions)
                }
                try checkCompatible(existing, folder: folder, directory: directory)
                return try await global.reopen(existing, embedderFor: request)
            }
            let directory = located ?? global.workingDirectory.appendingPathComponent(IndexLocation.directoryName, isDirectory: true)
            let embedder = try await ProviderResolver.embedder(for: request)
            return try RAG.create(at: directory, root: folder ?? global.workingDirectory,
                                  settings: newSettings(embedder: embedder), embedder: embedder, replacing: reindex,
                                  vectorOptions: GlobalOptions.vectorOptions)
        }

        /// The complete index at `directory`, or nil when there is none (or its creation never finished).
        private func existingIndex(at directory: URL) throws(RAGError) -> RAG? {
            guard RAG.exists(at: directory) else { return nil }
            do {
                return try RAG.open(at: directory, vectorOptions: GlobalOptions.vectorOptions)
            } catch where error.kind == .noIndex {
                return nil
            }
        }

        /// The settings of a new index: the options given, else those of the index it replaces, else the defaults.
        private func newSettings(embedder: any Embedder, keeping previous: IndexSettings? = nil) -> IndexSettings {
            var settings = IndexSettings(embedder: embedder)
            if let previous {
                settings.chunker = previous.chunker
                settings.chunkSize = previous.chunkSize
                settings.chunkOverlap = previous.chunkOverlap
            }
            if let chunker { settings.chunker = chunker }
            if let chunkSize { settings.chunkSize = chunkSize }
            if let overlap { settings.chunkOverlap = overlap }
            return settings
        }

        /// Refuses options that an existing index cannot honour without a rebuild.
        private func checkCompatible(_ rag: RAG, folder: URL?, directory: URL) throws(CommandFailure) {
            if let folder, folder.resolvingSymlinksInPath().path != rag.root.standardizedFileURL.resolvingSymlinksInPath().path {
                throw CommandFailure(
                    message: "the index at \(directory.path) is for \(rag.root.path), not \(folder.path); pass --index PATH for a separate index, or --reindex to replace it",
                    exitCode: ExitStatus.failure
                )
            }
            let settings = rag.settings
            var changed: [String] = []
            if let chunker, chunker != settings.chunker { changed.append("--chunker \(chunker.rawValue) (index: \(settings.chunker.rawValue))") }
            if let chunkSize, chunkSize != settings.chunkSize { changed.append("--chunk-size \(chunkSize) (index: \(settings.chunkSize))") }
            if let overlap, overlap != settings.chunkOverlap { changed.append("--overlap \(overlap) (index: \(settings.chunkOverlap))") }
            if !changed.isEmpty {
                throw CommandFailure(
                    message: "this index was built with other chunking: \(changed.joined(separator: ", ")); add --reindex to rebuild it",
                    exitCode: ExitStatus.failure
                )
            }
        }
    }
}
