import Foundation

/// Finds the index directory the way git finds its repository.
public enum IndexLocation {
    /// The name of the index directory: `.rag`.
    public static let directoryName = ".rag"

    /// The environment variable that names an index directory: `RAG_INDEX`.
    public static let environmentVariable = "RAG_INDEX"

    /// Resolves which index directory to use.
    ///
    /// A PostgreSQL URL (`postgres://…`) given explicitly or in `RAG_INDEX` is returned as it is.
    /// An explicit path wins, then `RAG_INDEX`, then the nearest `.rag/` found by walking up from
    /// `workingDirectory`. Explicit and environment paths are returned whether or not they exist
    /// (so `rag index --index PATH` can create one); the walk returns only existing directories.
    ///
    /// ```swift
    /// let url = IndexLocation.resolve(explicit: nil, environment: ProcessInfo.processInfo.environment,
    ///                                 workingDirectory: URL(filePath: FileManager.default.currentDirectoryPath))
    /// ```
    /// - Parameters:
    ///   - explicit: The `--index PATH` option, if given; relative paths resolve against `workingDirectory`.
    ///   - environment: The process environment.
    ///   - workingDirectory: Where the walk up starts.
    /// - Returns: The index directory, or `nil` when none was named and none was found.
    public static func resolve(explicit: String?, environment: [String: String], workingDirectory: URL) -> URL? {
        for candidate in [explicit, environment[environmentVariable]] {
            guard let path = candidate, !path.isEmpty else { continue }
            if PostgresLocation.isPostgres(path), let url = URL(string: path) { return url }
            let url = path.hasPrefix("/") ? URL(filePath: path) : workingDirectory.appending(path: path)
            return url.standardizedFileURL
        }
        return nearest(from: workingDirectory)
    }

    /// The nearest existing `.rag/` directory at or above `directory`, or `nil`.
    public static func nearest(from directory: URL) -> URL? {
        var current = directory.standardizedFileURL
        while true {
            let candidate = current.appending(path: directoryName, directoryHint: .isDirectory)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }
}
