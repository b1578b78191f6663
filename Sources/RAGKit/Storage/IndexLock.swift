#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive advisory lock on `<index>/lock`, held for one indexing run.
///
/// `flock` locks die with their process, so a run killed with SIGKILL never leaves a stale lock.
final class IndexLock {
    private var descriptor: Int32

    /// Takes the lock or throws ``RAGError/Kind/indexBusy`` when another run holds it.
    init(directory: URL) throws(RAGError) {
        let path = directory.appending(path: "lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RAGError(.storage, "Could not create \(path) (errno \(errno)): check the index directory's permissions.")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw RAGError(.indexBusy, "Another indexing run is using \(directory.path): wait for it to finish, then run again.")
        }
        self.descriptor = descriptor
    }

    /// Releases the lock; later calls do nothing.
    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
