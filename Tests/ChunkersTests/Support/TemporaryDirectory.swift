import Foundation

/// A fresh folder under the system temporary directory, removed when the test is done.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("chunkers-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Restore permissions first, so folders a test made unreadable can be removed.
        if let enumerator = FileManager.default.enumerator(atPath: url.path) {
            for case let path as String in enumerator {
                chmod(url.appendingPathComponent(path).path, 0o755)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes bytes to a relative path, creating folders, and returns its URL.
    @discardableResult
    func write(_ bytes: some Sequence<UInt8>, to path: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    /// Writes UTF-8 text to a relative path and returns its URL.
    @discardableResult
    func write(_ text: String, to path: String) throws -> URL {
        try write(Array(text.utf8), to: path)
    }
}
