import Chunkers
import Foundation

/// The exclusions the watchers apply to each entry: those of the indexer's scan (names always skipped,
/// `--exclude` globs with `.gitignore` rules, `!` re-includes among them) and the index directory.
///
/// Unlike ``WatchExclusions/excludes(relativePath:absolutePath:)``, it is told whether an entry is a folder (as
/// a walk and inotify's `IN_ISDIR` tell), so globs apply exactly as the scan applies them. Callers never ask about
/// an entry inside an excluded folder: neither watcher enters one.
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
