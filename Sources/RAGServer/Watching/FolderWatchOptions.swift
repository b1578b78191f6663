import Foundation

/// How a folder is watched: by the platform's file events, or by reading the folder at an interval.
///
/// ```swift
/// // A folder on a network filesystem, where inotify reports nothing:
/// let options = FolderWatchOptions(pollInterval: .seconds(5))
/// let loop = try await FolderWatchLoop(index: ServedIndex(directory: indexURL), options: options)
/// ```
public struct FolderWatchOptions: Sendable, Hashable {
    /// The quiet time that ends a batch.
    public var debounce: Duration
    /// The time between readings of the folder, or `nil` to use the platform's file events.
    ///
    /// With `nil`, Linux uses inotify and falls back to polling every ``FolderWatchers/defaultPollInterval``, with a
    /// ``FolderWatcher/warning``, when inotify cannot start (as when `fs.inotify.max_user_watches` is exhausted);
    /// other platforms poll at that interval.
    public var pollInterval: Duration?

    /// Creates options.
    /// - Parameters:
    ///   - debounce: The quiet time that ends a batch (default ``FolderWatchers/defaultDebounce``, 300 ms).
    ///   - pollInterval: The time between readings, or `nil` (the default) for the platform's file events.
    public init(debounce: Duration = FolderWatchers.defaultDebounce, pollInterval: Duration? = nil) {
        self.debounce = debounce
        self.pollInterval = pollInterval
    }
}
