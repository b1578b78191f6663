/// A glob over relative paths: `*` and `?` stay within one segment, `**` spans segments, and a
/// pattern without `/` matches a path's last segment (so `*.md` matches `docs/guide/intro.md`).
struct PathGlob: Sendable, Hashable {
    private let segments: [[Character]]
    private let anchored: Bool

    init(_ pattern: String) {
        var pattern = pattern
        while pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if pattern.hasPrefix("/") { pattern.removeFirst() }
        anchored = pattern.contains("/")
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map(Array.init)
    }

    func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(Array.init)
        if anchored { return Self.match(segments[...], parts[...]) }
        guard let last = parts.last, segments.count == 1 else { return Self.match(segments[...], parts[...]) }
        return Self.matchSegment(segments[0][...], last[...])
    }

    private static func match(_ pattern: ArraySlice<[Character]>, _ path: ArraySlice<[Character]>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == ["*", "*"] {
            let rest = pattern.dropFirst()
            for start in path.indices.lowerBound...path.indices.upperBound where match(rest, path[start...]) {
                return true
            }
            return false
        }
        guard let segment = path.first, matchSegment(first[...], segment[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchSegment(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        switch first {
        case "*":
            let rest = pattern.dropFirst()
            for start in text.indices.lowerBound...text.indices.upperBound where matchSegment(rest, text[start...]) {
                return true
            }
            return false
        case "?":
            return !text.isEmpty && matchSegment(pattern.dropFirst(), text.dropFirst())
        default:
            return text.first == first && matchSegment(pattern.dropFirst(), text.dropFirst())
        }
    }
}
