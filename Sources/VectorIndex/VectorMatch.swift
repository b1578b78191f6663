/// One search result: a record's id and its similarity to the query.
public struct VectorMatch: Sendable, Hashable {
    /// The matching record's id.
    public var id: String
    /// The similarity to the query; for ``VectorMetric/cosine`` a value in -1...1, higher is closer.
    public var score: Float

    /// Creates a match.
    ///
    /// - Parameters:
    ///   - id: The record's id.
    ///   - score: The similarity to the query.
    public init(id: String, score: Float) {
        self.id = id
        self.score = score
    }
}
