/// One vector to store: its caller-chosen id, its components and the metadata filters can match on.
public struct VectorRecord: Sendable, Hashable {
    /// The record's unique id within the index. Upserting an existing id replaces that record.
    public var id: String
    /// The vector's components; its count must equal the collection's ``VectorCollectionInfo/dimensions``.
    public var vector: [Float]
    /// Values a ``VectorFilter`` can test, keyed by name.
    public var metadata: [String: MetadataValue]

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - id: The record's unique id.
    ///   - vector: The components. They must be finite and not all zero.
    ///   - metadata: Values filters can match on. Defaults to none.
    public init(id: String, vector: [Float], metadata: [String: MetadataValue] = [:]) {
        self.id = id
        self.vector = vector
        self.metadata = metadata
    }
}
