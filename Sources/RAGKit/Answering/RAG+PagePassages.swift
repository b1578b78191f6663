extension RAG {
    /// Every passage of the best `pages` pages among `hits`, each page whole and in reading order, for an answerer
    /// that reads pages rather than only the retrieved passages. A page the index does not hold (a remote hit the
    /// catalog lacks) contributes its retrieved passages alone.
    /// - Throws: ``RAGError`` `.storage`.
    func pagePassages(of hits: [SearchHit], pages: Int) async throws(RAGError) -> [QuotablePassage] {
        var paths: [String] = []
        for hit in hits where !paths.contains(hit.path) && paths.count < pages { paths.append(hit.path) }
        let retrieved = Set(hits.map { "\($0.chunkIndex) \($0.path)" })
        var passages: [QuotablePassage] = []
        for (rank, path) in paths.enumerated() {
            let chunks = try await store.storage.chunks(documentPath: path)
            if chunks.isEmpty {
                passages += hits.filter { $0.path == path }.map {
                    QuotablePassage(citation: Citation(number: 0, path: $0.path, headingPath: $0.headingPath, page: $0.page, text: $0.text),
                                    pageRank: rank, wasRetrieved: true)
                }
            } else {
                passages += chunks.sorted { $0.ordinal < $1.ordinal }.map {
                    QuotablePassage(citation: Citation(number: 0, path: $0.path, headingPath: $0.headingPath, page: $0.page, text: $0.text),
                                    pageRank: rank, wasRetrieved: retrieved.contains("\($0.ordinal) \($0.path)"), pageReadWhole: true)
                }
            }
        }
        return passages
    }
}
