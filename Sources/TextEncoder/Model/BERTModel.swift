import Dispatch
import Foundation

/// A BERT encoder forward pass over float32 weights, on BLAS.
///
/// Sequences are packed back to back without padding: the dense layers run as one matrix product over every
/// token of the batch, and attention runs per sequence and head over that sequence's own tokens, which is the
/// same as a padded batch with an attention mask.
struct BERTModel: Sendable {
    let configuration: EncoderConfiguration
    let weights: BERTWeights
    let activation: Activation

    init(configuration: EncoderConfiguration, weights: BERTWeights) throws(TextEncoderError) {
        guard let activation = Activation(name: configuration.hiddenActivation) else {
            throw TextEncoderError(.unsupportedArchitecture, "hidden_act \"\(configuration.hiddenActivation)\" is not supported")
        }
        self.configuration = configuration
        self.weights = weights
        self.activation = activation
    }

    /// Runs the encoder and pools each sequence.
    ///
    /// - Parameters:
    ///   - sequences: Token ids, each at most `maximumPositions` long and at least one token.
    ///   - pooling: How to turn token states into one vector.
    ///   - normalizes: Whether to scale each vector to unit length.
    ///   - threads: Threads that split each matrix product by output columns (for a lone short pass, such as
    ///     one query); 1 by default.
    /// - Returns: One vector of `hiddenSize` floats per sequence.
    func embed(_ sequences: [[Int32]], pooling: PoolingStrategy, normalizes: Bool, threads: Int = 1) -> [[Float]] {
        let h = configuration.hiddenSize
        var offsets: [Int] = []
        var total = 0
        for sequence in sequences {
            offsets.append(total)
            total += sequence.count
        }
        guard total > 0 else { return sequences.map { _ in [Float](repeating: 0, count: h) } }
        let states = UnsafeMutablePointer<Float>.allocate(capacity: total * h)
        defer { states.deallocate() }
        forward(sequences, offsets: offsets, total: total, threads: threads, into: states)
        return sequences.indices.map { index in
            let rows = sequences[index].count
            var vector = [Float](repeating: 0, count: h)
            guard rows > 0 else { return vector }
            let start = states + offsets[index] * h
            switch pooling {
            case .classToken:
                for column in 0..<h { vector[column] = start[column] }
            case .lastToken:
                let last = start + (rows - 1) * h
                for column in 0..<h { vector[column] = last[column] }
            default:
                for row in 0..<rows {
                    let pointer = start + row * h
                    for column in 0..<h { vector[column] += pointer[column] }
                }
                let scale = 1 / Float(rows)
                for column in 0..<h { vector[column] *= scale }
            }
            if normalizes {
                var sum: Float = 0
                for value in vector { sum += value * value }
                let norm = max(sum.squareRoot(), 1e-12)
                for column in 0..<h { vector[column] /= norm }
            }
            return vector
        }
    }

