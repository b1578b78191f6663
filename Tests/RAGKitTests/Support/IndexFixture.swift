import Foundation
@testable import RAGKit

/// A folder the test writes, with its index in `<folder>/.rag`.
struct IndexFixture {
    let folder: TemporaryDirectory
    var indexURL: URL { folder.url.appending(path: ".rag") }

    init(files: [String: String] = [:]) throws {
        folder = try TemporaryDirectory()
        for (path, text) in files { try folder.write(path, text) }
    }

    func create(_ embedder: any Embedder, chunkSize: Int = 800, overlap: Int = 400) throws -> RAG {
        try RAG.create(at: indexURL, root: folder.url,
                       settings: IndexSettings(embedder: embedder, chunkSize: chunkSize, chunkOverlap: overlap), embedder: embedder)
    }

    /// Runs an indexing pass to completion and returns its summary and every event.
    @discardableResult
    static func index(_ rag: RAG, options: IndexingOptions = .init()) async throws -> (summary: IndexingSummary, events: [IndexingEvent]) {
        var events: [IndexingEvent] = []
        var summary: IndexingSummary?
        for try await event in rag.index(options: options) {
            events.append(event)
            if case .finished(let finished) = event { summary = finished }
        }
        try Task.checkCancellation()
        guard let summary else { throw RAGError(.invalidArgument, "The run ended without a summary.") }
        return (summary, events)
    }

    /// Runs an indexing pass with the structured API: when it returns, the run has fully ended.
    @discardableResult
    static func run(_ rag: RAG, options: IndexingOptions = .init()) async throws -> IndexingSummary {
        try await rag.index(options: options) { _ in }
    }

    /// Twelve short documents, each with one distinctive word.
    static let animals = ["aardvark", "badger", "cheetah", "dingo", "echidna", "ferret", "gazelle", "hyena", "ibex",
                          "jackal", "kinkajou", "lemur"]

    static func animalFiles() -> [String: String] {
        Dictionary(uniqueKeysWithValues: animals.enumerated().map { index, animal in
            ("zoo/\(String(format: "%02d", index))-\(animal).md",
             "# The \(animal)\n\nThe \(animal) lives in enclosure \(index). Keepers feed the \(animal) every morning.\n")
        })
    }
}
