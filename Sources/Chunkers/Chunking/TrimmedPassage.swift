/// A passage for display, cut to whole words by ``PassageTrimmer``.
public struct TrimmedPassage: Sendable, Hashable {
    /// The passage, starting and ending at word boundaries, without surrounding whitespace.
    public var text: String
    /// Whether a partial word was dropped from the start.
    public var trimmedStart: Bool
    /// Whether a partial word was dropped from the end.
    public var trimmedEnd: Bool

    /// Creates a trimmed passage.
    public init(text: String, trimmedStart: Bool, trimmedEnd: Bool) {
        self.text = text
        self.trimmedStart = trimmedStart
        self.trimmedEnd = trimmedEnd
    }

    /// ``text`` with an ellipsis (`…`) where a partial word was dropped: `"…whole words…"`.
    public var displayText: String {
        (trimmedStart ? "…" : "") + text + (trimmedEnd ? "…" : "")
    }
}
