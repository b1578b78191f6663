import Chunkers
import Foundation
import Testing

@Suite struct FolderScannerTests {
    @Test("Lists files recursively, sorted, skipping .git, node_modules, .build and .rag")
    func listsFiles() throws {
        let directory = try TemporaryDirectory()
        for path in ["b.md", "a/z.txt", "a/b/c.html", ".git/config", "node_modules/x/index.js", ".build/debug.yaml", ".rag/index.sqlite", "docs/.rag/x"] {
            try directory.write("x", to: path)
        }
        let (files, report) = try FolderScanner().scan(directory.url)
        #expect(files.map(\.relativePath) == ["a/b/c.html", "a/z.txt", "b.md"])
        #expect(report.entries.isEmpty)
        #expect(files.allSatisfy { $0.size == 1 })
        #expect(files.first?.url.path.hasSuffix("a/b/c.html") == true)
    }

    @Test("Applies gitignore-style exclusions", arguments: [
        (["*.log"], ["docs/guide.md", "notes.txt", "src/main.swift"]),
        (["docs/"], ["debug.log", "notes.txt", "src/main.swift"]),
        (["/notes.txt", "src/**"], ["debug.log", "docs/guide.md"]),
        (["*.log", "!debug.log", "*.md"], ["debug.log", "notes.txt", "src/main.swift"]),
        (["**/m?in.*"], ["debug.log", "docs/guide.md", "notes.txt"]),
        (["[dn]*"], ["src/main.swift"]),
        (["# a comment", ""], ["debug.log", "docs/guide.md", "notes.txt", "src/main.swift"]),
    ])
    func exclusions(patterns: [String], expected: [String]) throws {
        let directory = try TemporaryDirectory()
        for path in ["debug.log", "docs/guide.md", "notes.txt", "src/main.swift"] { try directory.write("x", to: path) }
        let (files, _) = try FolderScanner(exclude: patterns).scan(directory.url)
        #expect(files.map(\.relativePath) == expected)
    }

    @Test("Scans a single file given as the root")
    func singleFile() throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write("x", to: "only.txt")
        #expect(try FolderScanner().scan(url).files.map(\.relativePath) == ["only.txt"])
    }

    @Test("Throws a typed error for a missing root")
    func missingRoot() throws {
        let error = #expect(throws: LoaderError.self) {
            _ = try FolderScanner().scan(URL(fileURLWithPath: "/nonexistent/folder"))
        }
        #expect(error?.kind == .notFound)
        #expect(error?.path == "/nonexistent/folder")
    }

    @Test("Reports a symbolic-link loop and a self-link, and still lists the rest")
    func symlinkLoops() throws {
        let directory = try TemporaryDirectory()
        try directory.write("x", to: "a/file.txt")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: directory.url.appendingPathComponent("a/back").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: directory.url.appendingPathComponent("self").path, withDestinationPath: "self")
        try manager.createSymbolicLink(atPath: directory.url.appendingPathComponent("dangling").path, withDestinationPath: "missing.txt")
        let (files, report) = try FolderScanner().scan(directory.url)
        #expect(files.map(\.relativePath) == ["a/file.txt"])
        #expect(report.entry(for: "a/back")?.reason == .symlinkLoop)
        #expect(report.entry(for: "self")?.reason == .symlinkLoop)
        #expect(report.entry(for: "dangling")?.reason == .brokenSymlink)
        #expect(report.failed.count == 3)
    }

    @Test("Follows links to files and folders once; reports a second path to the same folder")
    func followsLinks() throws {
        let directory = try TemporaryDirectory()
        try directory.write("x", to: "real/doc.md")
        try directory.write("y", to: "elsewhere.txt")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: directory.url.appendingPathComponent("z-alias").path, withDestinationPath: "real")
        try manager.createSymbolicLink(atPath: directory.url.appendingPathComponent("link.txt").path, withDestinationPath: "elsewhere.txt")
        let (files, report) = try FolderScanner().scan(directory.url)
        #expect(files.map(\.relativePath) == ["elsewhere.txt", "link.txt", "real/doc.md"])
        #expect(report.entry(for: "z-alias")?.reason == .duplicate)
    }

    @Test("Leaves links alone when told not to follow them")
    func notFollowingLinks() throws {
        let directory = try TemporaryDirectory()
        try directory.write("x", to: "real.txt")
        try FileManager.default.createSymbolicLink(atPath: directory.url.appendingPathComponent("link.txt").path, withDestinationPath: "real.txt")
        let (files, report) = try FolderScanner(followSymlinks: false).scan(directory.url)
        #expect(files.map(\.relativePath) == ["real.txt"])
        #expect(report.entry(for: "link.txt")?.reason == .symlinkNotFollowed)
    }

    @Test("Reports a FIFO as a special file instead of blocking on it")
    func fifo() throws {
        let directory = try TemporaryDirectory()
        try directory.write("x", to: "ok.txt")
        #expect(mkfifo(directory.url.appendingPathComponent("pipe").path, 0o644) == 0)
        let (files, report) = try FolderScanner().scan(directory.url)
        #expect(files.map(\.relativePath) == ["ok.txt"])
        #expect(report.entry(for: "pipe")?.reason == .specialFile)
    }

    @Test("Reports a file name that is not UTF-8, and lists odd but valid names")
    func oddNames() throws {
        let directory = try TemporaryDirectory()
        let valid = ["a b.txt", "50% #1?.md", "new\nline.txt", "日本語.txt", "-x.txt", "e\u{301}.txt"]
        for name in valid { try directory.write("x", to: name) }
        var rawPath = Array((directory.url.path + "/bad-").utf8) + [0xFF, 0xFE, 0x2E, 0x74, 0x78, 0x74]
        rawPath.append(0)
        let descriptor = rawPath.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let (files, report) = try FolderScanner().scan(directory.url)
        #expect(Set(files.map(\.relativePath)) == Set(valid))
        let entry = try #require(report.failed.first)
        #expect(entry.reason == .invalidFileName)
        #expect(entry.path.hasPrefix("bad-"))
    }
}
