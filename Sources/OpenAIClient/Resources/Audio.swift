import Foundation

/// The audio endpoint group: ``OpenAI/audio``, with ``speech``, ``transcriptions``, ``translations``, ``voiceConsents``
/// and ``voices``.
public struct Audio: Sendable {
    let client: OpenAI

    /// Text to speech: `POST /audio/speech`.
    public var speech: Speech { Speech(client: client) }
    /// Speech to text: `POST /audio/transcriptions`.
    public var transcriptions: Transcriptions { Transcriptions(client: client) }
    /// Speech to English text: `POST /audio/translations`.
    public var translations: Translations { Translations(client: client) }
    /// Speakers' consents to custom voices: `/audio/voice_consents`.
    public var voiceConsents: VoiceConsents { VoiceConsents(client: client) }
    /// Custom voices: `POST /audio/voices`.
    public var voices: Voices { Voices(client: client) }
}

/// Text to speech: ``Audio/speech``.
public struct Speech: Sendable {
    let client: OpenAI

    /// Generates speech and returns the audio bytes.
    ///
    /// `POST /audio/speech`. The bytes are in ``CreateSpeechRequest/responseFormat`` (`mp3` by default).
    ///
    /// - Parameters:
    ///   - request: The model, text, voice and format.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The audio.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateSpeechRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> [UInt8] {
        let (response, metadata) = try await client.sendRaw(.post("/audio/speech", json: request, options: options))
        do {
            return try await response.body.collect()
        } catch {
            throw OpenAIError.bodyRead(error, metadata: metadata)
        }
    }

    /// Generates speech as server-sent events: base64 audio deltas, then usage.
    ///
    /// `POST /audio/speech` with `stream_format: sse` (not `tts-1`/`tts-1-hd`).
    ///
    /// - Parameters:
    ///   - request: The model, text and voice; ``CreateSpeechRequest/streamFormat`` is set for you.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The events as they arrive.
    /// - Throws: ``OpenAIError``.
    public func createStream(_ request: CreateSpeechRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EventStream<SpeechStreamEvent> {
        var request = request
        request.streamFormat = .sse
        return try await client.stream(.post("/audio/speech", json: request, options: options))
    }

    /// Generates speech and writes the audio to a file as it arrives, without holding it in memory.
    ///
    /// `POST /audio/speech`. The file is replaced; on failure a partial file is removed.
    ///
    /// ```swift
    /// let bytes = try await client.audio.speech.create(
    ///     CreateSpeechRequest(model: "gpt-4o-mini-tts", input: "Hello", voice: .coral), to: URL(fileURLWithPath: "hello.mp3")
    /// )
    /// ```
    ///
    /// - Parameters:
    ///   - request: The model, text, voice and format.
    ///   - fileURL: Where to write the audio.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: How many bytes were written.
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/invalidRequest`` when the file cannot be written).
    @discardableResult
    public func create(_ request: CreateSpeechRequest, to fileURL: URL, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Int {
        let (response, metadata) = try await client.sendRaw(.post("/audio/speech", json: request, options: options))
        guard FileManager.default.createFile(atPath: fileURL.path, contents: nil), let handle = try? FileHandle(forWritingTo: fileURL) else {
            throw OpenAIError(kind: .invalidRequest, message: "cannot write \(fileURL.path)", metadata: metadata)
        }
        var written = 0
        do {
            defer { try? handle.close() }
            for try await chunk in response.body {
                do {
                    try handle.write(contentsOf: chunk)
                } catch {
                    throw OpenAIError(kind: .invalidRequest, message: "cannot write \(fileURL.path): \(error)", underlying: error, metadata: metadata)
                }
                written += chunk.count
            }
        } catch {
            try? FileManager.default.removeItem(at: fileURL)
            throw OpenAIError.bodyRead(error, metadata: metadata)
        }
        return written
    }
}

/// Speech to text: ``Audio/transcriptions``.
public struct Transcriptions: Sendable {
    let client: OpenAI

