/// What ``DocumentLoader`` made of one file: a document, or a reason it was skipped.
public enum LoadOutcome: Sendable, Hashable {
    /// The file loaded.
    case loaded(Document)
    /// The file was skipped; `message` is one line that says why and, where it helps, what to do.
    case skipped(path: String, reason: SkipReason, message: String)

    /// The document, when the file loaded.
    public var document: Document? {
        if case .loaded(let document) = self { return document }
        return nil
    }
}
