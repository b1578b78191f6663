import RAGKit
import RAGServer

/// Prints `rag search` results.
struct SearchPrinter {
    var output: StandardStreams

    /// One block per hit: rank, score and source on one line, then an excerpt.
    func printText(_ hits: [SearchHit]) {
        guard !hits.isEmpty else {
            output.writeLine("No passages match.")
            return
        }
        for hit in hits {
            let score = String(format: "%.4f", hit.score)
            output.writeLine("\(hit.rank). \(score)  \(Format.source(path: hit.path, headingPath: hit.headingPath, page: hit.page))  [chunk \(hit.chunkIndex)]")
            output.writeLine("   " + Format.excerpt(hit.passage, limit: 240))
        }
    }

    /// One JSON object: the query and the ranked results.
    func printJSON(query: String, hits: [SearchHit]) throws {
        try JSONOutput.write(SearchOutput(query: query, hits: hits), to: output)
    }
}