    /// Transcribes audio as `json` (the default) or `verbose_json` (segments, and words on request).
    ///
    /// `POST /audio/transcriptions` (multipart).
    ///
    /// ```swift
    /// let result = try await client.audio.transcriptions.create(CreateTranscriptionRequest(
    ///     file: FormFile(fileURL: URL(fileURLWithPath: "talk.m4a")), model: "whisper-1",
    ///     responseFormat: .verboseJSON, timestampGranularities: [.word, .segment]
    /// ))
    /// ```
    ///
    /// - Parameters:
    ///   - request: The audio, model and settings.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The transcription.
    /// - Throws: ``OpenAIError``; ``OpenAIError/Kind/invalidRequest`` for a text format (use ``createText(_:options:)``).
    public func create(_ request: CreateTranscriptionRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Transcription {
        try await Self.json(client, "/audio/transcriptions", request, options: options)
    }

    /// Transcribes audio as a stream of text deltas (and segments, when diarizing), ending with the whole text.
    ///
    /// `POST /audio/transcriptions` with `stream=true` (multipart; not `whisper-1`).
    ///
    /// - Parameters:
    ///   - request: The audio, model and settings; ``CreateTranscriptionRequest/stream`` is set for you.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The events as they arrive.
    /// - Throws: ``OpenAIError``.
    public func createStream(_ request: CreateTranscriptionRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EventStream<TranscriptionStreamEvent> {
        var request = request
        request.stream = true
        return try await client.stream(.post("/audio/transcriptions", multipart: request.form(defaultFormat: .json), options: options))
    }

    /// Transcribes audio as `text` (the default here), `srt` or `vtt`.
    ///
    /// `POST /audio/transcriptions` (multipart).
    ///
    /// - Parameters:
    ///   - request: The audio, model and settings.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The text or subtitles, as sent.
    /// - Throws: ``OpenAIError``.
    public func createText(_ request: CreateTranscriptionRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> String {
        try await Self.text(client, "/audio/transcriptions", request, options: options)
    }

    static func json(_ client: OpenAI, _ path: String, _ request: CreateTranscriptionRequest, options: RequestOptions) async throws(OpenAIError) -> Transcription {
        if let format = request.responseFormat, !format.isJSON {
            throw OpenAIError(kind: .invalidRequest, message: "response format \(format) is not JSON; use createText for text, srt and vtt")
        }
        return try await client.send(.post(path, multipart: request.form(defaultFormat: .json), options: options))
    }

    static func text(_ client: OpenAI, _ path: String, _ request: CreateTranscriptionRequest, options: RequestOptions) async throws(OpenAIError) -> String {
        let (response, metadata) = try await client.sendRaw(.post(path, multipart: request.form(defaultFormat: .text), options: options))
        do {
            return String(decoding: try await response.body.collect(), as: UTF8.self)
        } catch {
            throw OpenAIError.bodyRead(error, metadata: metadata)
        }
    }
}

/// Speech to English text: ``Audio/translations``.
public struct Translations: Sendable {
    let client: OpenAI

    /// Translates audio into English as `json` (the default) or `verbose_json`.
    ///
    /// `POST /audio/translations` (multipart). ``CreateTranscriptionRequest/language``,
    /// ``CreateTranscriptionRequest/timestampGranularities``, ``CreateTranscriptionRequest/include``,
    /// ``CreateTranscriptionRequest/chunkingStrategy`` and ``CreateTranscriptionRequest/stream`` do not apply and
    /// are not sent.
    ///
    /// - Parameters:
    ///   - request: The audio, model and settings.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The English text.
    /// - Throws: ``OpenAIError``; ``OpenAIError/Kind/invalidRequest`` for a text format.
    public func create(_ request: CreateTranslationRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Transcription {
        try await Transcriptions.json(client, "/audio/translations", Self.strip(request), options: options)
    }

    /// Translates audio into English as `text` (the default here), `srt` or `vtt`.
    ///
    /// `POST /audio/translations` (multipart).
    ///
    /// - Parameters:
    ///   - request: The audio, model and settings.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The text or subtitles, as sent.
    /// - Throws: ``OpenAIError``.
    public func createText(_ request: CreateTranslationRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> String {
        try await Transcriptions.text(client, "/audio/translations", Self.strip(request), options: options)
    }

    static func strip(_ request: CreateTranslationRequest) -> CreateTranslationRequest {
        var request = request
        request.language = nil
        request.timestampGranularities = nil
        request.include = nil
        request.chunkingStrategy = nil
        request.stream = nil
        return request
    }
}
