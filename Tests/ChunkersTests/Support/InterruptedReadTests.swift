#if os(Linux)
import Chunkers
import Foundation
import Glibc
import Synchronization
import Testing

/// Signals handled while the test process runs; the handler only counts them.
private let signalsHandled = Atomic<Int>(0)

@Suite("Reads a signal interrupts")
struct InterruptedReadTests {
    /// Installs a SIGUSR2 handler without `SA_RESTART`, so a blocked `read(2)` fails with `EINTR` when it lands.
    private static func installCountingHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in signalsHandled.add(1, ordering: .relaxed) }
        action.sa_flags = 0
        sigemptyset(&action.sa_mask)
        sigaction(SIGUSR2, &action, nil)
    }

    /// Whether thread `tid` of this process is blocked in `read(2)` (syscall 0 on x86_64, 63 on arm64).
    private static func isBlockedInRead(_ tid: pid_t) -> Bool {
        guard let line = try? String(contentsOfFile: "/proc/self/task/\(tid)/syscall", encoding: .utf8) else { return false }
        #if arch(arm64)
        return line.hasPrefix("63 ")
        #else
        return line.hasPrefix("0 ")
        #endif
    }

    /// The kernel's id of the calling thread (`gettid()`, read from `/proc/thread-self` → `PID/task/TID`).
    private static func currentThreadID() -> pid_t {
        let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/thread-self")) ?? ""
        return link.split(separator: "/").last.flatMap { pid_t($0) } ?? 0
    }

    @Test("A signal landing mid-read is retried, not a crash, and the data still arrives")
    func signalMidRead() async throws {
        Self.installCountingHandler()
        let pipe = Pipe()
        let reader = Mutex<(tid: pid_t, thread: pthread_t)?>(nil)
        let result = Mutex<Result<Data, POSIXError>?>(nil)
        let thread = Thread {
            var usr2 = sigset_t()
            sigemptyset(&usr2)
            sigaddset(&usr2, SIGUSR2)
            pthread_sigmask(SIG_UNBLOCK, &usr2, nil)  // Foundation starts threads with signals blocked
            reader.withLock { $0 = (Self.currentThreadID(), pthread_self()) }
            let read = Result { () throws(POSIXError) in try pipe.fileHandleForReading.readToEndRetryingInterrupts() }
            result.withLock { $0 = read }
        }
        thread.start()

        let deadline = ContinuousClock.now + .seconds(120)
        var started = reader.withLock { $0 }
        while ContinuousClock.now < deadline {
            started = reader.withLock { $0 }
            if let started, started.tid != 0, Self.isBlockedInRead(started.tid) { break }
            try await Task.sleep(for: .milliseconds(2))
        }
        let blocked = try #require(started)
        try #require(Self.isBlockedInRead(blocked.tid), "the reader thread never blocked in read(2)")
        let before = signalsHandled.load(ordering: .relaxed)
        pthread_kill(blocked.thread, SIGUSR2)
        while ContinuousClock.now < deadline, signalsHandled.load(ordering: .relaxed) == before { try await Task.sleep(for: .milliseconds(2)) }
        #expect(signalsHandled.load(ordering: .relaxed) > before, "the signal was never handled")

        try pipe.fileHandleForWriting.write(contentsOf: Data("after the signal".utf8))
        try pipe.fileHandleForWriting.close()
        while ContinuousClock.now < deadline, result.withLock({ $0 }) == nil { try await Task.sleep(for: .milliseconds(2)) }
        let read = try #require(result.withLock { $0 })
        #expect(try String(decoding: read.get(), as: UTF8.self) == "after the signal")
    }
}
#endif
