import Chunkers
import Foundation
import Testing

/// Every kind of bad input in one folder: each gets a clear per-file outcome and the rest loads.
@Suite struct BadInputTests {
    @Test("A folder of bad inputs: each file gets a one-line outcome, and the good files still load")
    func folderOfBadInputs() throws {
        let directory = try TemporaryDirectory()
        try directory.write("# Good\n\nText.\n", to: "good.md")
        try directory.write("plain text\n", to: "sub dir/good 'quoted' #1.txt")
        try directory.write([UInt8](), to: "empty.txt")
        try directory.write(Array(repeating: UInt8(ascii: "w"), count: 5_000_000), to: "one-line.txt")
        try directory.write(Array("na".utf8) + [0xEF] + Array("ve caf".utf8) + [0xE9], to: "latin1.txt")
        try directory.write("a\r\nb\rc\nd", to: "mixed.txt")
        try directory.write([0x00, 0x01, 0x02, 0x03] + Array("garbage".utf8), to: "data.txt")
        try directory.write(MinimalPDF.make(pages: ["pdf"]), to: "paper.pdf")
        let huge = directory.url.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        #expect(truncate(huge.path, 2 << 30) == 0)
        try FileManager.default.createSymbolicLink(atPath: directory.url.appendingPathComponent("loop").path, withDestinationPath: ".")

        let loader = DocumentLoader(options: LoaderOptions(pdftotextPath: "/nonexistent/pdftotext"))
        let (documents, report) = try loader.load(folder: directory.url)

        #expect(documents.map(\.path) == ["good.md", "latin1.txt", "mixed.txt", "one-line.txt", "sub dir/good 'quoted' #1.txt"])
        #expect(documents.first { $0.path == "latin1.txt" }?.decodedAs == .latin1)
        #expect(documents.first { $0.path == "mixed.txt" }?.text == "a\r\nb\rc\nd")
        let expected: [(String, LoadReport.Status, SkipReason?)] = [
            ("empty.txt", .skipped, .empty), ("data.txt", .skipped, .binary), ("paper.pdf", .skipped, .pdftotextMissing),
            ("huge.txt", .skipped, .tooLarge), ("loop", .failed, .symlinkLoop), ("latin1.txt", .loaded, nil), ("good.md", .loaded, nil),
        ]
        for (path, status, reason) in expected {
            let entry = try #require(report.entry(for: path), "\(path) has a report entry")
            #expect(entry.status == status, "\(path): \(entry.message)")
            #expect(entry.reason == reason, "\(path): \(entry.message)")
            #expect(!entry.message.isEmpty && !entry.message.contains("\n"))
        }
        #expect(report.entries.count == 10)
    }

    // MARK: Permission denied

    static let childFolderVariable = "CHUNKERS_TEST_UNPRIVILEGED_FOLDER"

    /// A folder with a file and a subfolder nobody may read, and a file anyone may.
    private static func makeLockedFolder() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("readable\n", to: "ok.txt")
        let secret = try directory.write("secret\n", to: "secret.txt")
        try directory.write("inside\n", to: "locked/inside.txt")
        #expect(chmod(secret.path, 0) == 0)
        #expect(chmod(directory.url.appendingPathComponent("locked").path, 0) == 0)
        let results = directory.url.appendingPathComponent("results")
        try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
        #expect(chmod(results.path, 0o777) == 0)
        return directory
    }

    /// Loads the locked folder and checks the outcomes; true when all hold.
    @discardableResult
    private static func checkLockedFolder(_ root: URL) throws -> Bool {
        let (documents, report) = try DocumentLoader().load(folder: root)
        let secret = report.entry(for: "secret.txt")
        let locked = report.entry(for: "locked")
        let checks = [
            documents.map(\.path) == ["ok.txt"],
            secret?.status == .failed && secret?.reason == .unreadable && secret?.message.contains("Permission denied") == true,
            locked?.status == .failed && locked?.reason == .unreadable && locked?.message.contains("Permission denied") == true,
        ]
        #expect(documents.map(\.path) == ["ok.txt"])
        #expect(secret?.reason == .unreadable)
        #expect(secret?.message == "cannot read: Permission denied")
        #expect(locked?.reason == .unreadable)
        #expect(locked?.message == "cannot list folder: Permission denied")
        return !checks.contains(false)
    }

    /// Root reads every file, so as root the check needs `setpriv` (util-linux) to drop to `nobody`.
    static let canLosePermissions = geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test(
        "Reports a file and a folder without read permission, and loads the rest",
        .enabled(if: canLosePermissions, "running as root without /usr/bin/setpriv to drop privileges")
    )
    func permissionDenied() throws {
        let directory = try Self.makeLockedFolder()
        guard geteuid() == 0 else {
            try Self.checkLockedFolder(directory.url)
            return
        }
        // Root reads everything, so the check runs in a copy of this test binary as `nobody`.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        let testBinary = try #require(CommandLine.arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        process.arguments = [
            "--reuid=65534", "--regid=65534", "--clear-groups", "--", testBinary,
            "--testing-library", "swift-testing", "--filter", "permissionDeniedAsUnprivilegedUser",
        ]
        process.environment = ProcessInfo.processInfo.environment.merging([Self.childFolderVariable: directory.url.path]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = String(decoding: try output.fileHandleForReading.readToEndRetryingInterrupts(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "child test failed:\n\(log)")
        let marker = directory.url.appendingPathComponent("results/passed")
        #expect(FileManager.default.fileExists(atPath: marker.path), "the unprivileged child ran and passed:\n\(log)")
    }

    @Test(
        "Permission check run as an unprivileged user (child of permissionDenied when tests run as root)",
        .enabled(if: ProcessInfo.processInfo.environment[childFolderVariable] != nil, "runs only as the child of permissionDenied")
    )
    func permissionDeniedAsUnprivilegedUser() throws {
        let root = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment[Self.childFolderVariable]))
        #expect(geteuid() != 0)
        if try Self.checkLockedFolder(root) {
            try Data("ok".utf8).write(to: root.appendingPathComponent("results/passed"))
        }
    }
}
