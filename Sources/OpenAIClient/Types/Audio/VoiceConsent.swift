/// A speaker's recorded consent to have a custom voice made from their speech.
public struct VoiceConsent: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `audio.voice_consent`.
    public var object: String?
    /// The consent id.
    public var id: String
    /// The consent's name.
    public var name: String
    /// The language of the recording, such as `en-US`.
    public var language: String
    /// Creation time (Unix seconds).
    public var createdAt: Int

    enum CodingKeys: String, CodingKey {
        case object, id, name, language
        case createdAt = "created_at"
    }
}

/// The body of ``VoiceConsents/create(_:options:)``.
public struct CreateVoiceConsentRequest: Sendable, Hashable {
    /// The consent's name.
    public var name: String
    /// The speaker reading the consent statement.
    public var recording: FormFile
    /// The recording's language, such as `en-US`.
    public var language: String

    /// Creates a request.
    public init(name: String, recording: FormFile, language: String) {
        self.name = name
        self.recording = recording
        self.language = language
    }

    var form: MultipartBody {
        var form = MultipartBody()
        form.append(name: "name", value: name)
        form.append(name: "recording", file: recording)
        form.append(name: "language", value: language)
        return form
    }
}

/// A custom voice for speech generation.
public struct CustomVoice: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `audio.voice`.
    public var object: String?
    /// The voice id, usable as a speech request's voice.
    public var id: String
    /// The voice's name.
    public var name: String
    /// Creation time (Unix seconds).
    public var createdAt: Int

    enum CodingKeys: String, CodingKey {
        case object, id, name
        case createdAt = "created_at"
    }
}

/// The body of ``Voices/create(_:options:)``.
public struct CreateVoiceRequest: Sendable, Hashable {
    /// The voice's name.
    public var name: String
    /// A sample of the speaker's voice.
    public var audioSample: FormFile
    /// The id of the speaker's ``VoiceConsent``.
    public var consent: String

    /// Creates a request.
    public init(name: String, audioSample: FormFile, consent: String) {
        self.name = name
        self.audioSample = audioSample
        self.consent = consent
    }

    var form: MultipartBody {
        var form = MultipartBody()
        form.append(name: "name", value: name)
        form.append(name: "audio_sample", file: audioSample)
        form.append(name: "consent", value: consent)
        return form
    }
}
