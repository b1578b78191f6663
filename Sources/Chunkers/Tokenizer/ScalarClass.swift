/// The character classes that the pre-tokenization patterns of OpenAI's encodings test, as bits.
///
/// `letter` is `\p{L}`, `number` is `\p{N}`, `whitespace` is `\s` (the Unicode `White_Space`
/// property), `newline` is `[\r\n]`. `upperish` is o200k's `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]` and
/// `lowerish` its `[\p{Ll}\p{Lm}\p{Lo}\p{M}]`.
struct ScalarClass: OptionSet, Sendable {
    let rawValue: UInt8

    static let letter = ScalarClass(rawValue: 1 << 0)
    static let number = ScalarClass(rawValue: 1 << 1)
    static let whitespace = ScalarClass(rawValue: 1 << 2)
    static let newline = ScalarClass(rawValue: 1 << 3)
    static let upperish = ScalarClass(rawValue: 1 << 4)
    static let lowerish = ScalarClass(rawValue: 1 << 5)

    /// Not `\s`, `\p{L}` or `\p{N}`: the symbol runs of the patterns (marks included).
    @inline(__always) var isSymbol: Bool { rawValue & 0b0111 == 0 }

    /// Not `\r`, `\n`, `\p{L}` or `\p{N}`: the optional single character before a word.
    @inline(__always) var isWordPrefix: Bool { rawValue & 0b1011 == 0 }

    @inline(__always) var isLetter: Bool { rawValue & 0b0001 != 0 }
    @inline(__always) var isNumber: Bool { rawValue & 0b0010 != 0 }
    @inline(__always) var isWhitespace: Bool { rawValue & 0b0100 != 0 }
    @inline(__always) var isNewline: Bool { rawValue & 0b1000 != 0 }
    @inline(__always) var isUpperish: Bool { rawValue & 0b1_0000 != 0 }
    @inline(__always) var isLowerish: Bool { rawValue & 0b10_0000 != 0 }

    /// The Unicode version of the character tables of `tiktoken`'s regular-expression engine.
    ///
    /// Scalars assigned after it are unassigned (no class) for `tiktoken`, so they are here too,
    /// even when the Swift runtime's tables are newer.
    static let unicodeVersion = (major: 16, minor: 0)

    /// Classifies one scalar from its Unicode properties.
    init(_ scalar: Unicode.Scalar) {
        var bits: ScalarClass = []
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: bits = [.letter, .upperish]
        case .lowercaseLetter: bits = [.letter, .lowerish]
        case .modifierLetter, .otherLetter: bits = [.letter, .upperish, .lowerish]
        case .nonspacingMark, .spacingMark, .enclosingMark: bits = [.upperish, .lowerish]
        case .decimalNumber, .letterNumber, .otherNumber: bits = [.number]
        default: break
        }
        if !bits.isEmpty, let age = properties.age,
            (age.major, age.minor) > (Self.unicodeVersion.major, Self.unicodeVersion.minor) {
            bits = []
        }
        // The White_Space property, unchanged since Unicode 6.3.
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            bits.insert(.whitespace)
        default: break
        }
        if scalar == "\r" || scalar == "\n" { bits.insert(.newline) }
        self = bits
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }
}

/// Classes of every scalar of the Basic Multilingual Plane, computed once per process on first use.
///
/// Scalars above U+FFFF are rare in text and are classified from their properties on each use.
enum ScalarClassTable {
    static let basicPlane: [ScalarClass] = (0...0xFFFF).map { value in
        // Large blocks whose scalars all share a class skip the property lookups (a third of
        // the build time each); a test checks them against `ScalarClass.init`.
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: [.letter, .upperish, .lowerish]
        case 0xD800...0xF8FF: []
        default: Unicode.Scalar(UInt32(value)).map(ScalarClass.init) ?? []
        }
    }

    static let ascii: [ScalarClass] = (0..<128).map { ScalarClass(Unicode.Scalar(UInt8($0))) }
}
