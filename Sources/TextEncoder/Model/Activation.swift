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
                values[index] = 0.5 * x * (1 + Self.erf(x * scale))
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

    /// The error function as a rational approximation (Eigen's float `erf`), within a few float ulps of `erff`;
    /// plain multiplies and one divide, so the GELU loop vectorizes.
    @inline(__always)
    static func erf(_ input: Float) -> Float {
        let x = min(max(input, -4), 4)
        let x2 = x * x
        var p: Float = -2.72614225801306e-10
        p = p * x2 + 2.77068142495902e-08
        p = p * x2 - 2.10102402082508e-06
        p = p * x2 - 5.69250639462346e-05
        p = p * x2 - 7.34990630326855e-04
        p = p * x2 - 2.95459980854025e-03
        p = p * x2 - 1.60960333262415e-02
        p *= x
        var q: Float = -1.45660718464996e-05
        q = q * x2 - 2.13374055278905e-04
        q = q * x2 - 1.68282697438203e-03
        q = q * x2 - 7.37332916720468e-03
        q = q * x2 - 1.42647390514189e-02
        return p / q
    }
}
