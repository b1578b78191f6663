internal import PostgresNIO
import Synchronization

/// A session-level advisory lock on an index's schema, held by one leased connection for an indexing run: other
/// hosts' runs are refused while it is held, and the server drops it if this process dies.
final class PostgresAdvisoryLock: IndexingLock {
    private let releaseSignal: AsyncStream<Void>.Continuation
    /// The task holding the lock's connection: it ends once the server has released the lock.
    private let holder: Task<Void, Never>
    private let held = Atomic<Bool>(true)

    private init(releaseSignal: AsyncStream<Void>.Continuation, holder: Task<Void, Never>) {
        self.releaseSignal = releaseSignal
        self.holder = holder
    }

    /// Takes the lock of `pool`'s schema.
    /// - Throws: ``RAGError/Kind/indexBusy`` when another run holds it; connection errors.
    static func acquire(_ pool: PostgresConnectionPool) async throws(RAGError) -> PostgresAdvisoryLock {
        let key = "ragkit-index:" + pool.location.schema
        let (released, signal) = AsyncStream<Void>.makeStream()
        let (acquired, report) = AsyncStream<Result<Bool, RAGError>>.makeStream()
        let holder = Task {
            do {
                try await pool.client.withConnection { connection in
                    var taken = false
                    for try await value in try await connection.query("SELECT pg_try_advisory_lock(hashtextextended(\(key), 0))",
                                                                      logger: PostgresConnectionPool.silent).decode(Bool.self) {
                        taken = value
                    }
                    report.yield(.success(taken))
                    guard taken else { return }
                    for await _ in released { break }
                    try await connection.query("SELECT pg_advisory_unlock(hashtextextended(\(key), 0))", logger: PostgresConnectionPool.silent)
                }
            } catch {
                report.yield(.failure(pool.mapped("lock the index", error)))
            }
            report.finish()
        }
        var outcome: Result<Bool, RAGError> = .success(false)
        for await first in acquired {
            outcome = first
            break
        }
        guard try outcome.get() else {
            signal.finish()
            throw RAGError(.indexBusy, "Another indexing run is using \(pool.location.displayURL.absoluteString): wait for it to finish, then run again.",
                           remedy: .waitForOtherRun)
        }
        return PostgresAdvisoryLock(releaseSignal: signal, holder: holder)
    }

    var isHeld: Bool { held.load(ordering: .acquiring) }

    func release() {
        guard held.exchange(false, ordering: .acquiringAndReleasing) else { return }
        releaseSignal.yield()
        releaseSignal.finish()
    }

    func releaseAndWait() async {
        release()
        await holder.value
    }

    deinit { release() }
}
