#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive advisory lock on `<index>/lock`, held for one indexing run.
///
/// `flock` locks die with their process, so a run killed with SIGKILL never leaves a stale lock.
final class IndexLock: @unchecked Sendable {
    // Only `release()` mutates it, behind `mutex`.
    private var descriptor: Int32
    private let mutex = NSLock()

    /// Takes the lock or throws ``RAGError/Kind/indexBusy`` when another run holds it.
    init(directory: URL) throws(RAGError) {
        let path = directory.appending(path: "lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            throw RAGError(code == EACCES || code == EROFS || code == EPERM ? .readOnly : .storage,
                           "Could not create \(path) (\(String(cString: strerror(code)))): indexing needs write access to the index directory.")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw RAGError(.indexBusy, "Another indexing run is using \(directory.path): wait for it to finish, then run again.",
                           remedy: .waitForOtherRun)
        }
        self.descriptor = descriptor
    }

    /// Releases the lock; later calls do nothing.
    func release() {
        mutex.lock()
        defer { mutex.unlock() }
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    /// Whether the lock is still held (not yet released).
    var isHeld: Bool {
        mutex.lock()
        defer { mutex.unlock() }
        return descriptor >= 0
    }

    deinit { release() }
}
