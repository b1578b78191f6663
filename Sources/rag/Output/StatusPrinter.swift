import Foundation
import RAGKit
import RAGServer

/// Prints `rag status`.
struct StatusPrinter {
    var output: StandardStreams

    /// One labelled line per fact.
    func printText(_ status: IndexStatus, settings: IndexSettings, index: URL) {
        let rows: [(String, String)] = [
            ("Index", index.isFileURL ? index.path : index.absoluteString),
            ("Folder", status.root),
            ("Documents", Format.count(status.documents)),
            ("Chunks", Format.count(status.chunks)),
            ("Tokens", Format.count(status.tokens)),
            ("Embedding model", "\(status.embeddingModel) (\(status.dimensions) dimensions)"),
            ("Chunking", "\(settings.chunker.rawValue), \(settings.chunkSize) tokens, \(settings.chunkOverlap) overlap"),
            ("Size on disk", Format.bytes(status.bytesOnDisk)),
            ("Last run", status.lastRun.map(Format.timestamp) ?? "never"),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        for (label, value) in rows {
            output.writeLine((label + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0) + value)
        }
    }

    /// One JSON object.
    func printJSON(_ status: IndexStatus, settings: IndexSettings, index: URL) throws {
        try JSONOutput.write(StatusOutput(status, settings: settings, index: index), to: output)
    }
}
