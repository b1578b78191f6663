import ArgumentParser
import Chunkers
import RAGKit

extension SearchMode: ExpressibleByArgument {
    public init?(argument: String) {
        guard Self.allValueStrings.contains(argument) else { return nil }
        self.init(rawValue: argument)
    }
    public static var allValueStrings: [String] { allKnown.map(\.rawValue) }
}

/// The retrieval options shared by `rag search` and `rag ask`.
struct RetrievalOptions: ParsableArguments {
    @Option(name: .short, parsing: .unconditional,
            help: ArgumentHelp("The number of passages to retrieve (search: 5, ask: 6).", valueName: "n"))
    var k: Int?

    @Option(
        help: ArgumentHelp(
            "The retrieval mode (default auto).",
            discussion: "vector: embedding similarity. keyword: SQLite FTS5 BM25 over chunks and their paragraphs. hybrid: both, documents fused by reciprocal rank fusion (k = 60). auto: what measured best for the index's embedder, keyword for the built-in lexical one, hybrid for a semantic model.",
            valueName: "auto|vector|keyword|hybrid"
        )
    )
    var mode: SearchMode = .automatic

    @Option(
        name: .customLong("path"),
        help: ArgumentHelp("Only passages from files matching this glob, relative to the indexed folder (e.g. 'guides/**/*.md').", valueName: "glob")
    )
    var pathGlob: String?

    @Option(
        name: .customLong("metadata"),
        help: ArgumentHelp(
            "Only passages from documents whose metadata has KEY equal to VALUE (repeat for several).",
            discussion: "Metadata comes from Markdown front matter and the HTML <title> (key 'title').",
            valueName: "key=value"
        )
    )
    var metadataFilters: [String] = []

    @Option(help: ArgumentHelp("How much the vector ranking weighs against keyword ranking in hybrid mode (default: 1 with the lexical embedder, 2 with a semantic model).", valueName: "weight"))
    var vectorWeight: Double?

    @Option(help: ArgumentHelp("The most passages of one document in the results (default 1: distinct documents).", valueName: "n"))
    var perDocument: Int?

    @Option(help: ArgumentHelp("Only documents of this role: content, or map (indexes and tables of contents, otherwise ranked last).", valueName: "content|map"))
    var role: String?

    @Flag(help: "Print one JSON object on stdout instead of text.")
    var json = false

    func validate() throws {
        if let k, k < 1 { throw ValidationError("-k must be at least 1 (got \(k)).") }
        if let vectorWeight, !(vectorWeight > 0 && vectorWeight <= 100) { throw ValidationError("--vector-weight must be a number above 0, such as 2 (got \(vectorWeight)).") }
        if let perDocument, perDocument < 1 { throw ValidationError("--per-document must be at least 1 (got \(perDocument)).") }
        if let role, role != "content", role != "map" { throw ValidationError("--role takes content or map (got '\(role)').") }
        for filter in metadataFilters where Self.pair(filter) == nil {
            throw ValidationError("--metadata takes KEY=VALUE, such as --metadata audience=admin; got '\(filter)'.")
        }
    }

    /// The `--metadata` filters as a dictionary (a later KEY wins).
    var metadata: [String: String] {
        Dictionary(metadataFilters.compactMap(Self.pair), uniquingKeysWith: { _, later in later })
    }

    private static func pair(_ filter: String) -> (String, String)? {
        guard let equals = filter.firstIndex(of: "="), equals != filter.startIndex else { return nil }
        return (String(filter[..<equals]), String(filter[filter.index(after: equals)...]))
    }

    /// The library's search options, with `defaultK` when `-k` is not given.
    func searchOptions(defaultK: Int) -> SearchOptions {
        SearchOptions(k: k ?? defaultK, mode: mode, pathGlob: pathGlob, metadata: metadata,
                      perDocument: perDocument ?? 1, role: role.map { DocumentRole(rawValue: $0) }, vectorWeight: vectorWeight)
    }
}
