import ArgumentParser
import Foundation
import RAGKit
import RAGServer

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

        @Flag(help: "Rebuild the index with the options given, beside the old one, which answers until the new one is complete (needed to change the embedding model or chunking; a damaged index is set aside).")
        var reindex = false

        @Option(help: ArgumentHelp(
            "Copy this index (a directory or a postgres:// URL) into the new one first, vectors included, then update it.",
            discussion: "Moves an index between files and PostgreSQL without embedding anything again; the destination must hold no index.",
            valueName: "index"))
        var copyFrom: String?

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        @Flag(help: "Print the summary as one JSON object on stdout.")
        var json = false

        @OptionGroup(title: "Watching") var watching: WatchingOptions

        func validate() throws {
            let sizes = IndexSettings.chunkSizes
            if let chunkSize, !sizes.contains(chunkSize) {
                throw ValidationError("--chunk-size must be between \(sizes.lowerBound) and \(sizes.upperBound) tokens (got \(chunkSize)).")
            }
            if copyFrom != nil, reindex || chunker != nil || chunkSize != nil || overlap != nil {
                throw ValidationError("--copy-from keeps the copied index's settings: drop --reindex, --chunker, --chunk-size and --overlap.")
            }
            if let overlap, overlap < 0 { throw ValidationError("--overlap must be zero or more tokens (got \(overlap)).") }
            if let overlap, let chunkSize, overlap > chunkSize / 2 {
                throw ValidationError("--overlap must be at most half of --chunk-size, \(chunkSize / 2) tokens (got \(overlap)).")
            }
        }

        func run() async throws {
            let progress = IndexProgressPrinter(style: progressStyle)
            // Opening may ask the embeddings server for a model's dimensions: a stalled server shows here too.
            let opening = progress.reportWaits(every: .seconds(10))
            let rag: RAG
            do {
                if let copyFrom, let source = IndexLocation.resolve(explicit: copyFrom, environment: [:], workingDirectory: global.workingDirectory) {
                    _ = try await RAG.copy(from: source, to: indexingRequest().directory)
                }
                rag = try await RAG.openForIndexing(indexingRequest())
                opening.cancel()
            } catch {
                opening.cancel()
                throw error
            }
            let options = IndexingOptions(exclude: excludes)
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
            let printer = IndexSummaryPrinter(output: .output)
            try printSummary(summary, root: rag.root, printer: printer)
            guard watching.watch else { return }
            let served = ServedIndex(directory: rag.directory, providers: global.providerRequest(embedding: embedding),
                                     indexingOptions: options, vectorOptions: GlobalOptions.vectorOptions)
            let loop = try await FolderWatchLoop(index: served, options: watching.folderWatchOptions)
            if let warning = loop.watcher.warning { StandardStreams.error.writeLine("rag: warning: \(warning)") }
            if !quiet { StandardStreams.error.writeLine("watching \(rag.root.path) for changes; Ctrl-C stops") }
            let watching = Task {
                await loop.run { result in
                    switch result {
                    case .success(let summary): try? printSummary(summary, root: rag.root, printer: printer)
                    case .failure(let error as RAGError): StandardStreams.error.writeLine(ErrorLine(error: error).description)
                    case .failure(let error): StandardStreams.error.writeLine("rag: \(error)")
                    }
                }
            }
            interrupt.cancel(watching)
            await watching.value
            if !quiet { StandardStreams.error.writeLine("stopped watching") }
        }

        private func printSummary(_ summary: IndexingSummary, root: URL, printer: IndexSummaryPrinter) throws {
            guard !quiet else { return }
            if json {
                try printer.printJSON(summary, root: root)
            } else {
                printer.printText(summary, root: root)
            }
        }

        /// The options as a library request: the index found for the global options (or `./.rag`), the folder,
        /// chunking and providers.
        private func indexingRequest() -> IndexingRequest {
            let directory = global.locatedIndex()
                ?? global.workingDirectory.appendingPathComponent(IndexLocation.directoryName, isDirectory: true)
            let folderURL = folder.map { URL(fileURLWithPath: $0, relativeTo: global.workingDirectory).standardizedFileURL }
            return IndexingRequest(
                directory: directory,
                root: folderURL,
                providers: global.providerRequest(embedding: embedding),
                chunker: chunker, chunkSize: chunkSize, chunkOverlap: overlap,
                rebuild: reindex, vectorOptions: GlobalOptions.vectorOptions,
                defaultRoot: global.workingDirectory
            )
        }

        private var progressStyle: IndexProgressPrinter.Style {
            if quiet || json { return .silent }
            return StandardStreams.error.isTerminal ? .bar : .lines
        }
    }
}
