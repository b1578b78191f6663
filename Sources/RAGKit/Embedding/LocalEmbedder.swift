import Foundation

/// An offline, deterministic embedder: hashed word unigrams, word bigrams and character n-grams.
///
/// It is honest about what it is: lexical similarity, no learned semantics. Each text becomes a
/// bag of features (words, adjacent word pairs, and the 3- and 4-character grams of every word
/// with boundary marks, so `rotate` and `rotation` overlap), counted with sublinear term
/// frequency `1 + ln(tf)`, hashed with a sign into ``dimensions`` buckets and L2-normalised.
/// Queries are weighted by inverse document frequency from the index's keyword statistics, so
/// rare words count more, while stored vectors never go stale as the corpus grows.
///
/// ```swift
/// let embedder = LocalEmbedder()                 // 512 dimensions
/// let vectors = try await embedder.embed(["How do I rotate the logs?"])
/// ```
public struct LocalEmbedder: Embedder {
    /// The model name recorded in an index: `"ragkit-local-hash-v1"`.
    public static let modelName = "ragkit-local-hash-v1"

    /// The model name, ``modelName``.
    public var model: String { Self.modelName }
    /// The vector dimensions.
    public let dimensions: Int
    /// Generous limits: the work is local, batches only bound memory and spread work over cores.
    public var limits: EmbeddingLimits {
        EmbeddingLimits(maxInputsPerRequest: 256, maxTokensPerRequest: 1_000_000, maxTokensPerInput: 1_000_000)
    }

    /// Creates a local embedder.
    /// - Parameter dimensions: The number of hash buckets (default 512; at least 16).
    public init(dimensions: Int = 512) {
        self.dimensions = max(16, dimensions)
    }

    /// Embeds texts, one vector per text.
    public func embed(_ texts: [String]) async throws -> [[Float]] {
        try Task.checkCancellation()
        return texts.map { vector(for: $0) }
    }

    /// Embeds a query, weighting each word's features by its inverse document frequency
    /// `ln((N + 1) / (df + 1)) + 1` when statistics are given.
    public func embedQuery(_ query: String, statistics: (any TermStatistics)?) async throws -> [Float] {
        let words = WordScanner.words(in: query)
        guard let statistics, statistics.documentCount > 0 else { return vector(words: words, raw: query) { _ in 1 } }
        let frequencies = statistics.documentFrequencies(of: Array(Set(words)))
        let total = Double(statistics.documentCount)
        return vector(words: words, raw: query) { word in
            Float(log((total + 1) / (Double(frequencies[word] ?? 0) + 1)) + 1)
        }
    }

    /// The vector of one text, without query weighting.
    public func vector(for text: String) -> [Float] {
        vector(words: WordScanner.words(in: text), raw: text) { _ in 1 }
    }

    private func vector(words: [String], raw: String, weight: (String) -> Float) -> [Float] {
        var features = FeatureCounts()
        var previous: String?
        var previousWeight: Float = 0
        for word in words {
            let wordWeight = weight(word)
            features.add(FeatureHash.word(word), weight: wordWeight)
            if let previous {
                features.add(FeatureHash.bigram(previous, word), weight: 0.5 * (wordWeight + previousWeight) / 2)
            }
            FeatureHash.characterGrams(of: word) { features.add($0, weight: 0.2 * wordWeight) }
            previous = word
            previousWeight = wordWeight
        }
        if features.isEmpty, !raw.isEmpty {
            // Text with no words at all (punctuation, symbols) still needs a non-zero vector.
            features.add(FeatureHash.raw(raw), weight: 1)
        }
        return features.hashed(into: dimensions)
    }
}

/// Accumulated features of one text: hash → (count, weight), summed in the order the features first appeared.
///
/// A dictionary's iteration order depends on where its storage happens to be allocated, and float sums depend on
/// their order, so summing in dictionary order made the same text's vector differ in the last bits from call to call.
struct FeatureCounts {
    /// Each feature once, in first-seen order, with the weight it first came with.
    private var features: [(hash: UInt64, count: Float, weight: Float)] = []
    /// Where each feature sits in `features`.
    private var positions: [UInt64: Int] = [:]

    var isEmpty: Bool { features.isEmpty }

    mutating func add(_ hash: UInt64, weight: Float) {
        if let position = positions[hash] {
            features[position].count += 1
        } else {
            positions[hash] = features.count
            features.append((hash, 1, weight))
        }
    }

    func hashed(into dimensions: Int) -> [Float] {
        var vector = [Float](repeating: 0, count: dimensions)
        for feature in features {
            let value = feature.weight * (1 + log(feature.count))
            let bucket = Int(feature.hash % UInt64(dimensions))
            vector[bucket] += (feature.hash >> 63) == 0 ? value : -value
        }
        var norm: Float = 0
        for value in vector { norm += value * value }
        guard norm > 0 else { return vector }
        let scale = 1 / norm.squareRoot()
        for index in vector.indices { vector[index] *= scale }
        return vector
    }
}

/// Stable 64-bit feature hashes (FNV-1a, then a SplitMix64 finaliser for uniform buckets).
enum FeatureHash {
    static func word(_ word: String) -> UInt64 { hash(prefix: 0x77, word.utf8) }
    static func bigram(_ first: String, _ second: String) -> UInt64 {
        hash(prefix: 0x62, Array(first.utf8) + [0x20] + Array(second.utf8))
    }
    static func raw(_ text: String) -> UInt64 { hash(prefix: 0x72, text.utf8) }

    /// Calls `body` with the hash of every 3- and 4-gram of `<word>` (boundary-marked, by scalar).
    static func characterGrams(of word: String, _ body: (UInt64) -> Void) {
        var scalars: [UInt32] = [0x3C]
        for scalar in word.unicodeScalars { scalars.append(scalar.value) }
        scalars.append(0x3E)
        for length in 3...4 where scalars.count >= length {
            for start in 0...(scalars.count - length) {
                var state: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(length)
                for scalar in scalars[start..<(start + length)] {
                    state = (state ^ UInt64(scalar)) &* 0x100_0000_01b3
                }
                body(finalize(state))
            }
        }
    }

    private static func hash<Bytes: Sequence<UInt8>>(prefix: UInt8, _ bytes: Bytes) -> UInt64 {
        var state: UInt64 = (0xcbf2_9ce4_8422_2325 ^ UInt64(prefix)) &* 0x100_0000_01b3
        for byte in bytes { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return finalize(state)
    }

    private static func finalize(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
