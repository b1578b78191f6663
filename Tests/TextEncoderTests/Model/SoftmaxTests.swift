import Foundation
import Testing

@testable import TextEncoder

@Suite struct SoftmaxTests {
    @Test("Softmax rows stay within 1e-6 relative of the exact ones, vector lanes and tail alike")
    func accuracy() {
        let rows = 7, columns = 37
        let inputs = (0..<rows * columns).map { Float(($0 * 7919) % 2001 - 1000) / 40 }
        var scores = inputs
        scores.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            BERTModel.softmaxRows(base, rows: rows, columns: columns)
        }
        var worst = 0.0
        for row in 0..<rows {
            let values = inputs[row * columns..<(row + 1) * columns]
            let largest = values.max() ?? 0
            // The float difference from the row's largest is where any float softmax starts; its rounding is not
            // the kernel's error.
            let shifted = values.map { Double($0 - largest) }
            let sum = shifted.reduce(0) { $0 + Foundation.exp($1) }
            for (column, value) in shifted.enumerated() {
                let exact = Foundation.exp(value) / sum
                guard exact > 1e-30 else { continue }
                worst = max(worst, abs(Double(scores[row * columns + column]) - exact) / exact)
            }
        }
        #expect(worst < 1e-6)
    }
}
