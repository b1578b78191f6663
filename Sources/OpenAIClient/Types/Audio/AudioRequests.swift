/// The body of `POST /audio/speech`.
///
/// ```swift
/// var request = CreateSpeechRequest(model: "gpt-4o-mini-tts", input: "Hello there.", voice: .alloy)
/// request.responseFormat = .wav
/// ```
public struct CreateSpeechRequest: Encodable, Sendable, Hashable {
    /// `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`…
    public var model: String
    /// The text, at most 4096 characters.
    public var input: String
    /// The voice.
    public var voice: SpeechVoice
    /// Tone and style instructions (not for `tts-1`/`tts-1-hd`).
    public var instructions: String?
    /// The audio encoding; `mp3` by default on the API side.
    public var responseFormat: SpeechResponseFormat?
    /// Speed, 0.25 to 4; 1 by default on the API side.
    public var speed: Double?
    /// `audio` (raw bytes, the default) or `sse` (events); set to `sse` by ``Speech/createStream(_:options:)``.
    public var streamFormat: SpeechStreamFormat?

    /// Creates a request.
    public init(model: String, input: String, voice: SpeechVoice, instructions: String? = nil, responseFormat: SpeechResponseFormat? = nil, speed: Double? = nil) {
        self.model = model
        self.input = input
        self.voice = voice
        self.instructions = instructions
        self.responseFormat = responseFormat
        self.speed = speed
    }

    enum CodingKeys: String, CodingKey {
        case model, input, voice, instructions, speed
        case responseFormat = "response_format"
        case streamFormat = "stream_format"
    }
}

/// A text-to-speech voice; an open set.
public struct SpeechVoice: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a voice from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `alloy`.
    public static let alloy = Self(rawValue: "alloy")
    /// `ash`.
    public static let ash = Self(rawValue: "ash")
    /// `coral`.
    public static let coral = Self(rawValue: "coral")
    /// `echo`.
    public static let echo = Self(rawValue: "echo")
    /// `fable`.
    public static let fable = Self(rawValue: "fable")
    /// `nova`.
    public static let nova = Self(rawValue: "nova")
    /// `onyx`.
    public static let onyx = Self(rawValue: "onyx")
    /// `sage`.
    public static let sage = Self(rawValue: "sage")
    /// `shimmer`.
    public static let shimmer = Self(rawValue: "shimmer")
}

/// A speech audio encoding; an open set.
public struct SpeechResponseFormat: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a format from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `mp3`.
    public static let mp3 = Self(rawValue: "mp3")
    /// `opus`.
    public static let opus = Self(rawValue: "opus")
    /// `aac`.
    public static let aac = Self(rawValue: "aac")
    /// `flac`.
    public static let flac = Self(rawValue: "flac")
    /// `wav`.
    public static let wav = Self(rawValue: "wav")
    /// `pcm` (24 kHz, 16-bit, mono, little-endian, no header).
    public static let pcm = Self(rawValue: "pcm")
}

/// The output format of transcriptions and translations; an open set.
public struct AudioResponseFormat: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a format from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `json`: the text.
    public static let json = Self(rawValue: "json")
    /// `verbose_json`: the text, language, duration, segments and (on request) words.
    public static let verboseJSON = Self(rawValue: "verbose_json")
    /// `text`: plain text.
    public static let text = Self(rawValue: "text")
    /// `srt`: SubRip subtitles.
    public static let srt = Self(rawValue: "srt")
    /// `vtt`: WebVTT subtitles.
    public static let vtt = Self(rawValue: "vtt")

    /// Whether the response is JSON (`json`, `verbose_json`) rather than text.
    public var isJSON: Bool { self == .json || self == .verboseJSON }
}

/// A timestamp granularity of verbose transcriptions; an open set.
public struct TimestampGranularity: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a granularity from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `word`.
    public static let word = Self(rawValue: "word")
    /// `segment`.
    public static let segment = Self(rawValue: "segment")
}

