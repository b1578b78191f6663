/// Consents to custom voices: ``Audio/voiceConsents``.
///
/// ```swift
/// let consent = try await client.audio.voiceConsents.create(CreateVoiceConsentRequest(
///     name: "Ada", recording: FormFile(fileURL: consentURL), language: "en-US"))
/// let voice = try await client.audio.voices.create(CreateVoiceRequest(name: "Ada", audioSample: FormFile(fileURL: sampleURL), consent: consent.id))
/// ```
public struct VoiceConsents: Sendable {
    let client: OpenAI

    static func path(_ consentID: String) -> String { "/audio/voice_consents/" + APIRequest.segment(consentID) }

    /// Uploads a speaker's consent recording.
    ///
    /// `POST /audio/voice_consents` (`multipart/form-data`). A local file is reread for every retry attempt.
    ///
    /// - Parameters:
    ///   - request: The name, recording and language.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The consent.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateVoiceConsentRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VoiceConsent {
        try await client.send(.post("/audio/voice_consents", multipart: request.form, options: options))
    }

    /// Retrieves a consent.
    ///
    /// `GET /audio/voice_consents/{consent_id}`.
    ///
    /// - Parameters:
    ///   - consentID: The consent id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The consent.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ consentID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VoiceConsent {
        try await client.send(.get(Self.path(consentID), options: options))
    }

    /// Renames a consent.
    ///
    /// `POST /audio/voice_consents/{consent_id}`.
    ///
    /// - Parameters:
    ///   - consentID: The consent id.
    ///   - name: The new name.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The consent.
    /// - Throws: ``OpenAIError``.
    public func update(_ consentID: String, name: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VoiceConsent {
        try await client.send(.post(Self.path(consentID), json: NameRequest(name: name), options: options))
    }

    /// Deletes a consent.
    ///
    /// `DELETE /audio/voice_consents/{consent_id}`.
    ///
    /// - Parameters:
    ///   - consentID: The consent id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ consentID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(consentID), options: options))
    }

    /// Lists consents, one page.
    ///
    /// `GET /audio/voice_consents`.
    ///
    /// - Parameters:
    ///   - after: The consent id to list after; the first page by default.
    ///   - limit: Page size; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(after: String? = nil, limit: Int? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<VoiceConsent> {
        try await client.send(.get("/audio/voice_consents", query: ListQuery(limit: limit, after: after).items, options: options))
    }

    /// Lists every consent, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The consents.
    public func listAll(limit: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<VoiceConsent> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(after: after, limit: limit, options: options) }
    }
}

/// Custom voices: ``Audio/voices``.
public struct Voices: Sendable {
    let client: OpenAI

    /// Creates a custom voice from a sample of a speaker who consented.
    ///
    /// `POST /audio/voices` (`multipart/form-data`). A local file is reread for every retry attempt.
    ///
    /// - Parameters:
    ///   - request: The name, sample and consent id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The voice.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateVoiceRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> CustomVoice {
        try await client.send(.post("/audio/voices", multipart: request.form, options: options))
    }
}
