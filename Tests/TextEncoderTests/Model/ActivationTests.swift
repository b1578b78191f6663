import Foundation
import Testing

@testable import TextEncoder

@Suite struct ActivationTests {
    /// Inputs from -8 to 8 in steps of 0.001, an odd count so the vector loop's scalar tail runs too.
    private static let inputs = (-8000...8000).map { Float($0) / 1000 }

    private static func worstError(_ activation: Activation, exact: (Double) -> Double) -> Double {
        var values = inputs
        values.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            activation.apply(base, count: buffer.count)
        }
        var worst = 0.0
        for (input, output) in zip(inputs, values) {
            let expected = exact(Double(input))
            worst = max(worst, abs(Double(output) - expected) / max(1, abs(expected)))
        }
        return worst
    }

    @Test("GELU stays within 1e-6 (relative past 1) of x Φ(x)")
    func gelu() {
        let worst = Self.worstError(.gelu) { x in 0.5 * x * (1 + Foundation.erf(x / 2.0.squareRoot())) }
        #expect(worst < 1e-6)
    }

    @Test("The tanh GELU stays within 1e-6 (relative past 1) of its formula")
    func geluTanh() {
        let worst = Self.worstError(.geluTanh) { x in
            0.5 * x * (1 + Foundation.tanh((2 / Double.pi).squareRoot() * (x + 0.044715 * x * x * x)))
        }
        #expect(worst < 1e-6)
    }

    @Test("ReLU clamps negatives to zero")
    func relu() {
        #expect(Self.worstError(.relu) { max(0, $0) } == 0)
    }
}
