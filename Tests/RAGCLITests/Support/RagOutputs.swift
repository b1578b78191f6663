import Foundation

/// `rag search --json`.
struct SearchJSON: Decodable, Equatable {
    struct Result: Decodable, Equatable, Hashable {
        var rank: Int
        var score: Double
        var path: String
        var heading: String
        var page: Int?
        var chunk: Int
        var text: String
    }

    var query: String
    var results: [Result]
}

/// `rag ask --json`.
struct AskJSON: Decodable {
    struct Citation: Decodable {
        var n: Int
        var path: String
        var heading: String
        var page: Int?
        var text: String
    }

    var question: String
    var answer: String
    var mode: String
    var citations: [Citation]
}

/// `rag status --json`.
struct StatusJSON: Decodable, Equatable {
    var index: String
    var root: String
    var documents: Int
    var chunks: Int
    var tokens: Int
    var model: String
    var dimensions: Int
    var bytes: Int64
    var lastRun: String?
    var chunker: String
    var chunkSize: Int
    var overlap: Int
}

extension StatusJSON {
    /// What the index holds and how it was built, without its size on disk and last run (which a run that changes
    /// no document may still touch): for checking that an index is the old one whole.
    var contents: StatusJSON {
        var copy = self
        copy.bytes = 0
        copy.lastRun = nil
        return copy
    }
}

/// `rag index --json`.
struct IndexJSON: Decodable {
    struct Skipped: Decodable {
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
    var chunksEmbedded: Int
    var chunksReused: Int
    var tokens: Int
    var tokensEmbedded: Int
    var embeddingCalls: Int
    var seconds: Double
}

/// The exit codes `rag` documents in the README.
enum RagExit {
    static let failure: Int32 = 1
    static let noIndex: Int32 = 3
    static let folderNotFound: Int32 = 4
    static let authentication: Int32 = 5
    static let quotaExhausted: Int32 = 6
    static let serverUnreachable: Int32 = 7
    static let unknownModel: Int32 = 8
    static let embeddingModelMismatch: Int32 = 9
    static let usage: Int32 = 64
}