    /// Fills `x` (`total` x `hiddenSize`) with the last hidden states of the packed sequences.
    private func forward(
        _ sequences: [[Int32]], offsets: [Int], total: Int, threads: Int, into x: UnsafeMutablePointer<Float>
    ) {
        _ = BLAS.configureThreading
        let c = configuration
        let h = c.hiddenSize
        let inner = c.intermediateSize
        let heads = c.attentionHeadCount
        let d = c.headSize
        let longest = sequences.map(\.count).max() ?? 0
        let q = UnsafeMutablePointer<Float>.allocate(capacity: total * h)
        let k = UnsafeMutablePointer<Float>.allocate(capacity: total * h)
        let v = UnsafeMutablePointer<Float>.allocate(capacity: total * h)
        let context = UnsafeMutablePointer<Float>.allocate(capacity: total * h)
        let attended = UnsafeMutablePointer<Float>.allocate(capacity: total * h)
        let expanded = UnsafeMutablePointer<Float>.allocate(capacity: total * inner)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: max(longest * longest, 1))
        defer {
            for buffer in [q, k, v, context, attended, expanded, scores] { buffer.deallocate() }
        }
        let w = weights
        // Embeddings: word + position + token type 0, then LayerNorm.
        for (index, sequence) in sequences.enumerated() {
            for (position, token) in sequence.enumerated() {
                let row = x + (offsets[index] + position) * h
                let word = w.wordEmbeddings.pointer + Int(token) * h
                let place = w.positionEmbeddings.pointer + position * h
                let type = w.typeEmbeddings.pointer
                for column in 0..<h { row[column] = word[column] + place[column] + type[column] }
            }
        }
        layerNorm(x, rows: total, weight: w.embeddingNormWeight, bias: w.embeddingNormBias)
        let scale = 1 / Float(d).squareRoot()
        for layer in w.layers {
            linear(x, rows: total, inputs: h, layer.query, layer.queryBias, outputs: h, into: q, threads: threads)
            linear(x, rows: total, inputs: h, layer.key, layer.keyBias, outputs: h, into: k, threads: threads)
            linear(x, rows: total, inputs: h, layer.value, layer.valueBias, outputs: h, into: v, threads: threads)
            for (index, sequence) in sequences.enumerated() {
                let n = sequence.count
                let base = offsets[index] * h
                for head in 0..<heads {
                    let column = base + head * d
                    BLAS.gemm(
                        m: n, n: n, k: d, alpha: scale, q + column, lda: h, k + column, ldb: h, transposeB: true,
                        beta: 0, scores, ldc: n)
                    softmaxRows(scores, rows: n, columns: n)
                    BLAS.gemm(
                        m: n, n: d, k: n, scores, lda: n, v + column, ldb: h, transposeB: false, beta: 0,
                        context + column, ldc: h)
                }
            }
            // attended = LayerNorm(x + context Wo^T + bo)
            attended.update(from: x, count: total * h)
            linear(context, rows: total, inputs: h, layer.attentionOutput, layer.attentionOutputBias, outputs: h,
                into: attended, accumulate: true, threads: threads)
            layerNorm(attended, rows: total, weight: layer.attentionNormWeight, bias: layer.attentionNormBias)
            // x = LayerNorm(attended + act(attended Wi^T + bi) Wo2^T + bo2)
            linear(attended, rows: total, inputs: h, layer.intermediate, layer.intermediateBias, outputs: inner,
                into: expanded, threads: threads)
            activation.apply(expanded, count: total * inner)
            x.update(from: attended, count: total * h)
            linear(expanded, rows: total, inputs: inner, layer.output, layer.outputBias, outputs: h, into: x,
                accumulate: true, threads: threads)
            layerNorm(x, rows: total, weight: layer.outputNormWeight, bias: layer.outputNormBias)
        }
    }

    /// `y = x W^T + b` (or `y += x W^T + b` when `accumulate`), `W` being `outputs` x `inputs` row-major.
    ///
    /// With several threads, each computes a block of output columns from its block of weight rows.
    private func linear(
        _ x: UnsafePointer<Float>, rows: Int, inputs: Int, _ weight: WeightMatrix, _ bias: WeightMatrix,
        outputs: Int, into y: UnsafeMutablePointer<Float>, accumulate: Bool = false, threads: Int = 1
    ) {
        for row in 0..<rows {
            let target = y + row * outputs
            if accumulate {
                for column in 0..<outputs { target[column] += bias.pointer[column] }
            } else {
                target.update(from: bias.pointer, count: outputs)
            }
        }
        let blocks = max(1, min(threads, outputs / 16))
        if blocks == 1 {
            BLAS.gemm(
                m: rows, n: outputs, k: inputs, x, lda: inputs, weight.pointer, ldb: inputs, transposeB: true, beta: 1,
                y, ldc: outputs)
            return
        }
        let output = SendablePointer(y)
        let input = SendablePointer(UnsafeMutablePointer(mutating: x))
        DispatchQueue.concurrentPerform(iterations: blocks) { block in
            let start = outputs * block / blocks
            let end = outputs * (block + 1) / blocks
            BLAS.gemm(
                m: rows, n: end - start, k: inputs, input.pointer, lda: inputs, weight.pointer + start * inputs,
                ldb: inputs, transposeB: true, beta: 1, output.pointer + start, ldc: outputs)
        }
    }

    private func layerNorm(_ x: UnsafeMutablePointer<Float>, rows: Int, weight: WeightMatrix, bias: WeightMatrix) {
        let h = configuration.hiddenSize
        let epsilon = configuration.layerNormEpsilon
        let lanes = h / 8 * 8
        for row in 0..<rows {
            let values = x + row * h
            // Eight running sums: the loop vectorizes, and the sums round no worse than one running sum.
            var sums = SIMD8<Float>()
            for column in stride(from: 0, to: lanes, by: 8) { sums += load8(values + column) }
            var sum = sums.sum()
            for column in lanes..<h { sum += values[column] }
            let mean = sum / Float(h)
            var squares8 = SIMD8<Float>()
            for column in stride(from: 0, to: lanes, by: 8) {
                let centered = load8(values + column) - mean
                squares8 += centered * centered
            }
            var squares = squares8.sum()
            for column in lanes..<h {
                let centered = values[column] - mean
                squares += centered * centered
            }
            let inverse = 1 / (squares / Float(h) + epsilon).squareRoot()
            for column in 0..<h {
                values[column] = (values[column] - mean) * inverse * weight.pointer[column] + bias.pointer[column]
            }
        }
    }

    @inline(__always)
    private func load8(_ pointer: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Float>.self)
    }

    private func softmaxRows(_ scores: UnsafeMutablePointer<Float>, rows: Int, columns: Int) {
        let lanes = columns / 8 * 8
        for row in 0..<rows {
            let values = scores + row * columns
            var largest8 = SIMD8<Float>(repeating: -.infinity)
            for column in stride(from: 0, to: lanes, by: 8) {
                let next = load8(values + column)
                largest8.replace(with: next, where: next .> largest8)
            }
            var largest = largest8.max()
            for column in lanes..<columns { largest = max(largest, values[column]) }
            var sums = SIMD8<Float>()
            for column in stride(from: 0, to: lanes, by: 8) {
                let e = FastMath.exp(load8(values + column) - largest)
                UnsafeMutableRawPointer(values + column).storeBytes(of: e, as: SIMD8<Float>.self)
                sums += e
            }
            var sum = sums.sum()
            for column in lanes..<columns {
                let e = Foundation.exp(values[column] - largest)
                values[column] = e
                sum += e
            }
            let inverse = 1 / sum
            for column in 0..<columns { values[column] *= inverse }
        }
    }
}
