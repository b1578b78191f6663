/// The element type of a tensor in a safetensors file (its `dtype`).
public struct TensorDataType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The safetensors name, such as `"F32"`.
    public var rawValue: String
    /// Creates a data type from its safetensors name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The safetensors name.
    public var description: String { rawValue }

    /// 32-bit IEEE float.
    public static let float32 = Self(rawValue: "F32")
    /// 16-bit IEEE float.
    public static let float16 = Self(rawValue: "F16")
    /// bfloat16: the top half of a 32-bit float.
    public static let bfloat16 = Self(rawValue: "BF16")

    /// The floating-point types the encoder converts to 32-bit floats.
    public static let floatingPoint: [Self] = [.float32, .float16, .bfloat16]

    /// The size of one element in bytes, or `nil` for a name safetensors does not define.
    public var byteSize: Int? {
        switch rawValue {
        case "F64", "I64", "U64": 8
        case "F32", "I32", "U32": 4
        case "F16", "BF16", "I16", "U16": 2
        case "I8", "U8", "BOOL", "F8_E4M3", "F8_E5M2": 1
        default: nil
        }
    }
}
