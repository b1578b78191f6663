import Foundation

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
