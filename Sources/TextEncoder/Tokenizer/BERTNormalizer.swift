import Foundation

/// The BERT basic tokenizer: text cleaning, CJK isolation, accent stripping, lowercasing, then splitting
/// into words on whitespace and punctuation, as Hugging Face `tokenizers`' `BertNormalizer` and
/// `BertPreTokenizer` do.
public struct BERTNormalizer: Sendable, Hashable {
    /// Drops control characters, U+0000 and U+FFFD, and turns every whitespace character into a space.
    public var cleansText: Bool
    /// Puts spaces around CJK ideographs so each becomes its own word.
    public var isolatesCJKCharacters: Bool
    /// Decomposes (NFD) and drops nonspacing marks; `nil` follows ``lowercases``, as the `tokenizers` library does.
    public var stripsAccents: Bool?
    /// Lowercases with the full Unicode mapping.
    public var lowercases: Bool

    /// Creates a normalizer; the defaults are those of an uncased BERT.
    ///
    /// - Parameters:
    ///   - cleansText: Drops control characters and unifies whitespace; `true` by default.
    ///   - isolatesCJKCharacters: Splits CJK ideographs into words of their own; `true` by default.
    ///   - stripsAccents: Strips accents; `nil` (follow `lowercases`) by default.
    ///   - lowercases: Lowercases; `true` by default.
    public init(
        cleansText: Bool = true, isolatesCJKCharacters: Bool = true, stripsAccents: Bool? = nil, lowercases: Bool = true
    ) {
        self.cleansText = cleansText
        self.isolatesCJKCharacters = isolatesCJKCharacters
        self.stripsAccents = stripsAccents
        self.lowercases = lowercases
    }

    /// Normalizes `text` and splits it into words, calling `body` with each word's scalars in order.
    ///
    /// `body` returns `false` to stop early (for truncation).
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - body: Receives each word; returns whether to continue.
    func forEachWord(in text: Substring, _ body: ([Unicode.Scalar]) -> Bool) {
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(32)
        var stopped = false
        func flush() {
            if !word.isEmpty, !stopped {
                if !body(word) { stopped = true }
                word.removeAll(keepingCapacity: true)
            }
        }
        for scalar in normalized(text) {
            if stopped { return }
            if Self.isWhitespace(scalar) {
                flush()
            } else if Self.isPunctuation(scalar) {
                flush()
                word.append(scalar)
                flush()
            } else {
                word.append(scalar)
            }
        }
        flush()
    }

    /// The normalized scalars of `text` (before the word split).
    func normalized(_ text: Substring) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var isASCII = true
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80 { isASCII = false }
            if cleansText {
                if scalar.value == 0 || scalar.value == 0xFFFD || Self.isControl(scalar) { continue }
                if Self.isWhitespace(scalar) {
                    scalars.append(" ")
                    continue
                }
            }
            if isolatesCJKCharacters, Self.isCJK(scalar) {
                scalars.append(" ")
                scalars.append(scalar)
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        if isASCII {
            if lowercases {
                for index in scalars.indices where scalars[index].value >= 0x41 && scalars[index].value <= 0x5A {
                    scalars[index] = Unicode.Scalar(UInt8(scalars[index].value + 0x20))
                }
            }
            return scalars
        }
        if stripsAccents ?? lowercases {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            scalars = String(view).decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                $0.properties.generalCategory != .nonspacingMark
            }
        }
        if lowercases {
            var lowered: [Unicode.Scalar] = []
            lowered.reserveCapacity(scalars.count)
            for scalar in scalars {
                if scalar.value < 0x80 {
                    let value = scalar.value
                    lowered.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
                } else if scalar.properties.changesWhenLowercased {
                    lowered.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    lowered.append(scalar)
                }
            }
            scalars = lowered
        }
        return scalars
    }

    /// Whitespace as `tokenizers` counts it: tab, newline, carriage return and Unicode White_Space.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D: true
        case 0..<0x80: scalar.value == 0x0B || scalar.value == 0x0C
        default: scalar.properties.isWhitespace
        }
    }

    /// Control characters as `tokenizers` counts them: general category C*, except tab, newline and return.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x20..<0x7F: return false
        default:
            switch scalar.properties.generalCategory {
            case .control, .format, .surrogate, .privateUse, .unassigned: return true
            default: return false
            }
        }
    }

    /// ASCII punctuation (including symbols such as `$` and `^`) and Unicode P* categories.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 33 && value <= 47) || (value >= 58 && value <= 64) || (value >= 91 && value <= 96)
                || (value >= 123 && value <= 126)
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// The CJK Unified Ideograph blocks BERT isolates.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
            0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            true
        default:
            false
        }
    }
}
