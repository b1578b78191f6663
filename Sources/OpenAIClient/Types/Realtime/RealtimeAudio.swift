import Foundation

/// A Realtime model; an open set.
public struct RealtimeModel: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a model from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `gpt-realtime`.
    public static let gptRealtime = Self(rawValue: "gpt-realtime")
    /// `gpt-realtime-mini`.
    public static let gptRealtimeMini = Self(rawValue: "gpt-realtime-mini")
    /// `gpt-realtime-2`.
    public static let gptRealtime2 = Self(rawValue: "gpt-realtime-2")
    /// `gpt-4o-realtime-preview`.
    public static let gpt4oRealtimePreview = Self(rawValue: "gpt-4o-realtime-preview")
    /// `gpt-4o-mini-realtime-preview`.
    public static let gpt4oMiniRealtimePreview = Self(rawValue: "gpt-4o-mini-realtime-preview")
    /// `gpt-realtime-translate`, for translation sessions.
    public static let gptRealtimeTranslate = Self(rawValue: "gpt-realtime-translate")
}

/// What a Realtime model answers with; an open set.
public struct RealtimeModality: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a modality from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `text`.
    public static let text = Self(rawValue: "text")
    /// `audio` (with a transcript).
    public static let audio = Self(rawValue: "audio")
}

/// An audio encoding of a Realtime session: 24 kHz PCM, G.711 μ-law or G.711 A-law.
public struct RealtimeAudioFormat: Codable, Sendable, Hashable {
    /// The encoding.
    public var type: RealtimeAudioFormatType
    /// The sample rate, `24000` for PCM.
    public var rate: Int?

    /// Creates a format.
    public init(type: RealtimeAudioFormatType, rate: Int? = nil) {
        self.type = type
        self.rate = rate
    }

    /// `audio/pcm` at 24 kHz: 16-bit little-endian mono samples.
    public static let pcm = RealtimeAudioFormat(type: .pcm, rate: 24000)
    /// `audio/pcmu`: G.711 μ-law.
    public static let pcmu = RealtimeAudioFormat(type: .pcmu)
    /// `audio/pcma`: G.711 A-law.
    public static let pcma = RealtimeAudioFormat(type: .pcma)
}

/// The encoding of a ``RealtimeAudioFormat``; an open set.
public struct RealtimeAudioFormatType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates an encoding from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `audio/pcm`.
    public static let pcm = Self(rawValue: "audio/pcm")
    /// `audio/pcmu`.
    public static let pcmu = Self(rawValue: "audio/pcmu")
    /// `audio/pcma`.
    public static let pcma = Self(rawValue: "audio/pcma")
}

/// The audio encoding of the beta session endpoints (`input_audio_format`, `output_audio_format`); an open set.
public struct RealtimeBetaAudioFormat: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates an encoding from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `pcm16`.
    public static let pcm16 = Self(rawValue: "pcm16")
    /// `g711_ulaw`.
    public static let g711ULaw = Self(rawValue: "g711_ulaw")
    /// `g711_alaw`.
    public static let g711ALaw = Self(rawValue: "g711_alaw")
}

