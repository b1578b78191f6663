import Foundation
import TestSupport
import Testing

@testable import TextEncoder

/// The committed fixtures: tiny random models in Hub layout and reference outputs from sentence-transformers
/// (made by scripts/make-encoder-fixtures.py).
enum Fixtures {
    /// The fixtures folder.
    static let folder: URL = {
        if let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) { return url }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
    }()

    /// The tiny model variants.
    static let variants = ["tiny-mean-f32", "tiny-cls-bf16", "tiny-last-f16", "tiny-long-cased"]

    /// A variant's model folder.
    static func model(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The reference outputs of the tiny variants.
    static let references: References = load("references.json")

    /// The reference outputs of all-MiniLM-L6-v2.
    static let miniLM: VariantReference = load("minilm-references.json")

    /// The all-MiniLM-L6-v2 folder from `RAGKIT_MINILM_DIR` (scripts/fetch-minilm.sh prints it), if set.
    static let miniLMFolder: URL? = {
        guard let path = ProcessInfo.processInfo.environment["RAGKIT_MINILM_DIR"], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path)
    }()

    /// Whether tests that need extras must run (CI sets `RAGKIT_REQUIRE_EXTRAS=1`): then they fail, not skip,
    /// when the extras are missing.
    static let extrasRequired = TestExtras.required

    /// This test process's temporary folders, removed when the process exits.
    private static let temporaryRoot: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("TextEncoderTests-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: Fixtures.temporaryRoot) }
        return url
    }()

    /// A fresh temporary folder (under ``temporaryRoot``).
    static func temporaryFolder() throws -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a variant to a temporary folder for tests that damage it.
    static func copy(of variant: String) throws -> URL {
        let target = try temporaryFolder().appendingPathComponent(variant)
        try FileManager.default.copyItem(at: model(variant), to: target)
        return target
    }

    private static func load<T: Decodable>(_ name: String) -> T {
        do {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            fatalError("cannot load fixture \(name): \(error)")
        }
    }
}

/// `references.json`.
struct References: Decodable {
    var texts: [String]
    var tokenTexts: [String]
    var variants: [String: VariantReference]

    enum CodingKeys: String, CodingKey {
        case texts
        case tokenTexts = "token_texts"
        case variants
    }
}

/// Reference outputs of one model.
struct VariantReference: Decodable {
    var documents: [[Float]]
    var queries: [[Float]]?
    var tokenIDs: [[Int32]]
    var tokenCounts: [Int]
    var maximumSequenceLength: Int
    var texts: [String]?
    var tokenTexts: [String]?

    enum CodingKeys: String, CodingKey {
        case documents, queries, texts
        case tokenIDs = "token_ids"
        case tokenCounts = "token_counts"
        case maximumSequenceLength = "max_seq_length"
        case tokenTexts = "token_texts"
    }
}

/// The cosine similarity of two vectors (0 when either is zero).
func cosine(_ a: [Float], _ b: [Float]) -> Double {
    var dot = 0.0, aa = 0.0, bb = 0.0
    for (x, y) in zip(a, b) {
        dot += Double(x) * Double(y)
        aa += Double(x) * Double(x)
        bb += Double(y) * Double(y)
    }
    return aa == 0 || bb == 0 ? 0 : dot / (aa.squareRoot() * bb.squareRoot())
}

/// Expects every vector to match its reference with cosine ≥ 0.9999.
func expectParity(
    _ vectors: [[Float]], _ references: [[Float]], texts: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(vectors.count == references.count, sourceLocation: sourceLocation)
    for (index, (vector, reference)) in zip(vectors, references).enumerated() {
        #expect(vector.count == reference.count, sourceLocation: sourceLocation)
        let similarity = cosine(vector, reference)
        #expect(similarity >= 0.9999, "text \(index) \(texts[index].prefix(40).debugDescription): cosine \(similarity)",
            sourceLocation: sourceLocation)
    }
}
