import Foundation

/// One event of a streamed transcription: text deltas, segments (diarization), then the whole text.
///
/// ```swift
/// for try await event in try await client.audio.transcriptions.createStream(request) {
///     if event.type == .textDelta { print(event.delta ?? "", terminator: "") }
/// }
/// ```
public struct TranscriptionStreamEvent: Decodable, Sendable, Hashable {
    /// The event type, such as ``TranscriptionStreamEventType/textDelta``.
    public var type: TranscriptionStreamEventType
    /// New text, on `transcript.text.delta`.
    public var delta: String?
    /// The whole text (on `transcript.text.done`) or a segment's text.
    public var text: String?
    /// A segment's id, or the segment a delta belongs to.
    public var segmentID: String?
    /// A segment's speaker label (diarization).
    public var speaker: String?
    /// A segment's start, in seconds.
    public var start: Double?
    /// A segment's end, in seconds.
    public var end: Double?
    /// Token log probabilities, when included, as sent.
    public var logprobs: JSONValue?
    /// Usage, on `transcript.text.done`, as sent.
    public var usage: JSONValue?

    enum CodingKeys: String, CodingKey {
        case type, delta, text, speaker, start, end, logprobs, usage, id
        case segmentID = "segment_id"
    }

    /// Decodes an event; a segment's `id` and a delta's `segment_id` both land in ``segmentID``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(TranscriptionStreamEventType.self, forKey: .type)
        delta = try container.decodeIfPresent(String.self, forKey: .delta)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        segmentID = try container.decodeIfPresent(String.self, forKey: .segmentID) ?? container.decodeIfPresent(String.self, forKey: .id)
        speaker = try container.decodeIfPresent(String.self, forKey: .speaker)
        start = try container.decodeIfPresent(Double.self, forKey: .start)
        end = try container.decodeIfPresent(Double.self, forKey: .end)
        logprobs = try container.decodeIfPresent(JSONValue.self, forKey: .logprobs)
        usage = try container.decodeIfPresent(JSONValue.self, forKey: .usage)
    }
}

/// The type of a ``TranscriptionStreamEvent``; unknown types decode and round-trip unchanged.
public struct TranscriptionStreamEventType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `transcript.text.delta`.
    public static let textDelta = Self(rawValue: "transcript.text.delta")
    /// `transcript.text.segment`.
    public static let textSegment = Self(rawValue: "transcript.text.segment")
    /// `transcript.text.done`.
    public static let textDone = Self(rawValue: "transcript.text.done")
}

/// One event of speech streamed as server-sent events: base64 audio deltas, then usage.
public struct SpeechStreamEvent: Decodable, Sendable, Hashable {
    /// The event type, such as ``SpeechStreamEventType/audioDelta``.
    public var type: SpeechStreamEventType
    /// A chunk of audio, base64-encoded, on `speech.audio.delta`.
    public var audio: String?
    /// Usage, on `speech.audio.done`, as sent.
    public var usage: JSONValue?

    /// The decoded audio bytes of a delta.
    public var audioData: Data? { audio.flatMap { Data(base64Encoded: $0) } }

    enum CodingKeys: String, CodingKey { case type, audio, usage }
}

/// The type of a ``SpeechStreamEvent``; unknown types decode and round-trip unchanged.
public struct SpeechStreamEventType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `speech.audio.delta`.
    public static let audioDelta = Self(rawValue: "speech.audio.delta")
    /// `speech.audio.done`.
    public static let audioDone = Self(rawValue: "speech.audio.done")
}
