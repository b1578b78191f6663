import Foundation

/// Reports changes under a folder in debounced batches: the seam between the watch loop and the platform's file
/// events (inotify on Linux; FSEvents or kqueue would conform on macOS).
///
/// Implementations watch every subdirectory, including those created later, skip ``WatchExclusions``, and
/// report a batch once no event has come for the debounce interval, so an editor's temp-file-and-rename save or
/// a `git checkout` becomes one batch.
public protocol FolderWatcher: Sendable {
    /// The batches of changed paths (relative to the folder), until the consuming task is cancelled or the watcher
    /// stops. A batch may be empty when the platform dropped events (then anything may have changed).
    func batches() -> AsyncStream<[String]>
}

/// The paths a watcher ignores: `.git`, `.rag`, `node_modules`, `.build`, the index directory, and the
/// `--exclude` globs that name folders or file names.
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

/// Why a folder cannot be watched.
public struct FolderWatchError: Error, CustomStringConvertible, Sendable {
    /// What went wrong and what to do.
    public var message: String
    /// The message.
    public var description: String { message }
}

/// Makes the platform's ``FolderWatcher``.
public enum FolderWatchers {
    /// The quiet time that ends a batch: 300 ms.
    public static let defaultDebounce = Duration.milliseconds(300)

    /// A watcher of `root` for this platform.
    /// - Parameters:
    ///   - root: The folder.
    ///   - exclusions: The paths to ignore.
    ///   - debounce: The quiet time that ends a batch (default 300 ms).
    /// - Returns: The watcher, already watching.
    /// - Throws: ``FolderWatchError`` when the platform has no watcher here or the folder cannot be watched.
    public static func make(root: URL, exclusions: WatchExclusions, debounce: Duration = defaultDebounce) throws(FolderWatchError) -> any FolderWatcher {
        #if os(Linux)
        return try InotifyWatcher(root: root, exclusions: exclusions, debounce: debounce)
        #else
        throw FolderWatchError(message: "Watching a folder is supported on Linux only in this version: run `rag index` after changes instead.")
        #endif
    }
}
