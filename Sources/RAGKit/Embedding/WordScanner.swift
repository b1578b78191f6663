import Foundation

/// Splits text into normalised words the way the catalog's FTS5 `unicode61` tokenizer does:
/// runs of letters and numbers, lowercased, diacritics removed.
///
/// The local embedder and the keyword index must agree on words, because the embedder's query-side
/// IDF weights come from the keyword index's document frequencies.
enum WordScanner {
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var hasNonASCII = false
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            words.append(hasNonASCII ? normalize(word) : word)
            current.removeAll(keepingCapacity: true)
            hasNonASCII = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: current.append(scalar)
                case 0x41...0x5A: current.append(Unicode.Scalar(value + 0x20) ?? scalar)
                default: flush()
                }
            } else if isWordScalar(scalar) {
                current.append(scalar)
                hasNonASCII = true
            } else if scalar.properties.generalCategory.isMark, !current.isEmpty {
                // A combining mark belongs to the word it follows; normalisation folds it away.
                current.append(scalar)
                hasNonASCII = true
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }

    private static func normalize(_ word: String) -> String {
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { !$0.properties.generalCategory.isMark }))
    }
}

extension Unicode.GeneralCategory {
    var isMark: Bool {
        self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
    }
}
