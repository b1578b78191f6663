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
        output.writeLine("  " + Self.describeWork(summary))
        if !summary.skipped.isEmpty {
            output.writeLine("Skipped:")
            for skipped in summary.skipped {
                output.writeLine("  \(skipped.path): \(skipped.reason)")
            }
        }
    }

    /// The index's totals and this run's share of them, in the progress lines' terms: `3,761 chunks (3,344 embedded,
    /// 417 reused), 2,612,345 tokens (2,301,234 embedded), 12 embedding calls`.
    static func describeWork(_ summary: IndexingSummary) -> String {
        "\(Format.count(summary.chunks)) chunks (\(Format.count(summary.chunksEmbedded)) embedded, \(Format.count(summary.chunksReused)) reused), "
            + "\(Format.count(summary.tokens)) tokens (\(Format.count(summary.tokensEmbedded)) embedded), "
            + "\(Format.count(summary.embeddingCalls)) embedding calls"
    }

    /// One JSON object.
    func printJSON(_ summary: IndexingSummary, root: URL) throws {
        try JSONOutput.write(IndexSummaryOutput(summary, root: root), to: output)
    }
}
