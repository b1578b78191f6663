import Foundation

/// How long a Realtime client secret lives, counted from its creation.
public struct RealtimeClientSecretExpiration: Codable, Sendable, Hashable {
    /// The time counted from, `created_at`.
    public var anchor: String
    /// Seconds after the anchor, 10 to 7200 (600 by default).
    public var seconds: Int

    /// Creates an expiration `seconds` after creation.
    public init(seconds: Int, anchor: String = "created_at") {
        self.anchor = anchor
        self.seconds = seconds
    }
}

/// The body of ``RealtimeClientSecrets/create(_:options:)``.
public struct CreateRealtimeClientSecretRequest: Encodable, Sendable, Hashable {
    /// The session settings bound to the secret; a client's `session.update` may still change them.
    public var session: RealtimeSessionRequest?
    /// How long the secret lives; 10 minutes by default.
    public var expiresAfter: RealtimeClientSecretExpiration?

    /// Creates a request.
    public init(session: RealtimeSessionRequest? = nil, expiresAfter: RealtimeClientSecretExpiration? = nil) {
        self.session = session
        self.expiresAfter = expiresAfter
    }

    enum CodingKeys: String, CodingKey {
        case session
        case expiresAfter = "expires_after"
    }
}

/// A short-lived Realtime client secret (`ek_…`) for a browser or mobile app, and the session it configures.
public struct RealtimeClientSecret: Decodable, Sendable, Hashable {
    /// The secret, sent by the app as `Authorization: Bearer ek_…`.
    public var value: String
    /// When it expires (Unix seconds).
    public var expiresAt: Int
    /// The session's effective settings.
    public var session: RealtimeSessionObject

    enum CodingKeys: String, CodingKey {
        case value, session
        case expiresAt = "expires_at"
    }
}

/// The settings of a Realtime translation session: the model, the input's transcription and noise reduction, and the
/// output language.
public struct RealtimeTranslationSessionConfiguration: Codable, Sendable, Hashable {
    /// The translation model, such as ``RealtimeModel/gptRealtimeTranslate``.
    public var model: RealtimeModel
    /// Input and output audio settings.
    public var audio: RealtimeTranslationAudio?

    /// Creates translation settings.
    public init(model: RealtimeModel, audio: RealtimeTranslationAudio? = nil) {
        self.model = model
        self.audio = audio
    }
}

/// The audio settings of a Realtime translation session.
public struct RealtimeTranslationAudio: Codable, Sendable, Hashable {
    /// How the input is transcribed and cleaned.
    public var input: Input?
    /// The output language.
    public var output: Output?

    /// Creates translation audio settings.
    public init(input: Input? = nil, output: Output? = nil) {
        self.input = input
        self.output = output
    }

    /// The input settings of a translation session.
    public struct Input: Codable, Sendable, Hashable {
        /// The source transcription (its ``RealtimeTranscription/model`` only).
        public var transcription: RealtimeTranscription?
        /// Noise reduction of the input.
        public var noiseReduction: RealtimeNoiseReduction?

        /// Creates input settings.
        public init(transcription: RealtimeTranscription? = nil, noiseReduction: RealtimeNoiseReduction? = nil) {
            self.transcription = transcription
            self.noiseReduction = noiseReduction
        }

        enum CodingKeys: String, CodingKey {
            case transcription
            case noiseReduction = "noise_reduction"
        }
    }

    /// The output settings of a translation session.
    public struct Output: Codable, Sendable, Hashable {
        /// The language to translate into (ISO-639-1, such as `es`).
        public var language: String?

        /// Creates output settings.
        public init(language: String?) { self.language = language }
    }
}

/// The body of ``RealtimeClientSecrets/createForTranslation(_:options:)``.
public struct CreateRealtimeTranslationClientSecretRequest: Encodable, Sendable, Hashable {
    /// The translation session the secret opens.
    public var session: RealtimeTranslationSessionConfiguration
    /// How long the secret lives; 10 minutes by default.
    public var expiresAfter: RealtimeClientSecretExpiration?

    /// Creates a request.
    public init(session: RealtimeTranslationSessionConfiguration, expiresAfter: RealtimeClientSecretExpiration? = nil) {
        self.session = session
        self.expiresAfter = expiresAfter
    }

    enum CodingKeys: String, CodingKey {
        case session
        case expiresAfter = "expires_after"
    }
}

/// A Realtime translation session as the server describes it.
public typealias RealtimeTranslationSession = RealtimeSessionDescription<RealtimeTranslationSessionConfiguration>

/// A short-lived client secret for a Realtime translation session, and the session.
public struct RealtimeTranslationClientSecret: Decodable, Sendable, Hashable {
    /// The secret (`ek_…`).
    public var value: String
    /// When it expires (Unix seconds).
    public var expiresAt: Int
    /// The session's effective settings.
    public var session: RealtimeTranslationSession

    enum CodingKeys: String, CodingKey {
        case value, session
        case expiresAt = "expires_at"
    }
}

