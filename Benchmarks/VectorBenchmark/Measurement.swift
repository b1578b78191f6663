import Foundation

/// Timing helpers and the JSON-lines output shared with `peers.py`.
enum Measurement {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func milliseconds(since start: UInt64) -> Double { Double(now() - start) / 1e6 }

    /// Times `body` once per item until the items run out or `budget` seconds pass (at least 3 samples);
    /// `untimed` runs before each timed call.
    static func timeLoop<Result>(
        count: Int, budget: Double, untimed: (Int) -> Void = { _ in }, _ body: (Int) throws -> Result
    ) rethrows -> (times: [Double], results: [Result]) {
        var times: [Double] = []
        var results: [Result] = []
        let start = now()
        for index in 0..<count {
            untimed(index)
            let t0 = now()
            results.append(try body(index))
            times.append(milliseconds(since: t0))
            if index >= 2, Double(now() - start) / 1e9 > budget { break }
        }
        return (times, results)
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let position = p / 100 * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 50) }

    static func rounded(_ value: Double, _ digits: Int = 4) -> Double {
        let scale = pow(10, Double(digits))
        return (value * scale).rounded() / scale
    }

    /// Prints one JSON object on one line, keys in the given order.
    static func emit(_ fields: [(String, Any?)]) {
        var parts: [String] = []
        for (key, value) in fields {
            guard let value else { continue }
            parts.append("\"\(key)\": \(json(value))")
        }
        FileHandle.standardOutput.write(Data(("{" + parts.joined(separator: ", ") + "}\n").utf8))
    }

    private static func json(_ value: Any) -> String {
        switch value {
        case let string as String: return "\"\(string.replacingOccurrences(of: "\"", with: "\\\""))\""
        case let double as Double: return double.isFinite ? String(rounded(double)) : "null"
        case let int as Int: return String(int)
        case let bool as Bool: return bool ? "true" : "false"
        default: return "\"\(value)\""
        }
    }

    /// The process's resident set size in bytes (Linux `/proc/self/statm`), or nil elsewhere.
    static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// The bytes of this process's anonymous memory on transparent huge pages (Linux), from `smaps_rollup`.
    static func hugePageBytes() -> Int? {
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/smaps_rollup"),
            let data = try? handle.readToEnd()
        else { return nil }
        try? handle.close()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix("AnonHugePages:") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            return fields.count > 1 ? Int(fields[1]).map { $0 * 1024 } : nil
        }
        return nil
    }
}
