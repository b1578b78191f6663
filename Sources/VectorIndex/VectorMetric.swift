/// The similarity a collection ranks its vectors by.
///
/// An open enum: new metrics can be added without breaking callers that switch over the known ones.
///
/// ```swift
/// let info = VectorCollectionInfo(model: "text-embedding-3-small", dimensions: 1536, metric: .cosine)
/// ```
public struct VectorMetric: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The metric's stored name, as recorded in the index file.
    public var rawValue: String

    /// Creates a metric from its stored name.
    ///
    /// - Parameter rawValue: The metric's name, for example `"cosine"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Cosine similarity: vectors are L2-normalised when stored and scores range from -1 to 1, higher is closer.
    public static let cosine = Self(rawValue: "cosine")

    /// The metric's stored name.
    public var description: String { rawValue }
}
