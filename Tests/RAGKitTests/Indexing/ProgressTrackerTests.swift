import Testing
@testable import RAGKit

@Suite struct ProgressTrackerTests {
    @Test("The time left follows the bytes of the files that needed work, not the count of files")
    func etaByBytesWorked() throws {
        let clock = ContinuousClock()
        let start = clock.now
        var tracker = ProgressTracker(totalFiles: 4, totalBytes: 10_000, start: start, clock: clock)
        tracker.pass(bytes: 5_000)
        #expect(tracker.snapshot(now: start + .seconds(1)).eta == nil, "no work done yet: no estimate")
        tracker.finish(documents: 2, bytes: 1_000)
        // 10 s for 1,000 bytes of work; 4,000 bytes left.
        let snapshot = tracker.snapshot(now: start + .seconds(10))
        #expect(snapshot.filesDone == 3 && snapshot.totalFiles == 4)
        let eta = try #require(snapshot.eta)
        #expect(abs(Double(eta.components.seconds) + Double(eta.components.attoseconds) / 1e18 - 40) < 0.001)
        tracker.finish(documents: 1, bytes: 4_000)
        #expect(tracker.snapshot(now: start + .seconds(50)).eta == .zero)
    }
}
