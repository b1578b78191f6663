/// The character encoding a file's bytes were decoded from; an open set.
public struct TextEncodingName: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    /// The encoding's stable name.
    public var rawValue: String

    /// Creates an encoding name from its stable name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// UTF-8, valid throughout (a leading byte-order mark is dropped).
    public static let utf8 = Self(rawValue: "utf-8")
    /// Mostly UTF-8 with a few invalid byte sequences, each replaced with U+FFFD.
    public static let utf8WithReplacements = Self(rawValue: "utf-8 (invalid sequences replaced)")
    /// UTF-16, little- or big-endian as its byte-order mark said.
    public static let utf16 = Self(rawValue: "utf-16")
    /// The fallback for bytes that are not UTF-8: Latin-1 as the WHATWG Encoding Standard reads
    /// it (windows-1252), so every byte decodes to some character.
    public static let latin1 = Self(rawValue: "latin1")
    /// Not decoded by RAGKit: text produced by an external extractor (`pdftotext`) or a parser
    /// (libxml2) that decoded the bytes itself.
    public static let extracted = Self(rawValue: "extracted")

    /// The encoding's stable name.
    public var description: String { rawValue }
}
