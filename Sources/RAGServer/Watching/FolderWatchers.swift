import Foundation

/// Makes the ``FolderWatcher`` that ``FolderWatchOptions`` ask for on this platform.
public enum FolderWatchers {
    /// The quiet time that ends a batch: 300 ms.
    public static let defaultDebounce = Duration.milliseconds(300)
    /// The time between readings of a polled folder when no interval is given: 2 s.
    public static let defaultPollInterval = Duration.seconds(2)

    /// A watcher of `root`: a ``PollingWatcher`` when `options` give an interval or the platform has no file events
    /// here, else the platform's (inotify on Linux).
    ///
    /// When inotify cannot start, as when `fs.inotify.max_user_watches` is exhausted, the folder is polled every
    /// ``defaultPollInterval`` instead, and the watcher's ``FolderWatcher/warning`` says why.
    /// - Parameters:
    ///   - root: The folder.
    ///   - exclusions: The paths to ignore.
    ///   - options: The debounce time and polling interval (default 300 ms, file events).
    /// - Returns: The watcher, already watching.
    /// - Throws: ``FolderWatchError`` when the folder cannot be watched.
    public static func make(root: URL, exclusions: WatchExclusions, options: FolderWatchOptions = FolderWatchOptions()) throws(FolderWatchError) -> any FolderWatcher {
        if let interval = options.pollInterval {
            return try PollingWatcher(root: root, exclusions: exclusions, interval: interval, debounce: options.debounce)
        }
        #if os(Linux)
        return try eventsOrPolling(root: root, exclusions: exclusions, debounce: options.debounce) { () throws(FolderWatchError) in
            try InotifyWatcher(root: root, exclusions: exclusions, debounce: options.debounce)
        }
        #else
        return try PollingWatcher(root: root, exclusions: exclusions, debounce: options.debounce)
        #endif
    }

    /// The watcher `startEvents` makes, or, when it throws, a ``PollingWatcher`` whose warning carries its error.
    /// - Throws: The error of `startEvents` when the folder cannot be polled either.
    static func eventsOrPolling(root: URL, exclusions: WatchExclusions, debounce: Duration,
                                startEvents: () throws(FolderWatchError) -> any FolderWatcher) throws(FolderWatchError) -> any FolderWatcher {
        do {
            return try startEvents()
        } catch {
            let warning = "\(error.message) Polling the folder every \(defaultPollInterval.components.seconds) s instead."
            guard let polling = try? PollingWatcher(root: root, exclusions: exclusions, debounce: debounce, warning: warning) else {
                throw error
            }
            return polling
        }
    }
}
