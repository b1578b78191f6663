/// Validates vectors and L2-normalises them for cosine scoring.
enum VectorNormalization {
    /// Returns `vector` scaled to unit length.
    ///
    /// - Throws: ``VectorIndexError/Kind/dimensionMismatch`` when the count is not `dimensions`;
    ///   ``VectorIndexError/Kind/invalidVector`` for a NaN or infinite component or an all-zero vector.
    static func normalized(
        _ vector: [Float], dimensions: Int, describing subject: @autoclosure () -> String
    ) throws(VectorIndexError) -> [Float] {
        guard vector.count == dimensions else {
            throw VectorIndexError(
                .dimensionMismatch,
                "\(subject()) has \(vector.count) components but the index holds \(dimensions)-dimensional vectors; "
                    + "embed it with the index's model or open an index made for this model")
        }
        // Accumulate in Double so large finite components cannot overflow the norm.
        var sumOfSquares = 0.0
        for component in vector {
            guard component.isFinite else {
                throw VectorIndexError(
                    .invalidVector, "\(subject()) has a NaN or infinite component; check the embedding that produced it")
            }
            sumOfSquares += Double(component) * Double(component)
        }
        guard sumOfSquares > 0 else {
            throw VectorIndexError(
                .invalidVector, "\(subject()) is all zeros, so its cosine similarity is undefined; drop it or re-embed it")
        }
        let scale = 1 / sumOfSquares.squareRoot()
        return vector.map { Float(Double($0) * scale) }
    }
}
