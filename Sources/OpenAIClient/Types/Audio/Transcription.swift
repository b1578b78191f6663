/// A transcription or translation in `json` or `verbose_json` form.
public struct Transcription: Decodable, Sendable, Hashable {
    /// The text.
    public var text: String
    /// The detected or given language (`verbose_json`).
    public var language: String?
    /// The audio length in seconds (`verbose_json`).
    public var duration: Double?
    /// Segments with timestamps (`verbose_json`).
    public var segments: [Segment]?
    /// Words with timestamps (`verbose_json` with `word` granularity).
    public var words: [Word]?
    /// Billing usage (tokens or seconds), as sent.
    public var usage: JSONValue?

    /// A segment of transcribed audio.
    public struct Segment: Decodable, Sendable, Hashable {
        /// The segment's index.
        public var id: Int
        /// The seek offset.
        public var seek: Int?
        /// Start time in seconds.
        public var start: Double
        /// End time in seconds.
        public var end: Double
        /// The text.
        public var text: String
        /// The token ids.
        public var tokens: [Int]?
        /// The temperature used.
        public var temperature: Double?
        /// The average log probability; below -1 suggests a poor transcription.
        public var avgLogprob: Double?
        /// The compression ratio; above 2.4 suggests a failed decoding.
        public var compressionRatio: Double?
        /// The probability that the segment is silence.
        public var noSpeechProb: Double?

        enum CodingKeys: String, CodingKey {
            case id, seek, start, end, text, tokens, temperature
            case avgLogprob = "avg_logprob"
            case compressionRatio = "compression_ratio"
            case noSpeechProb = "no_speech_prob"
        }
    }

    /// A word with timestamps.
    public struct Word: Decodable, Sendable, Hashable {
        /// The word.
        public var word: String
        /// Start time in seconds.
        public var start: Double
        /// End time in seconds.
        public var end: Double
    }
}
