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
