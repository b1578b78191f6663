import Foundation
import RAGServer

/// A watcher's batches, read in the background, with waits for the batches that come next.
actor BatchRecorder {
    private var batches: [[String]] = []
    private var seen = 0
    private var ended = false
    private var waiter: (predicate: @Sendable ([[String]]) -> Bool, continuation: CheckedContinuation<[[String]]?, Never>)?
    private var reading: Task<Void, Never>?
    private var stopped = false

    /// Starts reading `watcher`'s batches.
    init(_ watcher: any FolderWatcher) {
        let stream = watcher.batches()
        Task { await self.read(stream) }
    }

    private func read(_ stream: AsyncStream<[String]>) {
        guard !stopped else { return }
        reading = Task {
            for await batch in stream { self.record(batch) }
            self.end()
        }
    }

    private func record(_ batch: [String]) {
        batches.append(batch)
        resumeIfSatisfied()
    }

    private func end() {
        ended = true
        waiter?.continuation.resume(returning: nil)
        waiter = nil
    }

    private func resumeIfSatisfied() {
        guard let waiter else { return }
        let fresh = Array(batches[seen...])
        guard waiter.predicate(fresh) else { return }
        seen = batches.count
        self.waiter = nil
        waiter.continuation.resume(returning: fresh)
    }

    /// Waits until the batches after the last wait satisfy `predicate`, and returns them; `nil` when the stream
    /// ended or `timeout` passed first. A later wait sees only later batches.
    func next(within timeout: Duration = .seconds(60), until predicate: @escaping @Sendable ([[String]]) -> Bool) async -> [[String]]? {
        let deadline = Task {
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            self.expire()
        }
        defer { deadline.cancel() }
        return await withCheckedContinuation { continuation in
            waiter = (predicate, continuation)
            if ended { end() } else { resumeIfSatisfied() }
        }
    }

    /// Waits until the batches after the last wait, together, name all of `paths`, and returns the paths they name.
    func next(naming paths: Set<String>) async -> Set<String>? {
        await next { paths.isSubset(of: Set($0.joined())) }.map { Set($0.joined()) }
    }

    private func expire() {
        waiter?.continuation.resume(returning: nil)
        waiter = nil
    }

    /// Stops reading, as a consumer that stops iterating does.
    func stop() {
        stopped = true
        reading?.cancel()
    }
}
