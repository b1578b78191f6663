/// One tensor's entry in a safetensors header.
public struct TensorInfo: Sendable, Hashable {
    /// The tensor's name, such as `"embeddings.word_embeddings.weight"`.
    public var name: String
    /// The element type.
    public var dataType: TensorDataType
    /// The dimensions, outermost first.
    public var shape: [Int]
    /// The offset of the first byte from the start of the file.
    public var fileOffset: Int
    /// The number of bytes.
    public var byteCount: Int

    /// The number of elements: the product of ``shape``.
    public var elementCount: Int { shape.reduce(1, *) }
}
