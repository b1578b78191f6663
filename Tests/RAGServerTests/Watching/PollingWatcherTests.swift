import Foundation
import Synchronization
import Testing
@testable import RAGServer

@Suite("PollingWatcher")
struct PollingWatcherTests {
    /// A temporary folder, removed at the end of the test.
    private final class Folder: Sendable {
        let url = FileManager.default.temporaryDirectory.appending(path: "poll-\(UUID().uuidString)")

        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }

        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ path: String, _ text: String = "text") throws {
            let file = url.appending(path: path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }

        /// Renames with rename(2), which replaces an existing file as an editor's save does.
        func move(_ from: String, to: String) {
            #expect(rename(url.appending(path: from).path, url.appending(path: to).path) == 0)
        }

        func remove(_ path: String) throws { try FileManager.default.removeItem(at: url.appending(path: path)) }
    }

    private static func watcher(_ folder: Folder, exclusions: WatchExclusions = WatchExclusions(),
                                clock: any Clock<Duration> = ContinuousClock()) throws -> PollingWatcher {
        try PollingWatcher(root: folder.url, exclusions: exclusions, interval: .milliseconds(50), debounce: .milliseconds(200), clock: clock)
    }

    @Test("Reports a burst of new files and folders as one batch, once the folder is quiet")
    func burst() async throws {
        let folder = try Folder()
        try folder.write("sub/old.txt")
        let recorder = BatchRecorder(try Self.watcher(folder))

        for number in 0..<5 { try folder.write("sub/file\(number).txt", "\(number)") }
        try folder.write("new/deeper/inside.txt")
        let expected = Set((0..<5).map { "sub/file\($0).txt" } + ["new", "new/deeper", "new/deeper/inside.txt"])
        let batches = try #require(await recorder.next { expected.isSubset(of: Set($0.joined())) })
        #expect(batches.count == 1)
        #expect(Set(batches.joined()) == expected)
        await recorder.stop()
    }

    @Test("Reports edits, a change of time alone, atomic saves, renames and deletions of files and folders")
    func changes() async throws {
        let folder = try Folder()
        try folder.write("a.txt", "one")
        try folder.write("b.txt", "one")
        try folder.write("dir/x.txt")
        let recorder = BatchRecorder(try Self.watcher(folder))

        try folder.write("a.txt", "longer")
        #expect(await recorder.next(naming: ["a.txt"]) == ["a.txt"])

        let later = Date(timeIntervalSinceNow: 3600)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: folder.url.appending(path: "a.txt").path)
        #expect(await recorder.next(naming: ["a.txt"]) == ["a.txt"])

        // An editor's save: a new file of the same size renamed over the old one.
        try folder.write(".b.txt.tmp", "two")
        folder.move(".b.txt.tmp", to: "b.txt")
        #expect(await recorder.next(naming: ["b.txt"])?.isSubset(of: ["b.txt", ".b.txt.tmp"]) == true)

        folder.move("a.txt", to: "c.txt")
        #expect(await recorder.next(naming: ["a.txt", "c.txt"]) == ["a.txt", "c.txt"])

        folder.move("dir", to: "renamed")
        #expect(await recorder.next(naming: ["dir", "dir/x.txt", "renamed", "renamed/x.txt"]) != nil)

        try folder.remove("renamed")
        #expect(await recorder.next(naming: ["renamed", "renamed/x.txt"]) == ["renamed", "renamed/x.txt"])

        try FileManager.default.createDirectory(at: folder.url.appending(path: "empty"), withIntermediateDirectories: false)
        #expect(await recorder.next(naming: ["empty"]) == ["empty"])
        await recorder.stop()
    }

    @Test("Skips what the indexer's scan skips, with .gitignore rules, and the index directory")
    func exclusions() async throws {
        let folder = try Folder()
        let exclusions = WatchExclusions(indexDirectory: folder.url.appending(path: "index"), globs: ["drafts/", "*.log", "!keep.log"])
        let recorder = BatchRecorder(try Self.watcher(folder, exclusions: exclusions))

        for path in ["drafts/a.md", "debug.log", "node_modules/p/index.js", ".git/HEAD", "index/catalog.sqlite", "notes/drafts"] {
            try folder.write(path)
        }
        try folder.write("keep.log")
        let seen = try #require(await recorder.next(naming: ["keep.log"]))
        #expect(seen == ["keep.log", "notes", "notes/drafts"])
        await recorder.stop()
    }

    @Test("Stops reading the folder when the consumer stops iterating")
    func stops() async throws {
        let folder = try Folder()
        let clock = RecordingClock()
        let recorder = BatchRecorder(try Self.watcher(folder, clock: clock))
        try folder.write("a.txt")
        #expect(await recorder.next(naming: ["a.txt"]) != nil)

        await recorder.stop()
        #expect(await clock.waitForCancelledSleep())
    }

    @Test("Refuses a folder that does not exist, and intervals that are not positive")
    func refuses() throws {
        let missing = FileManager.default.temporaryDirectory.appending(path: "missing-\(UUID().uuidString)")
        #expect(throws: FolderWatchError.self) { try PollingWatcher(root: missing) }
        #expect(throws: FolderWatchError.self) { try PollingWatcher(root: FileManager.default.temporaryDirectory, interval: .zero) }
    }

    @Test("FolderWatchers polls when options give an interval, and falls back to polling with a warning when events cannot start")
    func choice() throws {
        let folder = try Folder()
        let polled = try FolderWatchers.make(root: folder.url, exclusions: WatchExclusions(), options: FolderWatchOptions(pollInterval: .seconds(1)))
        #expect((polled as? PollingWatcher)?.interval == .seconds(1))
        #expect(polled.warning == nil)

        let fallback = try FolderWatchers.eventsOrPolling(root: folder.url, exclusions: WatchExclusions(), debounce: .milliseconds(300)) { () throws(FolderWatchError) -> any FolderWatcher in
            throw FolderWatchError(message: "Could not watch (No space left on device): raise fs.inotify.max_user_watches.")
        }
        #expect(fallback is PollingWatcher)
        #expect(fallback.warning == "Could not watch (No space left on device): raise fs.inotify.max_user_watches. Polling the folder every 2 s instead.")

        let missing = folder.url.appending(path: "missing")
        #expect(throws: FolderWatchError.self) {
            try FolderWatchers.eventsOrPolling(root: missing, exclusions: WatchExclusions(), debounce: .milliseconds(300)) { () throws(FolderWatchError) -> any FolderWatcher in
                throw FolderWatchError(message: "Could not watch \(missing.path).")
            }
        }
    }
}

/// The continuous clock, recording sleeps ended by cancellation.
private final class RecordingClock: Clock, Sendable {
    typealias Instant = ContinuousClock.Instant

    private let base = ContinuousClock()
    private let cancelled = Mutex(0)

    var now: Instant { base.now }
    var minimumResolution: Duration { base.minimumResolution }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        do {
            try await base.sleep(until: deadline, tolerance: tolerance)
        } catch {
            cancelled.withLock { $0 += 1 }
            throw error
        }
    }

    /// Waits up to a minute for a sleep to end by cancellation; whether one did.
    func waitForCancelledSleep() async -> Bool {
        let deadline = base.now.advanced(by: .seconds(60))
        while base.now < deadline {
            if cancelled.withLock({ $0 }) > 0 { return true }
            try? await base.sleep(for: .milliseconds(10))
        }
        return false
    }
}
