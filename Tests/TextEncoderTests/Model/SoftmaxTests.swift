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
            let values = inputs[row * columns..<(row + 1) * columns].map(Double.init)
            let largest = values.max() ?? 0
            let sum = values.reduce(0) { $0 + Foundation.exp($1 - largest) }
            for (column, value) in values.enumerated() {
                let exact = Foundation.exp(value - largest) / sum
                guard exact > 1e-30 else { continue }
                worst = max(worst, abs(Double(scores[row * columns + column]) - exact) / exact)
            }
        }
        #expect(worst < 1e-6)
    }
}
