/// A read-only float32 tensor the model computes with: a view into the mapped weights file or into memory
/// owned by ``BERTWeights``.
struct WeightMatrix: @unchecked Sendable {
    // Points into storage that BERTWeights keeps alive and never mutates.
    let pointer: UnsafePointer<Float>
    let count: Int
}
