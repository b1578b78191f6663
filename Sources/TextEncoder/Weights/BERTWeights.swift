import Foundation

/// The float32 weights of a BERT encoder, looked up by their Hugging Face names and checked against the
/// configuration.
///
/// Float32 tensors stay in the memory mapping; float16 and bfloat16 tensors are converted once at load.
/// Names may carry a `bert.` prefix (a `BertModel` checkpoint) or not (sentence-transformers).
final class BERTWeights: @unchecked Sendable {
    // Immutable after init; `owned` is freed in deinit, `file` keeps the mapping alive.

    struct Layer: Sendable {
        /// The query, key and value projections stacked (`3h` x `h`), so one product computes all three.
        var queryKeyValue: WeightMatrix, queryKeyValueBias: WeightMatrix
        var attentionOutput: WeightMatrix, attentionOutputBias: WeightMatrix
        var attentionNormWeight: WeightMatrix, attentionNormBias: WeightMatrix
        var intermediate: WeightMatrix, intermediateBias: WeightMatrix
        var output: WeightMatrix, outputBias: WeightMatrix
        var outputNormWeight: WeightMatrix, outputNormBias: WeightMatrix
    }

    let file: SafeTensorsFile
    let wordEmbeddings: WeightMatrix
    let positionEmbeddings: WeightMatrix
    let typeEmbeddings: WeightMatrix
    let embeddingNormWeight: WeightMatrix
    let embeddingNormBias: WeightMatrix
    let layers: [Layer]
    private var owned: [UnsafeMutablePointer<Float>] = []

    init(file: SafeTensorsFile, configuration c: EncoderConfiguration) throws(TextEncoderError) {
        self.file = file
        let prefix = file.tensors["embeddings.word_embeddings.weight"] == nil
            && file.tensors["bert.embeddings.word_embeddings.weight"] != nil ? "bert." : ""
        var owned: [UnsafeMutablePointer<Float>] = []
        func load(_ name: String, _ shape: [Int], alternative: String? = nil) throws(TextEncoderError) -> WeightMatrix {
            let path = file.url.path
            guard let info = file.tensors[prefix + name] ?? alternative.flatMap({ file.tensors[prefix + $0] }) else {
                throw TextEncoderError(.invalidWeights, "the weights have no tensor \"\(prefix + name)\"", path: path)
            }
            guard info.shape == shape else {
                throw TextEncoderError(
                    .invalidWeights,
                    "tensor \"\(info.name)\" has shape \(info.shape) but the configuration needs \(shape)", path: path)
            }
            let bytes = file.bytes(of: info)
            switch info.dataType {
            case .float32:
                if let base = bytes.baseAddress, Int(bitPattern: base) % MemoryLayout<Float>.alignment == 0 {
                    return WeightMatrix(pointer: base.assumingMemoryBound(to: Float.self), count: info.elementCount)
                }
                let buffer = UnsafeMutablePointer<Float>.allocate(capacity: max(info.elementCount, 1))
                owned.append(buffer)
                for index in 0..<info.elementCount {
                    buffer[index] = Float(bitPattern: bytes.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
                }
                return WeightMatrix(pointer: UnsafePointer(buffer), count: info.elementCount)
            case .float16, .bfloat16:
                let buffer = UnsafeMutablePointer<Float>.allocate(capacity: max(info.elementCount, 1))
                owned.append(buffer)
                let isHalf = info.dataType == .float16
                for index in 0..<info.elementCount {
                    let bits = bytes.loadUnaligned(fromByteOffset: index * 2, as: UInt16.self)
                    buffer[index] = isHalf ? Self.floatFromHalf(bits) : Float(bitPattern: UInt32(bits) << 16)
                }
                return WeightMatrix(pointer: UnsafePointer(buffer), count: info.elementCount)
            default:
                throw TextEncoderError(
                    .invalidWeights,
                    "tensor \"\(info.name)\" has dtype \(info.dataType); supported: F32, F16, BF16", path: path)
            }
        }
        func stack(_ parts: [WeightMatrix]) -> WeightMatrix {
            let count = parts.reduce(0) { $0 + $1.count }
            let buffer = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
            owned.append(buffer)
            var offset = 0
            for part in parts {
                (buffer + offset).update(from: part.pointer, count: part.count)
                offset += part.count
            }
            return WeightMatrix(pointer: UnsafePointer(buffer), count: count)
        }
        do {
            let h = c.hiddenSize
            wordEmbeddings = try load("embeddings.word_embeddings.weight", [c.vocabularySize, h])
            positionEmbeddings = try load("embeddings.position_embeddings.weight", [c.maximumPositions, h])
            typeEmbeddings = try load("embeddings.token_type_embeddings.weight", [c.typeVocabularySize, h])
            embeddingNormWeight = try load("embeddings.LayerNorm.weight", [h], alternative: "embeddings.LayerNorm.gamma")
            embeddingNormBias = try load("embeddings.LayerNorm.bias", [h], alternative: "embeddings.LayerNorm.beta")
            var layers: [Layer] = []
            for index in 0..<c.layerCount {
                let p = "encoder.layer.\(index)."
                let i = c.intermediateSize
                let projections = ["query", "key", "value"]
                layers.append(
                    Layer(
                        queryKeyValue: try stack(projections.map { name throws(TextEncoderError) in
                            try load(p + "attention.self.\(name).weight", [h, h])
                        }),
                        queryKeyValueBias: try stack(projections.map { name throws(TextEncoderError) in
                            try load(p + "attention.self.\(name).bias", [h])
                        }),
                        attentionOutput: try load(p + "attention.output.dense.weight", [h, h]),
                        attentionOutputBias: try load(p + "attention.output.dense.bias", [h]),
                        attentionNormWeight: try load(
                            p + "attention.output.LayerNorm.weight", [h], alternative: p + "attention.output.LayerNorm.gamma"),
                        attentionNormBias: try load(
                            p + "attention.output.LayerNorm.bias", [h], alternative: p + "attention.output.LayerNorm.beta"),
                        intermediate: try load(p + "intermediate.dense.weight", [i, h]),
                        intermediateBias: try load(p + "intermediate.dense.bias", [i]),
                        output: try load(p + "output.dense.weight", [h, i]),
                        outputBias: try load(p + "output.dense.bias", [h]),
                        outputNormWeight: try load(p + "output.LayerNorm.weight", [h], alternative: p + "output.LayerNorm.gamma"),
                        outputNormBias: try load(p + "output.LayerNorm.bias", [h], alternative: p + "output.LayerNorm.beta")))
            }
            self.layers = layers
            self.owned = owned
        } catch {
            for buffer in owned { buffer.deallocate() }
            throw error
        }
    }

    deinit {
        for buffer in owned { buffer.deallocate() }
    }

    /// Converts IEEE half-precision bits to a float (subnormals, infinities and NaN included).
    static func floatFromHalf(_ bits: UInt16) -> Float {
        let sign = UInt32(bits & 0x8000) << 16
        let exponent = UInt32(bits >> 10) & 0x1F
        let mantissa = UInt32(bits & 0x3FF)
        if exponent == 0 {
            // Zero or subnormal: mantissa * 2^-24.
            let magnitude = Float(mantissa) * Float(sign: .plus, exponent: -24, significand: 1)
            return sign != 0 ? -magnitude : magnitude
        }
        if exponent == 0x1F { return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13)) }
        return Float(bitPattern: sign | ((exponent + 112) << 23) | (mantissa << 13))
    }
}
