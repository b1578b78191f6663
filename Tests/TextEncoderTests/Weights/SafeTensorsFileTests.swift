import Foundation
import Testing

@testable import TextEncoder

@Suite struct SafeTensorsFileTests {
    /// A safetensors file with the given JSON header and data bytes.
    private func write(header: String, data: [UInt8] = [], declaredLength: UInt64? = nil) throws -> URL {
        let url = try Fixtures.temporaryFolder().appendingPathComponent("model.safetensors")
        let headerBytes = Array(header.utf8)
        var length = declaredLength ?? UInt64(headerBytes.count)
        var bytes = withUnsafeBytes(of: &length) { Array($0) }
        bytes += headerBytes + data
        try Data(bytes).write(to: url)
        return url
    }

    @Test("Maps tensors and reads float32 in place")
    func valid() throws {
        let url = try write(
            header: #"{"__metadata__": {"format": "pt"}, "a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}"#,
            data: [0, 0, 128, 63, 0, 0, 0, 64])
        let file = try SafeTensorsFile(contentsOf: url)
        let tensor = try #require(file.tensors["a"])
        #expect(tensor.shape == [2])
        #expect(file.metadata["format"] == "pt")
        #expect(Array(file.bytes(of: tensor)) == [0, 0, 128, 63, 0, 0, 0, 64])
    }

    @Test("Refuses damaged files with a clear error", arguments: [
        ("shorter than its header length", #"{}"#, UInt64(1_000_000)),
        ("header not JSON", #"{not json"#, nil),
        ("offsets past the end", #"{"a": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}"#, nil),
        ("size and shape disagree", #"{"a": {"dtype": "F32", "shape": [3], "data_offsets": [0, 8]}}"#, nil),
        ("unknown dtype", #"{"a": {"dtype": "Q4", "shape": [2], "data_offsets": [0, 8]}}"#, nil),
        ("negative offsets", #"{"a": {"dtype": "F32", "shape": [2], "data_offsets": [8, 0]}}"#, nil),
    ] as [(String, String, UInt64?)])
    func damaged(reason: String, header: String, declaredLength: UInt64?) throws {
        let url = try write(header: header, data: [UInt8](repeating: 0, count: 8), declaredLength: declaredLength)
        let error = #expect(throws: TextEncoderError.self, "\(reason)") { try SafeTensorsFile(contentsOf: url) }
        #expect(error?.kind == .invalidWeights)
    }

    @Test("Refuses a file shorter than 8 bytes and a missing file")
    func tooShort() throws {
        let url = try Fixtures.temporaryFolder().appendingPathComponent("model.safetensors")
        try Data([1, 2, 3]).write(to: url)
        #expect(throws: TextEncoderError.self) { try SafeTensorsFile(contentsOf: url) }
        let missing = #expect(throws: TextEncoderError.self) {
            try SafeTensorsFile(contentsOf: url.deletingLastPathComponent().appendingPathComponent("none"))
        }
        #expect(missing?.kind == .missingFile)
    }

    @Test("Refuses a truncated model file")
    func truncatedModel() throws {
        let folder = try Fixtures.copy(of: "tiny-mean-f32")
        let url = folder.appendingPathComponent("model.safetensors")
        let data = try Data(contentsOf: url)
        try data.prefix(data.count / 2).write(to: url)
        let error = #expect(throws: TextEncoderError.self) { try SentenceEncoder(folder: folder) }
        #expect(error?.kind == .invalidWeights)
    }

    @Test("Refuses weights whose shapes disagree with config.json")
    func shapeMismatch() throws {
        let folder = try Fixtures.copy(of: "tiny-mean-f32")
        let config = folder.appendingPathComponent("config.json")
        let text = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(
            of: #""intermediate_size": 64"#, with: #""intermediate_size": 128"#)
        try text.write(to: config, atomically: true, encoding: .utf8)
        let error = #expect(throws: TextEncoderError.self) { try SentenceEncoder(folder: folder) }
        #expect(error?.kind == .invalidWeights)
        #expect(error?.message.contains("intermediate.dense.weight") == true)
    }

    @Test("Refuses weights of a non-float dtype")
    func wrongDataType() throws {
        let url = try write(header: #"{"a": {"dtype": "I32", "shape": [2], "data_offsets": [0, 8]}}"#, data: [UInt8](repeating: 0, count: 8))
        let file = try SafeTensorsFile(contentsOf: url)
        let configuration = try EncoderConfiguration(
            hiddenSize: 2, layerCount: 1, attentionHeadCount: 1, intermediateSize: 2, maximumPositions: 2, vocabularySize: 1)
        let error = #expect(throws: TextEncoderError.self) { try BERTWeights(file: file, configuration: configuration) }
        #expect(error?.kind == .invalidWeights)
    }

    @Test("Converts half floats")
    func halfFloats() {
        #expect(BERTWeights.floatFromHalf(0x3C00) == 1)
        #expect(BERTWeights.floatFromHalf(0xC000) == -2)
        #expect(BERTWeights.floatFromHalf(0x0001) == Float(sign: .plus, exponent: -24, significand: 1))
        #expect(BERTWeights.floatFromHalf(0x7C00) == .infinity)
        #expect(BERTWeights.floatFromHalf(0x8000) == 0)
    }
}
