import Foundation

/// A ``FolderWatcher`` that reads the folder's tree at an interval and compares it with the last reading: portable,
/// and it sees changes that file events miss, such as those made by another machine on a network filesystem.
///
/// Each reading records every entry's size, modification time and inode, skipping what the indexer's scan skips
/// (see ``WatchExclusions``). When a reading finds a change, the folder is read again after the debounce interval,
/// and again while readings keep finding changes; the batch is reported after the first reading that finds none.
/// So, as with the inotify watcher, a burst such as a `git checkout` becomes one batch, at most
/// `interval + debounce` after it ends. Changes made between two readings that leave an entry as it was (the same
/// size and modification time, and the same inode) are not seen.
///
/// ```swift
/// let watcher = try PollingWatcher(root: folder, interval: .seconds(5))
/// for await paths in watcher.batches() { print(paths) }
/// ```
///
/// - Complexity: Each reading lists every watched folder and reads the status of every entry, so a large tree
///   costs some CPU at every interval: exclude dependency and build folders, and choose a longer interval.
public struct PollingWatcher: FolderWatcher {
    /// The folder watched.
    public let root: URL
    /// The time between readings when nothing changes.
    public let interval: Duration
    /// The quiet time that ends a batch: the time between readings while changes keep coming.
    public let debounce: Duration
    /// Why this watcher stands in for the platform's, if it does; see ``FolderWatcher/warning``.
    public let warning: String?

    private let filter: WatchFilter
    private let baseline: FolderSnapshot
    private let clock: any Clock<Duration>

    /// Reads the folder's tree for the first time: changes after this call make the first batch.
    /// - Parameters:
    ///   - root: The folder.
    ///   - exclusions: The paths to ignore (default: those always skipped).
    ///   - interval: The time between readings when nothing changes (default ``FolderWatchers/defaultPollInterval``).
    ///   - debounce: The quiet time that ends a batch (default ``FolderWatchers/defaultDebounce``).
    ///   - warning: Why this watcher stands in for the platform's (default none).
    ///   - clock: The clock that times the readings (default the continuous clock).
    /// - Throws: ``FolderWatchError`` when `root` is not a folder that can be listed, or an interval is not positive.
    public init(root: URL, exclusions: WatchExclusions = WatchExclusions(), interval: Duration = FolderWatchers.defaultPollInterval,
                debounce: Duration = FolderWatchers.defaultDebounce, warning: String? = nil,
                clock: any Clock<Duration> = ContinuousClock()) throws(FolderWatchError) {
        guard interval > .zero, debounce > .zero else {
            throw FolderWatchError(message: "The polling interval and the debounce time must be positive.")
        }
        let path = root.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
              FileManager.default.isReadableFile(atPath: path) else {
            throw FolderWatchError(message: "Could not watch \(path): it is not a folder that can be read.")
        }
        self.root = root.standardizedFileURL
        self.interval = interval
        self.debounce = debounce
        self.warning = warning
        self.clock = clock
        filter = WatchFilter(exclusions)
        baseline = FolderSnapshot(root: path, filter: filter)
    }

    /// The batches of paths changed since the last batch (or since the watcher was made), sorted; a folder renamed
    /// or removed shows with every path under it. The readings stop when the consumer stops iterating.
    public func batches() -> AsyncStream<[String]> {
        let (stream, continuation) = AsyncStream.makeStream(of: [String].self, bufferingPolicy: .unbounded)
        let polling = Task { [self] in
            await poll(into: continuation)
            continuation.finish()
        }
        continuation.onTermination = { _ in polling.cancel() }
        return stream
    }

    private func poll(into continuation: AsyncStream<[String]>.Continuation) async {
        var previous = baseline
        var pending: Set<String> = []
        while true {
            do {
                try await clock.sleep(for: pending.isEmpty ? interval : debounce)
            } catch {
                return
            }
            let current = FolderSnapshot(root: root.path, filter: filter)
            let changed = current.changes(since: previous)
            previous = current
            if !changed.isEmpty {
                pending.formUnion(changed)
            } else if !pending.isEmpty {
                continuation.yield(pending.sorted())
                pending = []
            }
        }
    }
}
