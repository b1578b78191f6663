import Foundation
import Synchronization

/// Serialises `Process.run()` within this process: swift-corelibs-foundation's launch path is not safe to enter from
/// several threads at once on Linux (a run that overlapped others crashed in `memcpy` inside `Process.run()`).
private let launches = Mutex(())

extension Process {
    /// Starts the process like `run()`, one launch at a time in this process.
    /// - Throws: What `run()` throws.
    package func runSerialized() throws {
        try launches.withLock { _ in try run() }
    }
}