/// The voice a Realtime model speaks with: a built-in voice by name, or a custom voice by id.
///
/// ```swift
/// let builtIn: RealtimeVoice = .marin
/// let custom = RealtimeVoice.custom("voice_123")
/// ```
public struct RealtimeVoice: Codable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The built-in voice's name, or the custom voice's id.
    public var rawValue: String
    /// Whether this is a custom voice (sent as `{"id": …}`).
    public var isCustom: Bool

    /// A built-in voice from its name.
    public init(rawValue: String) {
        self.rawValue = rawValue
        self.isCustom = false
    }

    /// A built-in voice from a string literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// A custom voice (``Audio/voices``) by id.
    public static func custom(_ id: String) -> RealtimeVoice {
        var voice = RealtimeVoice(rawValue: id)
        voice.isCustom = true
        return voice
    }

    /// The name or id.
    public var description: String { rawValue }

    /// `alloy`.
    public static let alloy = Self(rawValue: "alloy")
    /// `ash`.
    public static let ash = Self(rawValue: "ash")
    /// `ballad`.
    public static let ballad = Self(rawValue: "ballad")
    /// `coral`.
    public static let coral = Self(rawValue: "coral")
    /// `echo`.
    public static let echo = Self(rawValue: "echo")
    /// `sage`.
    public static let sage = Self(rawValue: "sage")
    /// `shimmer`.
    public static let shimmer = Self(rawValue: "shimmer")
    /// `verse`.
    public static let verse = Self(rawValue: "verse")
    /// `marin`.
    public static let marin = Self(rawValue: "marin")
    /// `cedar`.
    public static let cedar = Self(rawValue: "cedar")

    private struct CustomVoiceID: Codable {
        var id: String
    }

    /// Decodes a name string or a `{"id": …}` object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let name = try? container.decode(String.self) {
            self.init(rawValue: name)
        } else {
            self = .custom(try container.decode(CustomVoiceID.self).id)
        }
    }

    /// Encodes a name string, or a `{"id": …}` object for a custom voice.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if isCustom {
            try container.encode(CustomVoiceID(id: rawValue))
        } else {
            try container.encode(rawValue)
        }
    }
}

/// How a Realtime session transcribes its input audio (the spec's `AudioTranscription`).
public struct RealtimeTranscription: Codable, Sendable, Hashable {
    /// The transcription model.
    public var model: RealtimeTranscriptionModel?
    /// The input language (ISO-639-1, such as `en`).
    public var language: String?
    /// Several expected input languages.
    public var languages: [String]?
    /// Words and phrases the model should expect.
    public var keywords: [String]?
    /// Text that guides the transcription (keywords for `gpt-4o-transcribe`, a style prompt for `whisper-1`).
    public var prompt: String?
    /// How long the model may wait for context before committing text (streaming transcription models).
    public var delay: RealtimeTranscriptionDelay?

    /// Creates transcription settings.
    public init(
        model: RealtimeTranscriptionModel? = nil, language: String? = nil, languages: [String]? = nil, keywords: [String]? = nil,
        prompt: String? = nil, delay: RealtimeTranscriptionDelay? = nil
    ) {
        self.model = model
        self.language = language
        self.languages = languages
        self.keywords = keywords
        self.prompt = prompt
        self.delay = delay
    }
}

/// A Realtime transcription model; an open set.
public struct RealtimeTranscriptionModel: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a model from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `whisper-1`.
    public static let whisper1 = Self(rawValue: "whisper-1")
    /// `gpt-4o-transcribe`.
    public static let gpt4oTranscribe = Self(rawValue: "gpt-4o-transcribe")
    /// `gpt-4o-mini-transcribe`.
    public static let gpt4oMiniTranscribe = Self(rawValue: "gpt-4o-mini-transcribe")
    /// `gpt-4o-transcribe-diarize`.
    public static let gpt4oTranscribeDiarize = Self(rawValue: "gpt-4o-transcribe-diarize")
    /// `gpt-realtime-whisper`.
    public static let gptRealtimeWhisper = Self(rawValue: "gpt-realtime-whisper")
}

/// How long a streaming transcription model may wait for context; an open set.
public struct RealtimeTranscriptionDelay: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a delay from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `minimal`.
    public static let minimal = Self(rawValue: "minimal")
    /// `low`.
    public static let low = Self(rawValue: "low")
    /// `medium`.
    public static let medium = Self(rawValue: "medium")
    /// `high`.
    public static let high = Self(rawValue: "high")
    /// `xhigh`.
    public static let xhigh = Self(rawValue: "xhigh")
}

/// Noise reduction of the input audio, for a near (headset) or far (laptop, room) microphone.
public struct RealtimeNoiseReduction: Codable, Sendable, Hashable {
    /// The microphone kind.
    public var type: RealtimeNoiseReductionType

