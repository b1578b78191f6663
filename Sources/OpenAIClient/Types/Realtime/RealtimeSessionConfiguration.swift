import Foundation

/// The settings of a speech-to-speech Realtime session (`type: realtime`): model, instructions, audio, tools and
/// limits. Every property starts `nil` and is then not sent, so a `session.update` changes only what is set.
///
/// The same type configures a session over REST (``RealtimeClientSecrets/create(_:options:)``,
/// ``RealtimeCalls/accept(_:session:options:)``) and over a WebSocket or WebRTC connection
/// (``RealtimeClientEvent/sessionUpdate(_:eventID:)``).
///
/// ```swift
/// var session = RealtimeSessionConfiguration(model: .gptRealtime, instructions: "Answer briefly.")
/// session.audio = RealtimeAudioConfiguration(
///     input: RealtimeAudioInput(format: .pcm, transcription: RealtimeTranscription(model: .gpt4oMiniTranscribe),
///                               turnDetection: .semanticVAD()),
///     output: RealtimeAudioOutput(format: .pcm, voice: .marin))
/// session.tools = [.function(name: "get_weather", parameters: ["type": "object"])]
/// ```
public struct RealtimeSessionConfiguration: Codable, Sendable, Hashable {
    /// The model.
    public var model: RealtimeModel?
    /// The system instructions.
    public var instructions: String?
    /// `[.audio]` (the default: audio with a transcript) or `[.text]`.
    public var outputModalities: [RealtimeModality]?
    /// Input and output audio settings.
    public var audio: RealtimeAudioConfiguration?
    /// Extra output, such as input transcription log probabilities.
    public var include: [RealtimeInclude]?
    /// Tracing in the Traces dashboard; off by default.
    public var tracing: RealtimeTracing?
    /// The tools the model may call.
    public var tools: [RealtimeTool]?
    /// Which tool the model uses; `auto` by default.
    public var toolChoice: RealtimeToolChoice?
    /// Whether the model may call several tools at once.
    public var parallelToolCalls: Bool?
    /// Reasoning settings (reasoning models).
    public var reasoning: RealtimeReasoning?
    /// The most output tokens of one response, tool calls included.
    public var maxOutputTokens: RealtimeMaxOutputTokens?
    /// What happens when the conversation outgrows the context.
    public var truncation: RealtimeTruncation?
    /// A stored prompt template.
    public var prompt: RealtimePrompt?

    /// Creates session settings; set the rest as properties.
    public init(
        model: RealtimeModel? = nil, instructions: String? = nil, outputModalities: [RealtimeModality]? = nil,
        audio: RealtimeAudioConfiguration? = nil, tools: [RealtimeTool]? = nil
    ) {
        self.model = model
        self.instructions = instructions
        self.outputModalities = outputModalities
        self.audio = audio
        self.tools = tools
    }

    enum CodingKeys: String, CodingKey {
        case model, instructions, audio, include, tracing, tools, reasoning, truncation, prompt
        case outputModalities = "output_modalities"
        case toolChoice = "tool_choice"
        case parallelToolCalls = "parallel_tool_calls"
        case maxOutputTokens = "max_output_tokens"
    }
}

/// The settings of a transcription-only Realtime session (`type: transcription`): input audio and what to include.
public struct RealtimeTranscriptionSessionConfiguration: Codable, Sendable, Hashable {
    /// Input audio settings (``RealtimeAudioConfiguration/input`` only).
    public var audio: RealtimeAudioConfiguration?
    /// Extra output, such as transcription log probabilities.
    public var include: [RealtimeInclude]?

    /// Creates transcription session settings.
    public init(audio: RealtimeAudioConfiguration? = nil, include: [RealtimeInclude]? = nil) {
        self.audio = audio
        self.include = include
    }
}

/// The settings of a Realtime session, speech-to-speech or transcription, sent with their `type`.
public enum RealtimeSessionRequest: Codable, Sendable, Hashable {
    /// A speech-to-speech session (`type: realtime`).
    case realtime(RealtimeSessionConfiguration)
    /// A transcription session (`type: transcription`).
    case transcription(RealtimeTranscriptionSessionConfiguration)

    /// `realtime` or `transcription`.
    public var type: String {
        switch self {
        case .realtime: "realtime"
        case .transcription: "transcription"
        }
    }

    /// Decodes the settings by `type` (`realtime` when absent).
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        if raw["type"]?.stringValue == "transcription" {
            self = .transcription(try raw.decode())
        } else {
            self = .realtime(try raw.decode())
        }
    }

    /// Encodes the settings with their `type`.
    public func encode(to encoder: any Encoder) throws {
        var members = switch self {
        case .realtime(let configuration): try JSONValue(encoding: configuration).objectValue ?? [:]
        case .transcription(let configuration): try JSONValue(encoding: configuration).objectValue ?? [:]
        }
        members["type"] = .string(type)
        try JSONValue.object(members).encode(to: encoder)
    }
}

/// A Realtime session as the server describes it: its id, type and expiry, and its effective settings (read from the
/// same object).
public struct RealtimeSessionDescription<Configuration: Decodable & Sendable & Hashable>: Decodable, Sendable, Hashable {
    /// The session id, such as `sess_123`.
    public var id: String?
    /// The object type, such as `realtime.session`.
    public var object: String?
    /// `realtime`, `transcription` or `translation`.
    public var type: String?
    /// When the session expires (Unix seconds); 0 when it does not.
    public var expiresAt: Int?
    /// The effective settings.
    public var configuration: Configuration

    enum CodingKeys: String, CodingKey {
        case id, object, type
        case expiresAt = "expires_at"
    }

    /// Decodes the id, type and expiry, and the settings beside them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        expiresAt = try container.decodeIfPresent(Int.self, forKey: .expiresAt)
        configuration = try Configuration(from: decoder)
    }
}

/// A speech-to-speech Realtime session as the server describes it.
public typealias RealtimeSessionDetails = RealtimeSessionDescription<RealtimeSessionConfiguration>

/// A transcription Realtime session as the server describes it.
public typealias RealtimeTranscriptionSessionDetails = RealtimeSessionDescription<RealtimeTranscriptionSessionConfiguration>

/// A Realtime session as the server describes it, by `type`; another shape (such as a beta session) is kept whole in
/// ``other(_:)``, never a decoding failure.
public enum RealtimeSessionObject: Decodable, Sendable, Hashable {
    /// A speech-to-speech session.
    case realtime(RealtimeSessionDetails)
    /// A transcription session.
    case transcription(RealtimeTranscriptionSessionDetails)
    /// Any other session, as sent.
    case other(JSONValue)

    /// The session id, when there is one.
    public var id: String? {
        switch self {
        case .realtime(let session): session.id
        case .transcription(let session): session.id
        case .other(let raw): raw["id"]?.stringValue
        }
    }

    /// Decodes a session by `type`.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        switch raw["type"]?.stringValue {
        case "realtime": self = (try? raw.decode(as: RealtimeSessionDetails.self)).map(Self.realtime) ?? .other(raw)
        case "transcription": self = (try? raw.decode(as: RealtimeTranscriptionSessionDetails.self)).map(Self.transcription) ?? .other(raw)
        default: self = .other(raw)
        }
    }
}
