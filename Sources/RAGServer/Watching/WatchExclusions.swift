import Foundation

/// The paths a watcher ignores: `.git`, `.rag`, `node_modules`, `.build`, the index directory, and the
/// `--exclude` globs, with the `.gitignore` rules of the indexer's scan (`FolderScanner` in Chunkers).
public struct WatchExclusions: Sendable {
    /// Folder names never watched.
    public static let alwaysExcluded: Set<String> = [".git", ".rag", "node_modules", ".build"]

    /// The index directory's path, ignored when it lies inside the folder.
    public var indexDirectory: String?
    /// The user's exclusion globs.
    public var globs: [String]

    /// Creates exclusions.
    /// - Parameters:
    ///   - indexDirectory: The index directory (default none).
    ///   - globs: The user's globs (default none).
    public init(indexDirectory: URL? = nil, globs: [String] = []) {
        self.indexDirectory = indexDirectory?.standardizedFileURL.path
        self.globs = globs
    }

    /// Whether a path relative to the folder is excluded: any component always excluded or matching a glob
    /// (`name`, `name/`, `*.ext`), or the index directory.
    ///
    /// An approximation for a caller that knows only a path: it ignores anchored globs (`docs/old`) and `!`
    /// re-includes. The watchers themselves know each entry's type and apply the scan's exact rules.
    /// - Parameters:
    ///   - relativePath: The path relative to the watched folder.
    ///   - absolutePath: The same path, absolute.
    public func excludes(relativePath: String, absolutePath: String) -> Bool {
        if let indexDirectory, absolutePath == indexDirectory || absolutePath.hasPrefix(indexDirectory + "/") { return true }
        let components = relativePath.split(separator: "/").map(String.init)
        return components.contains { component in
            Self.alwaysExcluded.contains(component) || globs.contains { Self.matches(component, glob: $0) }
        }
    }

    private static func matches(_ name: String, glob: String) -> Bool {
        var pattern = glob
        while pattern.hasSuffix("/") { pattern.removeLast() }
        while pattern.hasPrefix("/") { pattern.removeFirst() }
        guard !pattern.contains("/") else { return false }
        return fnmatch(pattern, name, 0) == 0
    }
}
