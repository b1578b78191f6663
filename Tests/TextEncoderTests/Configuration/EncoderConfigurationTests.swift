import Foundation
import Testing

@testable import TextEncoder

@Suite struct EncoderConfigurationTests {
    @Test("Refuses architectures other than BERT, naming what is supported", arguments: ["roberta", "xlm-roberta", "nomic_bert", ""])
    func unsupported(modelType: String) throws {
        let json = #"{"model_type": "\#(modelType)", "hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 4, "intermediate_size": 64, "max_position_embeddings": 64, "vocab_size": 10}"#
        let error = #expect(throws: TextEncoderError.self) { try EncoderConfiguration(json: Data(json.utf8)) }
        #expect(error?.kind == .unsupportedArchitecture)
        #expect(error?.message.contains("bert") == true)
    }

    @Test("Refuses an unsupported folder when opening it")
    func unsupportedFolder() throws {
        let folder = try Fixtures.copy(of: "tiny-mean-f32")
        let config = folder.appendingPathComponent("config.json")
        let text = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(
            of: #""model_type": "bert""#, with: #""model_type": "roberta""#)
        try text.write(to: config, atomically: true, encoding: .utf8)
        let error = #expect(throws: TextEncoderError.self) { try SentenceEncoder(folder: folder) }
        #expect(error?.kind == .unsupportedArchitecture)
    }

    @Test("Refuses impossible values and unknown activations")
    func invalid() {
        let heads = #"{"model_type": "bert", "hidden_size": 30, "num_hidden_layers": 2, "num_attention_heads": 4, "intermediate_size": 64, "max_position_embeddings": 64, "vocab_size": 10}"#
        #expect(throws: TextEncoderError.self) { try EncoderConfiguration(json: Data(heads.utf8)) }
        let activation = #"{"model_type": "bert", "hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 4, "intermediate_size": 64, "max_position_embeddings": 64, "vocab_size": 10, "hidden_act": "swish"}"#
        let error = #expect(throws: TextEncoderError.self) { try EncoderConfiguration(json: Data(activation.utf8)) }
        #expect(error?.kind == .unsupportedArchitecture)
        #expect(throws: TextEncoderError.self) { try EncoderConfiguration(json: Data("[]".utf8)) }
    }

    @Test("Reads a BERT config")
    func reads() throws {
        let configuration = try EncoderConfiguration(contentsOf: Fixtures.model("tiny-last-f16").appendingPathComponent("config.json"))
        #expect(configuration.hiddenSize == 32)
        #expect(configuration.headSize == 8)
        #expect(configuration.hiddenActivation == "gelu_new")
    }
}
