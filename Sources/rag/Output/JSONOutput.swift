import Foundation
import RAGKit

/// Writes one JSON object as one line on stdout.
enum JSONOutput {
    /// Encodes `value` compactly, keys sorted, and writes it followed by a newline.
    static func write(_ value: some Encodable, to stream: StandardStreams) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        stream.writeLine(String(decoding: data, as: UTF8.self))
    }
}

/// `rag search --json`: `{"query", "results": [{"rank", "score", "path", "heading", "page", "chunk", "text"}]}`.
struct SearchOutput: Encodable {
    struct Result: Encodable {
        var rank: Int
        var score: Double
        var path: String
        var heading: String
        @NullWhenAbsent var page: Int?
        var chunk: Int
        var text: String
        var passage: String
        var role: String

        init(_ hit: SearchHit) {
            rank = hit.rank
            score = hit.score
            path = hit.path
            heading = Format.heading(hit.headingPath)
            page = hit.page
            chunk = hit.chunkIndex
            text = hit.text
            passage = hit.passage
            role = hit.role.rawValue
        }
    }

    var query: String
    var results: [Result]
}

/// `rag ask --json`: `{"question", "answer", "mode", "citations": [{"n", "path", "heading", "page", "text"}]}`.
struct AskOutput: Encodable {
    struct Source: Encodable {
        var n: Int
        var path: String
        var heading: String
        @NullWhenAbsent var page: Int?
        var text: String

        init(_ citation: Citation) {
            n = citation.number
            path = citation.path
            heading = Format.heading(citation.headingPath)
            page = citation.page
            text = citation.text
        }
    }

    var question: String
    var answer: String
    var mode: String
    var citations: [Source]

    init(_ answer: Answer) {
        question = answer.question
        self.answer = answer.text
        mode = answer.mode.rawValue
        citations = answer.citations.map(Source.init)
    }
}

/// `rag status --json`: counts, model, dimensions, bytes, chunking, where the index and its folder are, and the last run.
struct StatusOutput: Encodable {
    var index: String
    var root: String
    var documents: Int
    var chunks: Int
    var tokens: Int
    var model: String
    var dimensions: Int
    var bytes: Int64
    @NullWhenAbsent var lastRun: String?
    var chunker: String
    var chunkSize: Int
    var overlap: Int

    init(_ status: IndexStatus, settings: IndexSettings, index: URL) {
        self.index = index.path
        root = status.root
        documents = status.documents
        chunks = status.chunks
        tokens = status.tokens
        model = status.embeddingModel
        dimensions = status.dimensions
        bytes = status.bytesOnDisk
        lastRun = status.lastRun.map(Format.timestamp)
        chunker = settings.chunker.rawValue
        chunkSize = settings.chunkSize
        overlap = settings.chunkOverlap
    }

}

/// `rag index --json`: the run's summary.
struct IndexSummaryOutput: Encodable {
    struct Skipped: Encodable {
        var path: String
        var reason: String
    }

    var root: String
    var added: [String]
    var updated: [String]
    var removed: [String]
    var unchanged: [String]
    var skipped: [Skipped]
    var chunks: Int
    var tokens: Int
    var embeddingCalls: Int
    var seconds: Double

    init(_ summary: IndexingSummary, root: URL) {
        self.root = root.path
        added = summary.added
        updated = summary.updated
        removed = summary.removed
        unchanged = summary.unchanged
        skipped = summary.skipped.map { Skipped(path: $0.path, reason: $0.reason) }
        chunks = summary.chunks
        tokens = summary.tokens
        embeddingCalls = summary.embeddingCalls
        seconds = Format.seconds(summary.elapsed)
    }
}

/// Encodes an optional as `null` when absent, where synthesized `Encodable` would leave the key out, so every
/// documented key is always present.
@propertyWrapper
struct NullWhenAbsent<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}