    /// Creates noise reduction settings.
    public init(type: RealtimeNoiseReductionType) { self.type = type }

    /// `near_field`: a headset.
    public static let nearField = RealtimeNoiseReduction(type: .nearField)
    /// `far_field`: a laptop or conference room microphone.
    public static let farField = RealtimeNoiseReduction(type: .farField)
}

/// The microphone kind of ``RealtimeNoiseReduction``; an open set.
public struct RealtimeNoiseReductionType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a kind from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `near_field`.
    public static let nearField = Self(rawValue: "near_field")
    /// `far_field`.
    public static let farField = Self(rawValue: "far_field")
}

/// Voice activity detection: when the server decides the user started and stopped speaking. ``disabled`` sends
/// `null`, for push-to-talk (commit the input buffer and create responses yourself).
///
/// ```swift
/// let vad = RealtimeTurnDetection.serverVAD(threshold: 0.6, silenceDurationMs: 500)
/// let semantic = RealtimeTurnDetection.semanticVAD(eagerness: .low)
/// ```
public struct RealtimeTurnDetection: Codable, Sendable, Hashable {
    /// `server_vad` or `semantic_vad`; `nil` for ``disabled``.
    public var type: RealtimeTurnDetectionType?
    /// The activation threshold, 0 to 1 (`server_vad`).
    public var threshold: Double?
    /// Audio kept before detected speech, in milliseconds (`server_vad`).
    public var prefixPaddingMs: Int?
    /// The silence that ends speech, in milliseconds (`server_vad`).
    public var silenceDurationMs: Int?
    /// Silence after which the server prompts the user, in milliseconds (`server_vad`).
    public var idleTimeoutMs: Int?
    /// How soon the model answers (`semantic_vad`).
    public var eagerness: RealtimeEagerness?
    /// Whether a response is created when speech stops.
    public var createResponse: Bool?
    /// Whether speech interrupts the response being spoken.
    public var interruptResponse: Bool?

    /// Creates turn detection settings.
    public init(
        type: RealtimeTurnDetectionType?, threshold: Double? = nil, prefixPaddingMs: Int? = nil, silenceDurationMs: Int? = nil,
        idleTimeoutMs: Int? = nil, eagerness: RealtimeEagerness? = nil, createResponse: Bool? = nil, interruptResponse: Bool? = nil
    ) {
        self.type = type
        self.threshold = threshold
        self.prefixPaddingMs = prefixPaddingMs
        self.silenceDurationMs = silenceDurationMs
        self.idleTimeoutMs = idleTimeoutMs
        self.eagerness = eagerness
        self.createResponse = createResponse
        self.interruptResponse = interruptResponse
    }

    /// Volume-based detection.
    public static func serverVAD(
        threshold: Double? = nil, prefixPaddingMs: Int? = nil, silenceDurationMs: Int? = nil, idleTimeoutMs: Int? = nil,
        createResponse: Bool? = nil, interruptResponse: Bool? = nil
    ) -> RealtimeTurnDetection {
        RealtimeTurnDetection(type: .serverVAD, threshold: threshold, prefixPaddingMs: prefixPaddingMs, silenceDurationMs: silenceDurationMs,
                              idleTimeoutMs: idleTimeoutMs, createResponse: createResponse, interruptResponse: interruptResponse)
    }

    /// Detection by a model that judges whether the user has finished.
    public static func semanticVAD(eagerness: RealtimeEagerness? = nil, createResponse: Bool? = nil, interruptResponse: Bool? = nil) -> RealtimeTurnDetection {
        RealtimeTurnDetection(type: .semanticVAD, eagerness: eagerness, createResponse: createResponse, interruptResponse: interruptResponse)
    }

    /// No turn detection (sent as `null`).
    public static let disabled = RealtimeTurnDetection(type: nil)

