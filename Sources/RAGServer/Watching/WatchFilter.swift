import Chunkers
import Foundation

/// The exclusions a ``PollingWatcher`` applies while it walks the folder: those of the indexer's scan (names
/// always skipped, `--exclude` globs with `.gitignore` rules) and the index directory.
///
/// Unlike ``WatchExclusions/excludes(relativePath:absolutePath:)``, which sees only inotify's names, a walk knows
/// whether an entry is a folder, so globs apply exactly as the scan applies them.
struct WatchFilter: Sendable {
    private let indexDirectory: String?
    private let patterns: GlobPatternList

    init(_ exclusions: WatchExclusions) {
        indexDirectory = exclusions.indexDirectory
        patterns = GlobPatternList(exclusions.globs)
    }

    /// Whether the entry `name`, at `relativePath` in the folder and `absolutePath` on disk, is left out (and, for a
    /// folder, everything under it).
    func excludes(name: String, relativePath: String, absolutePath: String, isDirectory: Bool) -> Bool {
        WatchExclusions.alwaysExcluded.contains(name)
            || absolutePath == indexDirectory
            || patterns.excludes(relativePath, isDirectory: isDirectory)
    }
}