/// The form of `POST /audio/transcriptions` (speech to text in its language) and, without ``language`` and
/// ``timestampGranularities``, of `POST /audio/translations` (speech to English text).
public struct CreateTranscriptionRequest: Sendable, Hashable {
    /// The audio: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm, at most 25 MB.
    public var file: FormFile
    /// `whisper-1`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe`…
    public var model: String
    /// The input language as ISO-639-1, such as `en` (transcriptions only).
    public var language: String?
    /// Text to guide style or continue a previous segment.
    public var prompt: String?
    /// The output format; `json` when `nil`.
    public var responseFormat: AudioResponseFormat?
    /// Sampling temperature, 0 to 1; 0 by default on the API side.
    public var temperature: Double?
    /// `word` and/or `segment` timestamps, with `verbose_json` (transcriptions only).
    public var timestampGranularities: [TimestampGranularity]?
    /// Extra output, such as ``TranscriptionInclude/logprobs`` (transcriptions with `json` only).
    public var include: [TranscriptionInclude]?
    /// How the audio is cut into chunks: `auto` or server VAD settings (transcriptions only); one block when `nil`.
    public var chunkingStrategy: TranscriptionChunkingStrategy?
    /// Set by ``Transcriptions/createStream(_:options:)``; leave `nil`.
    public var stream: Bool?

    /// Creates a request.
    public init(
        file: FormFile, model: String, language: String? = nil, prompt: String? = nil,
        responseFormat: AudioResponseFormat? = nil, temperature: Double? = nil, timestampGranularities: [TimestampGranularity]? = nil
    ) {
        self.file = file
        self.model = model
        self.language = language
        self.prompt = prompt
        self.responseFormat = responseFormat
        self.temperature = temperature
        self.timestampGranularities = timestampGranularities
    }

    func form(defaultFormat: AudioResponseFormat) -> MultipartBody {
        var form = MultipartBody()
        form.append(name: "file", file: file)
        form.append(name: "model", value: model)
        form.append(name: "language", language)
        form.append(name: "prompt", prompt)
        form.append(name: "response_format", value: (responseFormat ?? defaultFormat).rawValue)
        form.append(name: "temperature", temperature)
        for granularity in timestampGranularities ?? [] {
            form.append(name: "timestamp_granularities[]", value: granularity.rawValue)
        }
        for item in include ?? [] {
            form.append(name: "include[]", value: item.rawValue)
        }
        if let chunkingStrategy { form.append(name: "chunking_strategy", value: chunkingStrategy.formValue) }
        form.append(name: "stream", stream)
        return form
    }
}

/// The form of `POST /audio/translations`.
public typealias CreateTranslationRequest = CreateTranscriptionRequest

/// How a speech response is delivered.
public struct SpeechStreamFormat: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `audio`: the raw audio bytes.
    public static let audio = Self(rawValue: "audio")
    /// `sse`: server-sent events carrying base64 audio.
    public static let sse = Self(rawValue: "sse")
}

/// Extra output a transcription can include.
public struct TranscriptionInclude: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `logprobs`: token log probabilities.
    public static let logprobs = Self(rawValue: "logprobs")
}

/// How a transcription cuts audio into chunks: `auto`, or voice activity detection with your settings.
public enum TranscriptionChunkingStrategy: Sendable, Hashable {
    /// `auto`: loudness normalisation, then server VAD.
    case auto
    /// `server_vad` with these settings (`nil` leaves the server's default).
    case serverVAD(prefixPaddingMs: Int? = nil, silenceDurationMs: Int? = nil, threshold: Double? = nil)

    /// The form field value: `auto`, or the VAD object as JSON text.
    var formValue: String {
        switch self {
        case .auto: return "auto"
        case .serverVAD(let prefix, let silence, let threshold):
            var object: [String: JSONValue] = ["type": "server_vad"]
            if let prefix { object["prefix_padding_ms"] = .integer(prefix) }
            if let silence { object["silence_duration_ms"] = .integer(silence) }
            if let threshold { object["threshold"] = .number(threshold) }
            return (try? JSONBody.encoder().encode(JSONValue.object(object))).map { String(decoding: $0, as: UTF8.self) } ?? "auto"
        }
    }
}
