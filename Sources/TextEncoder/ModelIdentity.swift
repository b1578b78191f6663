/// Which model built a vector: a name and the SHA-256 digest of its weights file, so an index can tell when
/// its vectors came from different weights.
public struct ModelIdentity: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The model's name, such as `"all-MiniLM-L6-v2"`.
    public var name: String
    /// The lowercase hexadecimal SHA-256 digest of `model.safetensors`.
    public var weightsSHA256: String

    /// Creates an identity.
    ///
    /// - Parameters:
    ///   - name: The model's name.
    ///   - weightsSHA256: The hexadecimal SHA-256 digest of the weights file.
    public init(name: String, weightsSHA256: String) {
        self.name = name
        self.weightsSHA256 = weightsSHA256
    }

    /// `name@sha256:<first 12 hex digits>`.
    public var description: String { "\(name)@sha256:\(weightsSHA256.prefix(12))" }

    private enum CodingKeys: String, CodingKey {
        case name
        case weightsSHA256 = "weights_sha256"
    }
}
