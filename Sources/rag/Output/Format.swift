import Foundation
import RAGServer

/// Human-readable renderings shared by the printers.
enum Format {
    /// The separator of a heading path, as in `Install › Linux`.
    static let headingSeparator = OutputFormat.headingSeparator

    /// A heading path as one string, empty when there is none.
    static func heading(_ path: [String]) -> String { OutputFormat.heading(path) }

    /// A source location: `path › heading path (page n)`.
    static func source(path: String, headingPath: [String], page: Int?) -> String {
        OutputFormat.source(path: printable(path), heading: heading(headingPath), page: page)
    }

    /// A count with thousands grouped: `45,210`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A compact quantity for progress lines: `980`, `12.3k`, `4.5M`.
    static func compact(_ value: Double) -> String {
        switch value {
        case ..<1_000: String(format: "%.0f", value)
        case ..<1_000_000: String(format: "%.1fk", value / 1_000)
        default: String(format: "%.1fM", value / 1_000_000)
        }
    }

    /// A duration: `0.42 s`, `12 s`, `3 min 05 s`.
    static func duration(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        switch seconds {
        case ..<10: return String(format: "%.2f s", seconds)
        case ..<60: return String(format: "%.0f s", seconds)
        default:
            let whole = Int(seconds.rounded())
            return String(format: "%d min %02d s", whole / 60, whole % 60)
        }
    }

    /// A size on disk: `512 B`, `1.2 MB`.
    static func bytes(_ count: Int64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(count)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(count) B" : String(format: "%.1f %@", value, units[unit])
    }

    /// A passage on one line, whitespace collapsed, cut at `limit` characters with an ellipsis.
    static func excerpt(_ text: String, limit: Int) -> String {
        let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        return collapsed.prefix(limit - 1) + "…"
    }

    /// A date in ISO 8601, UTC.
    static func timestamp(_ date: Date) -> String { OutputFormat.timestamp(date) }

    /// `text` with control characters (a newline in a file name, an escape sequence) shown as `\u{…}` escapes, so
    /// one result stays one line and cannot drive the terminal.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        return text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control ? "\\u{" + String(scalar.value, radix: 16) + "}" : String(scalar)
        }.joined()
    }
}
