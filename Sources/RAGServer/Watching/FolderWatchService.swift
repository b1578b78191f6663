import Logging
import ServiceLifecycle

/// The folder watch loop as a service beside `rag serve`'s HTTP server; it stops on graceful shutdown.
public struct FolderWatchService: Service {
    private let loop: FolderWatchLoop
    private let logger: Logger

    /// Starts watching the index's folder.
    /// - Parameters:
    ///   - index: The served index.
    ///   - options: How to watch (default: file events, batches ending after 300 ms of quiet).
    ///   - logger: Where the watcher's warning and each run's outcome are logged.
    /// - Throws: As ``FolderWatchLoop/init(index:options:)``.
    public init(index: ServedIndex, options: FolderWatchOptions = FolderWatchOptions(), logger: Logger) async throws {
        loop = try await FolderWatchLoop(index: index, options: options)
        self.logger = logger
    }

    /// Runs the loop until graceful shutdown.
    public func run() async throws {
        let logger = logger
        if let warning = loop.watcher.warning { logger.warning("\(warning)") }
        await cancelWhenGracefulShutdown {
            await loop.run { result in
                switch result {
                case .success(let summary):
                    logger.info("index updated: \(summary.added.count) added, \(summary.updated.count) updated, \(summary.removed.count) removed")
                case .failure(let error):
                    logger.error("index update failed: \(error)")
                }
            }
        }
    }
}
