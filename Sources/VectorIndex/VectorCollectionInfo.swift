/// What a vector index holds: which embedding model produced its vectors, their length, and how they are compared.
///
/// The index records this in its file, so a store can never silently mix vectors from two models:
/// opening it with a different ``model``, ``dimensions`` or ``metric`` throws
/// ``VectorIndexError/Kind/collectionMismatch``.
public struct VectorCollectionInfo: Sendable, Hashable, Codable {
    /// The name of the embedding model that produced the vectors, for example `"text-embedding-3-small"`.
    public var model: String
    /// The number of components in every vector.
    public var dimensions: Int
    /// The similarity searches rank by.
    public var metric: VectorMetric

    /// Creates a collection description.
    ///
    /// - Parameters:
    ///   - model: The embedding model's name.
    ///   - dimensions: The number of components per vector (at least 1).
    ///   - metric: The similarity to rank by. Defaults to ``VectorMetric/cosine``.
    public init(model: String, dimensions: Int, metric: VectorMetric = .cosine) {
        self.model = model
        self.dimensions = dimensions
        self.metric = metric
    }
}
