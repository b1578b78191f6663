import Foundation

/// The feed-forward activation of a BERT layer.
enum Activation: Sendable {
    /// The exact GELU, `x * Φ(x)` with the error function (`"gelu"`).
    case gelu
    /// The tanh approximation of GELU (`"gelu_new"`, `"gelu_pytorch_tanh"`).
    case geluTanh
    /// `max(0, x)`.
    case relu

    init?(name: String) {
        switch name {
        case "gelu": self = .gelu
        case "gelu_new", "gelu_pytorch_tanh": self = .geluTanh
        case "relu": self = .relu
        default: return nil
        }
    }

    /// Applies the activation in place.
    func apply(_ values: UnsafeMutablePointer<Float>, count: Int) {
        switch self {
        case .gelu:
            let scale: Float = 1 / Float(2).squareRoot()
            for index in 0..<count {
                let x = values[index]
                values[index] = 0.5 * x * (1 + erf(x * scale))
            }
        case .geluTanh:
            let c: Float = (2 / Float.pi).squareRoot()
            for index in 0..<count {
                let x = values[index]
                values[index] = 0.5 * x * (1 + tanh(c * (x + 0.044715 * x * x * x)))
            }
        case .relu:
            for index in 0..<count { values[index] = max(0, values[index]) }
        }
    }
}
