import Foundation
import Testing

@testable import TextEncoder

@Suite struct ActivationTests {
    @Test("The fast erf stays within 1e-6 of the C library's")
    func erfAccuracy() {
        var worst: Float = 0
        for step in -8000...8000 {
            let x = Float(step) / 1000
            worst = max(worst, abs(Activation.erf(x) - Foundation.erf(x)))
        }
        #expect(worst < 1e-6)
    }
}

@Suite struct FastMathTests {
    @Test("The vector exp stays within 1e-6 relative of the C library's")
    func expAccuracy() {
        var worst: Float = 0
        for step in stride(from: -87_000, through: 0, by: 8) {
            let x = SIMD8<Float>((0..<8).map { Float(step + $0) / 1000 })
            let fast = FastMath.exp(x)
            for lane in 0..<8 {
                let exact = Foundation.exp(x[lane])
                worst = max(worst, abs(fast[lane] - exact) / exact)
            }
        }
        #expect(worst < 1e-6)
    }
}
