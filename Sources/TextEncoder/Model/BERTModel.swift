internal import CEncoderKernels
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
    ///   - workspace: Scratch memory for the pass, reused across the passes of one thread.
    /// - Returns: One vector of `hiddenSize` floats per sequence.
    func embed(
        _ sequences: [[Int32]], pooling: PoolingStrategy, normalizes: Bool, threads: Int = 1,
        workspace: Workspace = Workspace()
    ) -> [[Float]] {
        let h = configuration.hiddenSize
        var offsets: [Int] = []
        var total = 0
        for sequence in sequences {
            offsets.append(total)
            total += sequence.count
        }
        guard total > 0 else { return sequences.map { _ in [Float](repeating: 0, count: h) } }
        let states = forward(sequences, offsets: offsets, total: total, threads: threads, workspace: workspace)
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

    /// Returns the last hidden states of the packed sequences (`total` x `hiddenSize`, in `workspace`).
    private func forward(
        _ sequences: [[Int32]], offsets: [Int], total: Int, threads: Int, workspace: Workspace
    ) -> UnsafeMutablePointer<Float> {
        _ = BLAS.configureThreading
        let c = configuration
        let h = c.hiddenSize
        let inner = c.intermediateSize
        let d = c.headSize
        let longest = sequences.map(\.count).max() ?? 0
        // x and attended live through a layer; the projections and context die before the expansion that
        // reuses their memory, so a pass needs (2h + max(4h, inner)) floats a token.
        let shared = total * max(4 * h, inner)
        let memory = workspace.floats(2 * total * h + shared + longest * longest)
        let x = memory
        let attended = x + total * h
        let qkv = attended + total * h
        let context = qkv + 3 * total * h
        let expanded = qkv
        let scores = qkv + shared
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
            // qkv = x Wqkv^T + bqkv, each row [q | k | v].
            fill(qkv, rows: total, columns: 3 * h, bias: layer.queryKeyValueBias)
            linear(x, rows: total, inputs: h, layer.queryKeyValue, outputs: 3 * h, into: qkv, threads: threads)
            for (index, sequence) in sequences.enumerated() {
                let n = sequence.count
                let row = offsets[index]
                for head in 0..<c.attentionHeadCount {
                    let q = qkv + row * 3 * h + head * d
                    BLAS.gemm(
                        m: n, n: n, k: d, alpha: scale, q, lda: 3 * h, q + h, ldb: 3 * h, transposeB: true,
                        beta: 0, scores, ldc: n)
                    Self.softmaxRows(scores, rows: n, columns: n)
                    BLAS.gemm(
                        m: n, n: d, k: n, scores, lda: n, q + 2 * h, ldb: 3 * h, transposeB: false, beta: 0,
                        context + row * h + head * d, ldc: h)
                }
            }
            // attended = LayerNorm(x + context Wo^T + bo)
            fill(attended, rows: total, columns: h, bias: layer.attentionOutputBias, adding: x)
            linear(context, rows: total, inputs: h, layer.attentionOutput, outputs: h, into: attended, threads: threads)
            layerNorm(attended, rows: total, weight: layer.attentionNormWeight, bias: layer.attentionNormBias)
            // x = LayerNorm(attended + act(attended Wi^T + bi) Wo2^T + bo2)
            fill(expanded, rows: total, columns: inner, bias: layer.intermediateBias)
            linear(attended, rows: total, inputs: h, layer.intermediate, outputs: inner, into: expanded, threads: threads)
            activation.apply(expanded, count: total * inner)
            fill(x, rows: total, columns: h, bias: layer.outputBias, adding: attended)
            linear(expanded, rows: total, inputs: inner, layer.output, outputs: h, into: x, threads: threads)
            layerNorm(x, rows: total, weight: layer.outputNormWeight, bias: layer.outputNormBias)
        }
        return x
    }

    /// Sets each row of `y` (`rows` x `columns`) to `bias`, plus the same row of `residual` if given.
    private func fill(
        _ y: UnsafeMutablePointer<Float>, rows: Int, columns: Int, bias: WeightMatrix,
        adding residual: UnsafePointer<Float>? = nil
    ) {
        for row in 0..<rows {
            let target = y + row * columns
            if let residual {
                let source = residual + row * columns
                for column in 0..<columns { target[column] = source[column] + bias.pointer[column] }
            } else {
                target.update(from: bias.pointer, count: columns)
            }
        }
    }

    /// `y += x W^T`, `W` being `outputs` x `inputs` row-major.
    ///
    /// With several threads, each computes a block of output columns from its block of weight rows.
    private func linear(
        _ x: UnsafePointer<Float>, rows: Int, inputs: Int, _ weight: WeightMatrix, outputs: Int,
        into y: UnsafeMutablePointer<Float>, threads: Int
    ) {
        let blocks = max(1, min(threads, outputs / 16))
        if blocks == 1 {
            Self.product(x, rows: rows, inputs: inputs, weight.pointer, outputs: outputs, into: y, ldy: outputs)
            return
        }
        let output = SendablePointer(y)
        let input = SendablePointer(UnsafeMutablePointer(mutating: x))
        DispatchQueue.concurrentPerform(iterations: blocks) { block in
            let start = outputs * block / blocks
            let end = outputs * (block + 1) / blocks
            Self.product(
                input.pointer, rows: rows, inputs: inputs, weight.pointer + start * inputs, outputs: end - start,
                into: output.pointer + start, ldy: outputs)
        }
    }

    /// The most rows for which reading the weights directly beats BLAS, which first copies (packs) all of them.
    private static let fewRows = tek_linear_few_rows_is_fast() != 0 ? 32 : 0

    /// `y += x W^T` for `rows` rows, `y` having `ldy` floats a row.
    private static func product(
        _ x: UnsafePointer<Float>, rows: Int, inputs: Int, _ weight: UnsafePointer<Float>, outputs: Int,
        into y: UnsafeMutablePointer<Float>, ldy: Int
    ) {
        if rows <= fewRows {
            tek_linear_few_rows(x, rows, inputs, weight, outputs, y, ldy)
        } else {
            BLAS.gemm(
                m: rows, n: outputs, k: inputs, x, lda: inputs, weight, ldb: inputs, transposeB: true, beta: 1, y,
                ldc: ldy)
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

    /// Replaces each row of `scores` by its softmax.
    static func softmaxRows(_ scores: UnsafeMutablePointer<Float>, rows: Int, columns: Int) {
        tek_softmax_rows(scores, rows, columns)
    }
}

extension BERTModel {
    /// Scratch memory for forward passes on one thread: grown to the largest pass it has seen and then reused,
    /// so a stream of passes allocates once.
    final class Workspace {
        private var buffer: UnsafeMutablePointer<Float>?
        private var capacity = 0

        init() {}

        deinit { buffer?.deallocate() }

        /// Returns room for at least `count` floats, invalidating what an earlier call returned.
        func floats(_ count: Int) -> UnsafeMutablePointer<Float> {
            if let buffer, capacity >= count { return buffer }
            buffer?.deallocate()
            let fresh = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
            buffer = fresh
            capacity = count
            return fresh
        }
    }
}
