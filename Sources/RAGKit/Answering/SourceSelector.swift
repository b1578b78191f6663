import Chunkers

/// Turns search hits into numbered sources that fit a token budget.
struct SourceSelector {
    static let nothingFound = "Nothing in the index matches this question."

    let tokenizer: any Tokenizer

    init(encoding: String) throws(RAGError) {
        tokenizer = try TokenizerCache.load(encoding)
    }

    /// Numbers hits 1, 2, … in rank order, skipping repeated passages and stopping before the
    /// budget is exceeded (the best passage is always kept).
    func select(_ hits: [SearchHit], budget: Int) -> [Citation] {
        var sources: [Citation] = []
        var seen = Set<String>()
        var used = 0
        for hit in hits where seen.insert(hit.text).inserted {
            let cost = tokenizer.count(hit.text) + tokenizer.count(hit.path + hit.headingPath.joined(separator: " › ")) + 8
            if !sources.isEmpty, used + cost > budget { break }
            used += cost
            sources.append(Citation(number: sources.count + 1, path: hit.path, headingPath: hit.headingPath,
                                    page: hit.page, text: hit.text))
        }
        return sources
    }
}
