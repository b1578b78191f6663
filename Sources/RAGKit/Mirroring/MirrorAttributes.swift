import OpenAIClient

/// The attributes a mirrored file carries in the vector store, so remote search can filter as local search does.
///
/// Every file gets ``pathKey`` (the relative path), ``contentHashKey`` and ``kindKey``; the rest of the API's 16
/// keys go to the document's own metadata, in key order, skipping keys longer than 64 characters and names the
/// mirror reserves. Values are cut to 512 characters, the API's limit; a path longer than that also gets
/// ``pathHashKey``, so that the file it names is still identified exactly.
///
/// ```swift
/// let attributes = MirrorAttributes.make(for: file)   // ["path": "guides/setup.md", "content_hash": "9f…", "kind": "markdown", "title": "Setup"]
/// ```
public enum MirrorAttributes {
    /// The key of the relative path.
    public static let pathKey = "path"
    /// The key of the hex SHA-256 of a relative path longer than ``maxValueLength``, whose ``pathKey`` holds only
    /// its beginning.
    public static let pathHashKey = "path_sha256"
    /// The key of the content's hex SHA-256.
    public static let contentHashKey = "content_hash"
    /// The key of the document kind.
    public static let kindKey = "kind"
    /// The most attributes a vector store file takes.
    public static let maxKeys = 16
    /// The longest key the API takes.
    public static let maxKeyLength = 64
    /// The longest string value the mirror sends.
    public static let maxValueLength = 512

    /// The attributes for `file`.
    ///
    /// - Parameter file: The local file.
    /// - Returns: At most ``maxKeys`` attributes.
    public static func make(for file: MirrorLocalFile) -> [String: AttributeValue] {
        var attributes: [String: AttributeValue] = [
            pathKey: .string(clipped(file.relativePath)),
            contentHashKey: .string(clipped(file.contentHash)),
            kindKey: .string(clipped(file.kind)),
        ]
        if file.relativePath.count > maxValueLength {
            attributes[pathHashKey] = .string(TextHash.of(file.relativePath))
        }
        // The keys search results show (title, description) first, then the rest alphabetically.
        let preferred = ["title", "description"].filter { file.metadata[$0] != nil }
        let others = file.metadata.keys.filter { !preferred.contains($0) }.sorted()
        for key in preferred + others where attributes.count < maxKeys {
            guard attributes[key] == nil, !key.isEmpty, key.count <= maxKeyLength, let value = file.metadata[key] else { continue }
            attributes[key] = .string(clipped(value))
        }
        return attributes
    }

    /// What identifies `relativePath` among attribute values: the path itself, or for a long one its beginning and
    /// the hash of the whole (``MirrorRemoteFile/mirroredPathIdentity`` reads the same from a listed file).
    static func pathIdentity(of relativePath: String) -> String {
        relativePath.count > maxValueLength ? identity(path: clipped(relativePath), hash: TextHash.of(relativePath)) : relativePath
    }

    static func identity(path: String, hash: String?) -> String {
        hash.map { path + "\u{0}" + $0 } ?? path
    }

    private static func clipped(_ value: String) -> String {
        value.count <= maxValueLength ? value : String(value.prefix(maxValueLength))
    }
}
