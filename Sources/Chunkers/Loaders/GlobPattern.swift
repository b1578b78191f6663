/// One gitignore-style pattern, matched against `/`-separated paths relative to a scanned root.
///
/// Supports `*` and `?` within a segment, `[abc]`/`[a-z]`/`[!x]` classes, `**` across segments,
/// a leading `/` or an inner `/` to anchor at the root, a trailing `/` for folders only, and a
/// leading `!` to re-include. A pattern without a `/` matches a name at any depth.
struct GlobPattern: Sendable, Hashable {
    let segments: [[Unicode.Scalar]]
    let isNegated: Bool
    let isDirectoryOnly: Bool

    /// Parses a pattern; `nil` for blank lines and `#` comments.
    init?(_ line: String) {
        var pattern = Substring(line.trimmingTrailingSpaces())
        guard !pattern.isEmpty, !pattern.hasPrefix("#") else { return nil }
        isNegated = pattern.hasPrefix("!")
        if isNegated { pattern = pattern.dropFirst() }
        isDirectoryOnly = pattern.hasSuffix("/")
        while pattern.hasSuffix("/") { pattern = pattern.dropLast() }
        guard !pattern.isEmpty else { return nil }
        let anchored = pattern.contains("/")
        while pattern.hasPrefix("/") { pattern = pattern.dropFirst() }
        var parts = pattern.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        if !anchored { parts.insert(Array("**".unicodeScalars), at: 0) }
        segments = parts
    }

    /// Whether the pattern matches a relative path (`isDirectory` for folders).
    func matches(_ path: String, isDirectory: Bool) -> Bool {
        if isDirectoryOnly && !isDirectory { return false }
        let names = path.split(separator: "/").map { Array($0.unicodeScalars) }
        return Self.match(segments[...], names[...])
    }

    private static let doubleStar = Array("**".unicodeScalars)

    private static func match(_ pattern: ArraySlice<[Unicode.Scalar]>, _ names: ArraySlice<[Unicode.Scalar]>) -> Bool {
        guard let first = pattern.first else { return names.isEmpty }
        if first == doubleStar {
            let rest = pattern.dropFirst()
            var remaining = names
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let name = names.first, matchSegment(first[...], name[...]) else { return false }
        return match(pattern.dropFirst(), names.dropFirst())
    }

    private static func matchSegment(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex
        var n = name.startIndex
        var starP: Int?
        var starN = 0
        while n < name.endIndex {
            if p < pattern.endIndex {
                let c = pattern[p]
                if c == "*" {
                    starP = p
                    starN = n
                    p += 1
                    continue
                }
                if c == "?" {
                    p += 1
                    n += 1
                    continue
                }
                if c == "[", let (matched, next) = matchClass(pattern, from: p, scalar: name[n]) {
                    if matched {
                        p = next
                        n += 1
                        continue
                    }
                } else if c == "\\", p + 1 < pattern.endIndex {
                    if pattern[p + 1] == name[n] {
                        p += 2
                        n += 1
                        continue
                    }
                } else if c == name[n] {
                    p += 1
                    n += 1
                    continue
                }
            }
            guard let star = starP else { return false }
            p = star + 1
            starN += 1
            n = starN
        }
        while p < pattern.endIndex && pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    /// Matches a `[…]` class at `start`; `nil` when the bracket is unclosed (then it is literal).
    private static func matchClass(
        _ pattern: ArraySlice<Unicode.Scalar>, from start: Int, scalar: Unicode.Scalar
    ) -> (Bool, Int)? {
        var i = start + 1
        var negate = false
        if i < pattern.endIndex && (pattern[i] == "!" || pattern[i] == "^") {
            negate = true
            i += 1
        }
        var matched = false
        var first = true
        while i < pattern.endIndex {
            let c = pattern[i]
            if c == "]" && !first { return (matched != negate, i + 1) }
            first = false
            if i + 2 < pattern.endIndex && pattern[i + 1] == "-" && pattern[i + 2] != "]" {
                if c.value <= scalar.value && scalar.value <= pattern[i + 2].value { matched = true }
                i += 3
            } else {
                if c == scalar { matched = true }
                i += 1
            }
        }
        return nil
    }
}

/// An ordered list of patterns where the last match decides, as in `.gitignore`: the rules of
/// ``FolderScanner/exclude``, shared with the polling folder watcher.
package struct GlobPatternList: Sendable, Hashable {
    let patterns: [GlobPattern]

    package init(_ lines: [String]) { patterns = lines.compactMap(GlobPattern.init) }

    package func excludes(_ path: String, isDirectory: Bool) -> Bool {
        var excluded = false
        for pattern in patterns where pattern.isNegated == excluded {
            if pattern.matches(path, isDirectory: isDirectory) { excluded = !pattern.isNegated }
        }
        return excluded
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = Substring(self)
        while let last = result.last, last == " " || last == "\t" || last == "\r" || last == "\n" {
            result = result.dropLast()
        }
        return String(result)
    }
}
