import Foundation

/// The renderings the JSON outputs share with the `rag` CLI's text output, so both print the same strings.
public enum OutputFormat {
    /// The separator of a heading path, as in `Install › Linux`.
    public static let headingSeparator = " › "

    /// A heading path as one string, empty when there is none.
    /// - Parameter path: The headings from the outermost in.
    /// - Returns: The headings joined by ``headingSeparator``.
    public static func heading(_ path: [String]) -> String { path.joined(separator: headingSeparator) }

    /// A source location: `path › heading (page n)`.
    /// - Parameters:
    ///   - path: The document's path.
    ///   - heading: The heading path, already joined (see ``heading(_:)``); empty when none.
    ///   - page: The page, for paged documents.
    /// - Returns: The location on one line.
    public static func source(path: String, heading: String, page: Int?) -> String {
        var text = path
        if !heading.isEmpty { text += headingSeparator + heading }
        if let page { text += " (page \(page))" }
        return text
    }

    /// A date in ISO 8601, UTC.
    /// - Parameter date: The date.
    /// - Returns: A string such as `2026-01-31T12:00:00Z`.
    public static func timestamp(_ date: Date) -> String { date.formatted(.iso8601) }

    /// Seconds as a JSON-friendly number with millisecond precision.
    /// - Parameter duration: The duration.
    /// - Returns: The seconds, rounded to the millisecond.
    public static func seconds(_ duration: Duration) -> Double {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return (seconds * 1000).rounded() / 1000
    }

    /// Encodes `value` as compact JSON with sorted keys and unescaped slashes: the encoding of every JSON output.
    /// - Parameter value: The value.
    /// - Returns: The JSON bytes.
    /// - Throws: `EncodingError` when the value cannot be encoded.
    public static func json(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
