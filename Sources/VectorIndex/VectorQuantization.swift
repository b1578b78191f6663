/// A reduced-precision copy of the matrix that single-query searches scan first, before re-scoring the best
/// candidates exactly in float32.
///
/// An int8 copy (one scale per vector) is a quarter of the float32 bytes and a float16 copy half, so their scans go
/// under the memory-bandwidth floor every exact float32 scan is stuck on. The final scores are always exact float32
/// cosine similarities; only which candidates are re-scored can differ from an exact scan (see
/// ``VectorDatabase/Options/rescoreMultiplier``). Costs extra memory: 25% (int8) or 50% (float16) of the matrix.
public struct VectorQuantization: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The quantization's name.
    public var rawValue: String
    /// Creates a quantization from its name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The quantization's name.
    public var description: String { rawValue }

    /// No reduced-precision copy: every search scans the float32 matrix.
    public static let none = Self(rawValue: "none")
    /// IEEE half-precision copy (2 bytes per component).
    public static let float16 = Self(rawValue: "float16")
    /// Signed 8-bit copy with one scale per vector (1 byte per component).
    public static let int8 = Self(rawValue: "int8")
}
