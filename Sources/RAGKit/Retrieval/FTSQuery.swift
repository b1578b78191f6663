/// Turns a user's free text into a safe FTS5 query.
///
/// Every word becomes a quoted FTS5 string, so operators (`AND`, `NEAR`, `*`, `:`, quotes,
/// parentheses) in the user's text are searched as text, never interpreted. Words are joined with
/// `OR` and BM25 ranks chunks that contain more, and rarer, of them higher.
enum FTSQuery {
    static func match(for text: String) -> String? {
        var seen = Set<String>()
        let terms = WordScanner.words(in: text).filter { seen.insert($0).inserted }
        guard !terms.isEmpty else { return nil }
        return terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " OR ")
    }
}
