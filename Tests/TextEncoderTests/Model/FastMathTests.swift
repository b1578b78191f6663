import Foundation
import Testing

@testable import TextEncoder

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
