import Foundation
import Logging
import RAGKit
import ServiceLifecycle

/// Keeps an index up to date with its folder: waits for a batch of changes, runs an incremental update, repeats.
///
/// Changes that come during a run make the next batch, so nothing is missed; a run refused because another holds
/// the index is retried once that one is done. Cancelling the task stops the loop (a run in progress stops between
/// writes, and the next run resumes it).
///
/// ```swift
/// let loop = try await FolderWatchLoop(index: ServedIndex(directory: indexURL))
/// try await loop.run { result in print(result) }
/// ```
public struct FolderWatchLoop: Sendable {
    /// The index updated.
    public let index: ServedIndex
    /// The watcher of its folder.
    public let watcher: any FolderWatcher

    /// How long to wait before retrying a run refused because another run holds the index.
    static let busyRetry = Duration.milliseconds(500)

    /// Starts watching the index's folder; the watcher's ``FolderWatcher/warning`` tells of a fallback to polling.
    /// - Parameters:
    ///   - index: The served index.
    ///   - options: How to watch (default: file events, batches ending after 300 ms of quiet).
    /// - Throws: `RAGError` when the index cannot be opened; ``FolderWatchError`` when the folder cannot be watched.
    public init(index: ServedIndex, options: FolderWatchOptions = FolderWatchOptions()) async throws {
        let root = try await index.current().root
        let exclusions = WatchExclusions(indexDirectory: index.directory, globs: index.indexingOptions.exclude)
        self.init(index: index, watcher: try FolderWatchers.make(root: root, exclusions: exclusions, options: options))
    }

    /// Creates a loop over a given watcher (a test's, or another platform's).
    /// - Parameters:
    ///   - index: The served index.
    ///   - watcher: The watcher of its folder.
    public init(index: ServedIndex, watcher: any FolderWatcher) {
        self.index = index
        self.watcher = watcher
    }

    /// Runs until the task is cancelled, calling `onRun` after each run with its summary or error.
    /// - Parameter onRun: Told of every run's outcome; a failed run does not stop the loop.
    public func run(onRun: @escaping @Sendable (Result<IndexingSummary, any Error>) -> Void) async {
        for await _ in watcher.batches() {
            while !Task.isCancelled {
                do {
                    onRun(.success(try await index.update()))
                } catch let error as RAGError where error.kind == .indexBusy {
                    try? await Task.sleep(for: Self.busyRetry)
                    continue
                } catch is CancellationError {
                    return
                } catch {
                    onRun(.failure(error))
                }
                break
            }
        }
    }
}
