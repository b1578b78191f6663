import PropertyBased

/// Generators of awkward text: words and punctuation mixed with multi-byte scalars, combining
/// marks, emoji ZWJ sequences, flags, CJK, CR LF and lone CR line ends, and blank lines.
enum RandomText {
    static let fragments: [String] = [
        "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "retrieval", "augmented", "generation",
        " ", " ", " ", " ", "  ", "\t", ".", ". ", "! ", "? ", ", ", ";", "(", ")", "\"", "'s", "1234567",
        "\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n\n\n",
        "é", "e\u{301}", "a\u{308}\u{301}", "ß", "Ωμέγα", "日本語のテキスト。", "中文", "한국어", "שלום", "مرحبا",
        "👍", "👍🏽", "👨‍👩‍👧‍👦", "🇫🇷", "🇯🇵🇺🇸", "\u{0600}1", "ﷺ", "\u{200D}", "x\u{20DD}",
        "Supercalifragilisticexpialidocious", "averyveryveryveryverylongwordwithoutanyspacesatall",
    ]

    /// Random text of up to `maxFragments` fragments.
    static func text(maxFragments: Int) -> Generator<String, AnySequence<Any>> {
        Gen<String?>.element(of: fragments).map { $0 ?? "" }.array(of: 0...maxFragments).map { $0.joined() }.eraseToAny()
    }
}
