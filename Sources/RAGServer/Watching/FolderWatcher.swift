import Foundation

/// Reports changes under a folder in debounced batches: the seam between the watch loop and the platform's file
/// events (``PollingWatcher`` anywhere, inotify on Linux; FSEvents or kqueue would conform on macOS).
///
/// Implementations watch every subdirectory, including those created later, skip ``WatchExclusions``, and
/// report a batch once no event has come for the debounce interval, so an editor's temp-file-and-rename save or
/// a `git checkout` becomes one batch.
public protocol FolderWatcher: Sendable {
    /// The batches of changed paths (relative to the folder), until the consuming task is cancelled or the watcher
    /// stops. A batch may be empty when the platform dropped events (then anything may have changed).
    func batches() -> AsyncStream<[String]>

    /// A line for the user about how the folder is watched, such as a fallback to polling because inotify could
    /// not start; `nil` (the default) when there is nothing to say.
    var warning: String? { get }
}

extension FolderWatcher {
    /// No warning.
    public var warning: String? { nil }
}
