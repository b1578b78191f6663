#if os(Linux)
import Foundation
import Testing
@testable import RAGServer

@Suite("InotifyWatcher")
struct InotifyWatcherTests {
    @Test("Reports a burst as one batch, in new folders too, and ignores excluded ones")
    func batches() async throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appending(path: "sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = try FolderWatchers.make(root: root, exclusions: WatchExclusions(globs: ["skip/"]),
                                           options: FolderWatchOptions(debounce: .milliseconds(100)))
        var batches = watcher.batches().makeAsyncIterator()

        for number in 0..<5 { try Data("\(number)".utf8).write(to: root.appending(path: "sub/file\(number).txt")) }
        let first = try #require(await batches.next())
        #expect(Set(first).isSuperset(of: (0..<5).map { "sub/file\($0).txt" }))

        try FileManager.default.createDirectory(at: root.appending(path: "skip"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appending(path: "new"), withIntermediateDirectories: true)
        let created = try #require(await batches.next())
        #expect(created.contains("new") && !created.contains("skip"))

        try Data("x".utf8).write(to: root.appending(path: "new/inside.txt"))
        let inside = try #require(await batches.next())
        #expect(inside.contains("new/inside.txt"))
    }

    @Test("Applies the indexer's .gitignore rules: anchored globs, folder-only globs and re-includes")
    func gitignoreRules() async throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appending(path: "docs/old"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let exclusions = WatchExclusions(globs: ["*.log", "!keep.log", "/docs/old", "drafts/"])
        let watcher = try FolderWatchers.make(root: root, exclusions: exclusions, options: FolderWatchOptions(debounce: .milliseconds(100)))
        var batches = watcher.batches().makeAsyncIterator()

        for path in ["debug.log", "docs/old/page.md", "drafts", "keep.log"] {
            try Data("x".utf8).write(to: root.appending(path: path))
        }
        let batch = try #require(await batches.next())
        #expect(Set(batch) == ["drafts", "keep.log"])
    }
}
#endif