/// The body of the beta ``RealtimeSessions/create(_:options:)`` (`POST /realtime/sessions`): the flat settings of
/// the beta protocol, which are also how the beta endpoints describe a session (``RealtimeEphemeralSession/configuration``).
public struct CreateRealtimeSessionRequest: Codable, Sendable, Hashable {
    /// The model. The spec's schema omits it, but its example and the API take it.
    public var model: RealtimeModel?
    /// `["text"]` or `["audio", "text"]`.
    public var modalities: [RealtimeModality]?
    /// The system instructions.
    public var instructions: String?
    /// The voice.
    public var voice: RealtimeVoice?
    /// The input audio encoding.
    public var inputAudioFormat: RealtimeBetaAudioFormat?
    /// The output audio encoding.
    public var outputAudioFormat: RealtimeBetaAudioFormat?
    /// How the input is transcribed (its ``RealtimeTranscription/model``).
    public var inputAudioTranscription: RealtimeTranscription?
    /// Voice activity detection (`server_vad` settings).
    public var turnDetection: RealtimeTurnDetection?
    /// The function tools.
    public var tools: [RealtimeTool]?
    /// `auto`, `none`, `required` or a function.
    public var toolChoice: RealtimeToolChoice?
    /// Sampling temperature, 0.6 to 1.2.
    public var temperature: Double?
    /// The most output tokens of one response.
    public var maxResponseOutputTokens: RealtimeMaxOutputTokens?
    /// The speaking rate, 0.25 to 1.5.
    public var speed: Double?
    /// Tracing settings.
    public var tracing: RealtimeTracing?
    /// What happens when the conversation outgrows the context.
    public var truncation: RealtimeTruncation?
    /// A stored prompt template.
    public var prompt: RealtimePrompt?

    /// Creates a request; set the rest as properties.
    public init(model: RealtimeModel? = nil, modalities: [RealtimeModality]? = nil, instructions: String? = nil, voice: RealtimeVoice? = nil) {
        self.model = model
        self.modalities = modalities
        self.instructions = instructions
        self.voice = voice
    }

    enum CodingKeys: String, CodingKey {
        case model, modalities, instructions, voice, tools, temperature, speed, tracing, truncation, prompt
        case inputAudioFormat = "input_audio_format"
        case outputAudioFormat = "output_audio_format"
        case inputAudioTranscription = "input_audio_transcription"
        case turnDetection = "turn_detection"
        case toolChoice = "tool_choice"
        case maxResponseOutputTokens = "max_response_output_tokens"
    }
}

/// The body of the beta ``RealtimeSessions/createTranscription(_:options:)`` (`POST /realtime/transcription_sessions`),
/// and of the beta ``RealtimeClientEvent/transcriptionSessionUpdate(_:eventID:)`` event.
public struct CreateRealtimeTranscriptionSessionRequest: Codable, Sendable, Hashable {
    /// Voice activity detection (`server_vad` settings).
    public var turnDetection: RealtimeTurnDetection?
    /// Noise reduction of the input.
    public var inputAudioNoiseReduction: RealtimeNoiseReduction?
    /// The input audio encoding.
    public var inputAudioFormat: RealtimeBetaAudioFormat?
    /// How the input is transcribed.
    public var inputAudioTranscription: RealtimeTranscription?
    /// Extra output, such as log probabilities.
    public var include: [RealtimeInclude]?

    /// Creates a request.
    public init(
        turnDetection: RealtimeTurnDetection? = nil, inputAudioNoiseReduction: RealtimeNoiseReduction? = nil,
        inputAudioFormat: RealtimeBetaAudioFormat? = nil, inputAudioTranscription: RealtimeTranscription? = nil, include: [RealtimeInclude]? = nil
    ) {
        self.turnDetection = turnDetection
        self.inputAudioNoiseReduction = inputAudioNoiseReduction
        self.inputAudioFormat = inputAudioFormat
        self.inputAudioTranscription = inputAudioTranscription
        self.include = include
    }

    enum CodingKeys: String, CodingKey {
        case include
        case turnDetection = "turn_detection"
        case inputAudioNoiseReduction = "input_audio_noise_reduction"
        case inputAudioFormat = "input_audio_format"
        case inputAudioTranscription = "input_audio_transcription"
    }
}

/// A beta Realtime session or transcription session with its ephemeral key, as the beta session endpoints return it.
public struct RealtimeEphemeralSession: Decodable, Sendable, Hashable {
    /// The session id.
    public var id: String?
    /// `realtime.session` or `realtime.transcription_session`.
    public var object: String?
    /// The ephemeral key; `nil` when the server sent none.
    public var clientSecret: ClientSecret?
    /// The effective settings, in the beta request's shape.
    public var configuration: CreateRealtimeSessionRequest

    /// An ephemeral key.
    public struct ClientSecret: Decodable, Sendable, Hashable {
        /// The key, for `Authorization: Bearer …` from a client.
        public var value: String
        /// When it expires (Unix seconds).
        public var expiresAt: Int

        enum CodingKeys: String, CodingKey {
            case value
            case expiresAt = "expires_at"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, object
        case clientSecret = "client_secret"
    }

    /// Decodes the id and key, and the settings beside them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        clientSecret = try container.decodeIfPresent(ClientSecret.self, forKey: .clientSecret)
        configuration = try CreateRealtimeSessionRequest(from: decoder)
    }
}

/// A WebRTC Realtime call: the server's SDP answer and the call id to control it with.
public struct RealtimeCall: Sendable, Hashable {
    /// The SDP answer, for the peer connection's remote description.
    public var sdp: String
    /// The call id (the last segment of ``location``), for ``RealtimeCalls/hangup(_:options:)`` or a monitoring
    /// WebSocket.
    public var callID: String?
    /// The `Location` header, such as `/v1/realtime/calls/rtc_123`.
    public var location: String?

    /// Creates a call.
    public init(sdp: String, callID: String?, location: String?) {
        self.sdp = sdp
        self.callID = callID
        self.location = location
    }
}

/// The body of ``RealtimeCalls/refer(_:targetURI:options:)``.
struct RealtimeCallReferRequest: Encodable, Sendable {
    var targetURI: String

    enum CodingKeys: String, CodingKey {
        case targetURI = "target_uri"
    }
}

/// The body of ``RealtimeCalls/reject(_:statusCode:options:)``.
struct RealtimeCallRejectRequest: Encodable, Sendable {
    var statusCode: Int?

    enum CodingKeys: String, CodingKey {
        case statusCode = "status_code"
    }
}
