import Foundation

/// A regular file found by ``FolderScanner``, ready for ``DocumentLoader/load(_:)``.
public struct ScannedFile: Sendable, Hashable {
    /// The file's location.
    public var url: URL
    /// The path relative to the scanned root, with `/` separators.
    public var relativePath: String
    /// The size in bytes when scanned.
    public var size: Int
    /// The last modification time when scanned.
    public var modificationDate: Date

    /// Creates a scanned-file record.
    public init(url: URL, relativePath: String, size: Int, modificationDate: Date) {
        self.url = url
        self.relativePath = relativePath
        self.size = size
        self.modificationDate = modificationDate
    }
}
