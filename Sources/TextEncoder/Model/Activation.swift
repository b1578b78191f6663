internal import CEncoderKernels

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

    /// Applies the activation in place, within a few float ulps of the C library's `erff` and `tanhf` forms.
    func apply(_ values: UnsafeMutablePointer<Float>, count: Int) {
        let kind: tek_activation
        switch self {
        case .gelu: kind = TEK_ACTIVATION_GELU
        case .geluTanh: kind = TEK_ACTIVATION_GELU_TANH
        case .relu: kind = TEK_ACTIVATION_RELU
        }
        tek_activate(values, count, kind)
    }
}
