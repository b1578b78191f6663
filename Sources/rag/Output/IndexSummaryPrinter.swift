import Foundation
import RAGKit
import RAGServer

/// Prints the summary at the end of `rag index`.
struct IndexSummaryPrinter {
    var output: StandardStreams

    /// Files by outcome, skipped files with their reasons, then the work done.
    func printText(_ summary: IndexingSummary, root: URL) {
        let outcome = [
            "\(summary.added.count) added",
            "\(summary.updated.count) updated",
            "\(summary.removed.count) removed",
            "\(summary.unchanged.count) unchanged",
            "\(summary.skipped.count) skipped",
        ].joined(separator: ", ")
        output.writeLine("Indexed \(root.path) in \(Format.duration(summary.elapsed)): \(outcome)")
        output.writeLine("  \(Format.count(summary.chunks)) chunks, \(Format.count(summary.tokens)) tokens, \(Format.count(summary.embeddingCalls)) embedding calls")
        if !summary.skipped.isEmpty {
            output.writeLine("Skipped:")
            for skipped in summary.skipped {
                output.writeLine("  \(skipped.path): \(skipped.reason)")
            }
        }
    }

    /// One JSON object.
    func printJSON(_ summary: IndexingSummary, root: URL) throws {
        try JSONOutput.write(IndexSummaryOutput(summary, root: root), to: output)
    }
}
