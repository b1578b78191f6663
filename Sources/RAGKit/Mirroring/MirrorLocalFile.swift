import Foundation

/// A file of the local index as the mirror sees it: where it is, what it holds, and what it is labelled with.
public struct MirrorLocalFile: Sendable, Hashable, Codable {
    /// The path relative to the indexed folder, with `/` separators, such as `guides/setup.md`.
    public var relativePath: String
    /// The hex SHA-256 of the file's bytes, as the local index records it.
    public var contentHash: String
    /// The file's size in bytes.
    public var byteCount: Int
    /// The document kind the loaders gave it, such as `markdown` or `pdf`.
    public var kind: String
    /// The document's metadata (front matter, HTML title …), some of which becomes store attributes.
    public var metadata: [String: String]

    /// Creates a local file description.
    ///
    /// - Parameters:
    ///   - relativePath: The path relative to the indexed folder.
    ///   - contentHash: The hex SHA-256 of the content.
    ///   - byteCount: The size in bytes.
    ///   - kind: The document kind; empty by default.
    ///   - metadata: The document's metadata; none by default.
    public init(relativePath: String, contentHash: String, byteCount: Int, kind: String = "", metadata: [String: String] = [:]) {
        self.relativePath = relativePath
        self.contentHash = contentHash
        self.byteCount = byteCount
        self.kind = kind
        self.metadata = metadata
    }

    /// The file's extension, lower-cased, without the dot; empty when it has none.
    public var fileExtension: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The file's URL under `root`.
    public func url(in root: URL) -> URL {
        relativePath.split(separator: "/").reduce(root) { $0.appendingPathComponent(String($1)) }
    }
}
