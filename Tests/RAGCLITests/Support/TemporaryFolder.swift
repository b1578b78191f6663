import Foundation

/// A folder under the system's temporary directory, removed when the value is deinitialised.
final class TemporaryFolder: Sendable {
    /// The folder.
    let url: URL

    init(_ label: String = "rag-cli") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The URL of `relativePath` inside the folder.
    func path(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    /// Writes `text` to `relativePath`, creating folders as needed.
    func write(_ relativePath: String, _ text: String) throws {
        let file = path(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Moves a file inside the folder.
    func move(_ from: String, to: String) throws {
        let destination = path(to)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: path(from), to: destination)
    }

    /// Deletes a file or folder inside the folder.
    func remove(_ relativePath: String) throws { try FileManager.default.removeItem(at: path(relativePath)) }

    /// Copies a folder's contents into `relativePath`.
    func copy(from source: URL, to relativePath: String) throws {
        let destination = path(relativePath)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: destination)
    }
}
