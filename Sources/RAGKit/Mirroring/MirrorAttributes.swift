import OpenAIClient

/// The attributes a mirrored file carries in the vector store, so remote search can filter as local search does.
///
/// Every file gets ``pathKey`` (the relative path), ``contentHashKey`` and ``kindKey``; the rest of the API's 16
/// keys go to the document's own metadata, in key order, skipping keys longer than 64 characters and names the
/// mirror reserves. Values are cut to 512 characters, the API's limit.
///
/// ```swift
/// let attributes = MirrorAttributes.make(for: file)   // ["path": "guides/setup.md", "content_hash": "9f…", "kind": "markdown", "title": "Setup"]
/// ```
public enum MirrorAttributes {
    /// The key of the relative path.
    public static let pathKey = "path"
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
        // The keys search results show (title, description) first, then the rest alphabetically.
        let preferred = ["title", "description"].filter { file.metadata[$0] != nil }
        let others = file.metadata.keys.filter { !preferred.contains($0) }.sorted()
        for key in preferred + others where attributes.count < maxKeys {
            guard attributes[key] == nil, !key.isEmpty, key.count <= maxKeyLength, let value = file.metadata[key] else { continue }
            attributes[key] = .string(clipped(value))
        }
        return attributes
    }

    private static func clipped(_ value: String) -> String {
        value.count <= maxValueLength ? value : String(value.prefix(maxValueLength))
    }
}