    enum CodingKeys: String, CodingKey {
        case type, threshold, eagerness
        case prefixPaddingMs = "prefix_padding_ms"
        case silenceDurationMs = "silence_duration_ms"
        case idleTimeoutMs = "idle_timeout_ms"
        case createResponse = "create_response"
        case interruptResponse = "interrupt_response"
    }

    /// Encodes the settings, or `null` for ``disabled``.
    public func encode(to encoder: any Encoder) throws {
        guard let type else {
            var container = encoder.singleValueContainer()
            return try container.encodeNil()
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(threshold, forKey: .threshold)
        try container.encodeIfPresent(prefixPaddingMs, forKey: .prefixPaddingMs)
        try container.encodeIfPresent(silenceDurationMs, forKey: .silenceDurationMs)
        try container.encodeIfPresent(idleTimeoutMs, forKey: .idleTimeoutMs)
        try container.encodeIfPresent(eagerness, forKey: .eagerness)
        try container.encodeIfPresent(createResponse, forKey: .createResponse)
        try container.encodeIfPresent(interruptResponse, forKey: .interruptResponse)
    }
}

/// The kind of ``RealtimeTurnDetection``; an open set.
public struct RealtimeTurnDetectionType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a kind from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `server_vad`.
    public static let serverVAD = Self(rawValue: "server_vad")
    /// `semantic_vad`.
    public static let semanticVAD = Self(rawValue: "semantic_vad")
}

/// How soon a `semantic_vad` model answers; an open set.
public struct RealtimeEagerness: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `low`: waits longer.
    public static let low = Self(rawValue: "low")
    /// `medium`.
    public static let medium = Self(rawValue: "medium")
    /// `high`: answers soonest.
    public static let high = Self(rawValue: "high")
    /// `auto`, the default.
    public static let auto = Self(rawValue: "auto")
}

/// A Realtime session's audio: input (format, transcription, noise reduction, turn detection) and output (format,
/// voice, speed).
public struct RealtimeAudioConfiguration: Codable, Sendable, Hashable {
    /// The input audio settings.
    public var input: RealtimeAudioInput?
    /// The output audio settings (not for transcription sessions).
    public var output: RealtimeAudioOutput?

    /// Creates audio settings.
    public init(input: RealtimeAudioInput? = nil, output: RealtimeAudioOutput? = nil) {
        self.input = input
        self.output = output
    }
}

/// A Realtime session's input audio settings.
public struct RealtimeAudioInput: Codable, Sendable, Hashable {
    /// The encoding of the audio you send.
    public var format: RealtimeAudioFormat?
    /// How the input is transcribed; off by default.
    public var transcription: RealtimeTranscription?
    /// Noise reduction; off by default.
    public var noiseReduction: RealtimeNoiseReduction?
    /// Voice activity detection; ``RealtimeTurnDetection/disabled`` for push-to-talk.
    public var turnDetection: RealtimeTurnDetection?

    /// Creates input settings.
    public init(
        format: RealtimeAudioFormat? = nil, transcription: RealtimeTranscription? = nil, noiseReduction: RealtimeNoiseReduction? = nil,
        turnDetection: RealtimeTurnDetection? = nil
    ) {
        self.format = format
        self.transcription = transcription
        self.noiseReduction = noiseReduction
        self.turnDetection = turnDetection
    }

    enum CodingKeys: String, CodingKey {
        case format, transcription
        case noiseReduction = "noise_reduction"
        case turnDetection = "turn_detection"
    }
}

/// A Realtime session's output audio settings.
public struct RealtimeAudioOutput: Codable, Sendable, Hashable {
    /// The encoding of the audio the model sends.
    public var format: RealtimeAudioFormat?
    /// The voice; fixed once the model has spoken in the session.
    public var voice: RealtimeVoice?
    /// The speaking rate, 0.25 to 1.5.
    public var speed: Double?

    /// Creates output settings.
    public init(format: RealtimeAudioFormat? = nil, voice: RealtimeVoice? = nil, speed: Double? = nil) {
        self.format = format
        self.voice = voice
        self.speed = speed
    }
}
