import ArgumentParser
import Foundation
import RAGKit

extension RAGCommand {
    /// `rag mirror`: make an OpenAI vector store match the index.
    struct Mirror: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mirror the index's folder into an OpenAI vector store: upload new and changed files, remove deleted ones.",
            discussion: """
            Files are compared by content hash with what the index recorded, so unchanged files cost no request and \
            a second run in a row changes nothing; a run that was interrupted is finished by the next one. The store \
            is created on the first run (or given with --vector-store) and remembered in the index. Needs \
            $OPENAI_API_KEY (or --base-url).
            """
        )

        @OptionGroup var global: GlobalOptions

        @Option(
            name: .customLong("vector-store"),
            help: ArgumentHelp("Mirror into this existing vector store instead of the index's own.", valueName: "vs_id")
        )
        var vectorStore: String?

        @Flag(name: .customLong("dry-run"), help: "Say what would be uploaded, replaced and removed, and change nothing.")
        var dryRun = false

        @Option(help: ArgumentHelp("Uploads in flight at once.", valueName: "n"))
        var concurrency = 4

        @Option(name: .customLong("wait"), help: ArgumentHelp("The longest wait, in seconds, for the store to process the files.", valueName: "seconds"))
        var waitSeconds = 900

        @Flag(help: "Print one JSON object on stdout instead of text.")
        var json = false

        func validate() throws {
            if concurrency < 1 { throw ValidationError("--concurrency must be at least 1.") }
            if waitSeconds < 0 { throw ValidationError("--wait must be 0 or more seconds.") }
            if let vectorStore, vectorStore.isEmpty { throw ValidationError("--vector-store takes a store id such as vs_abc123.") }
        }

        func run() async throws {
            let rag = try await global.openIndex(global.providerRequest(), needsEmbedder: false)
            let connection = try MirrorConnection(environment: global.environment, baseURL: global.baseURL)
            let options = MirrorOptions(
                vectorStoreID: vectorStore, dryRun: dryRun, maxConcurrentUploads: concurrency,
                waitTimeout: .seconds(waitSeconds)
            )
            let progress = MirrorProgressPrinter(output: .error)
            let summary = try await rag.mirror(client: connection.client, options: options, onEvent: progress.handle)
            if json {
                try JSONOutput.write(summary, to: .output)
            } else {
                MirrorSummaryPrinter(output: .output).print(summary)
            }
            if !summary.failed.isEmpty { throw ExitCode(ExitStatus.failure.rawValue) }
        }
    }
}

/// Prints a mirror run's progress on stderr, one line per step.
struct MirrorProgressPrinter: Sendable {
    var output: StandardStreams

    func handle(_ event: MirrorEvent) {
        switch event {
        case .planned(let plan, let storeID):
            output.writeLine("Vector store \(storeID ?? "(new)"): \(plan.uploads.count) to upload, \(plan.removals.count) to remove, "
                + "\(plan.attributeUpdates.count) to relabel, \(plan.unchanged.count) unchanged, \(plan.skipped.count) skipped")
        case .uploaded(let path, let done, let total):
            output.writeLine("[\(done)/\(total)] uploaded \(path)")
        case .uploadFailed(let path, let reason):
            output.writeLine("upload failed: \(path): \(reason)")
        case .processing(let inProgress, let total):
            output.writeLine("processing: \(total - inProgress)/\(total) done")
        case .processingFailed(let path, let failure):
            output.writeLine("processing failed: \(path): \(failure.code.isEmpty ? failure.message : "\(failure.code): \(failure.message)")")
        case .removed(let path, let fileID):
            output.writeLine("removed \(path ?? fileID)")
        case .finished:
            break
        }
    }
}

/// Prints a mirror run's summary on stdout.
struct MirrorSummaryPrinter {
    var output: StandardStreams

    func print(_ summary: MirrorSummary) {
        let verb = summary.dryRun ? "Would mirror" : "Mirrored"
        output.writeLine("\(verb) into \(summary.vectorStoreID ?? "a new vector store")\(summary.createdStore ? " (created)" : "")")
        let rows: [(String, [String])] = [
            (summary.dryRun ? "To upload" : "Uploaded", summary.uploaded),
            (summary.dryRun ? "To replace" : "Replaced", summary.replaced),
            (summary.dryRun ? "To remove" : "Removed", summary.removed),
            (summary.dryRun ? "To relabel" : "Relabelled", summary.attributesUpdated),
            ("Recorded", summary.adopted),
            ("Still processing", summary.pending),
        ]
        for (label, paths) in rows where !paths.isEmpty {
            output.writeLine("\(label): \(paths.count)")
            for path in paths { output.writeLine("  \(path)") }
        }
        output.writeLine("Unchanged: \(summary.unchanged.count)")
        for skip in summary.skipped { output.writeLine("Skipped \(skip.relativePath): \(skip.reason)") }
        for failure in summary.failed { output.writeLine("Failed \(failure.relativePath): \(failure.reason)") }
        if !summary.pending.isEmpty { output.writeLine("Run `rag mirror` again to record the files still processing.") }
    }
}

/// The mirror block of `rag status`.
struct MirrorStatusPrinter {
    var output: StandardStreams

    func print(_ status: MirrorStatus?) {
        guard let status else {
            output.writeLine("Mirror:          none (run `rag mirror` to create one)")
            return
        }
        output.writeLine("Mirror:          \(status.vectorStoreID): \(status.inSync) in sync, \(status.pending) pending, \(status.failed) failed")
        output.writeLine("Last sync:       \(status.lastSyncAt.map(Format.timestamp) ?? "never")")
    }
}
