import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct AudioTests {
    static let audioBytes: [UInt8] = (0..<5000).map { UInt8($0 % 251) }

    static func binary(_ bytes: [UInt8], pieceSize: Int) -> ScriptedResponse {
        let pieces = stride(from: 0, to: bytes.count, by: pieceSize).map { ScriptedResponse.Step.bytes(Array(bytes[$0..<min($0 + pieceSize, bytes.count)])) }
        return ScriptedResponse(status: 200, headers: [("Content-Type", "audio/mpeg")], steps: pieces)
    }

    static let verbose = """
    {"task": "transcribe", "language": "english", "duration": 8.47, "text": "The beach was a popular spot.",
     "segments": [{"id": 0, "seek": 0, "start": 0.0, "end": 3.32, "text": " The beach", "tokens": [50364, 440],
                   "temperature": 0.0, "avg_logprob": -0.28, "compression_ratio": 1.2, "no_speech_prob": 0.01}],
     "words": [{"word": "The", "start": 0.0, "end": 0.24}, {"word": "beach", "start": 0.24, "end": 0.6}],
     "usage": {"type": "duration", "seconds": 9}}
    """

    @Test("Speech: sends the JSON body and returns the binary audio")
    func speech() async throws {
        try await TestHTTPServer.withServer(responses: [Self.binary(Self.audioBytes, pieceSize: 777)]) { server in
            let request = CreateSpeechRequest(model: "gpt-4o-mini-tts", input: "Hello", voice: .coral, instructions: "Cheerful", responseFormat: .wav, speed: 1.25)
            let bytes = try await OpenAI.testing(server).audio.speech.create(request)
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/audio/speech")
            #expect(sent.json == ["model": "gpt-4o-mini-tts", "input": "Hello", "voice": "coral", "instructions": "Cheerful", "response_format": "wav", "speed": 1.25])
            #expect(bytes == Self.audioBytes)
        }
    }

    @Test("Speech: streams the audio into a file")
    func speechToFile() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("speech-\(UUID().uuidString).mp3")
        defer { try? FileManager.default.removeItem(at: url) }
        try await TestHTTPServer.withServer(responses: [Self.binary(Self.audioBytes, pieceSize: 100)]) { server in
            let count = try await OpenAI.testing(server).audio.speech.create(CreateSpeechRequest(model: "tts-1", input: "Hi", voice: .alloy), to: url)
            #expect(count == Self.audioBytes.count)
            #expect(Array(try Data(contentsOf: url)) == Self.audioBytes)
        }
    }

    @Test("Speech: a connection cut mid-audio throws and leaves no partial file")
    func speechCut() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("speech-\(UUID().uuidString).mp3")
        defer { try? FileManager.default.removeItem(at: url) }
        var cut = Self.binary(Array(Self.audioBytes.prefix(1000)), pieceSize: 100)
        cut.headers.append(("Content-Length", "5000"))
        try await TestHTTPServer.withServer(responses: [cut.droppingConnection()]) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server, maxRetries: 0).audio.speech.create(CreateSpeechRequest(model: "tts-1", input: "Hi", voice: .alloy), to: url)
            }
            #expect(error?.kind == .connection)
            #expect(!FileManager.default.fileExists(atPath: url.path))
        }
    }

    @Test("Speech: an unwritable destination is an invalid request")
    func speechUnwritable() async throws {
        try await TestHTTPServer.withServer(responses: [Self.binary([1], pieceSize: 1)]) { server in
            let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/a.mp3")
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).audio.speech.create(CreateSpeechRequest(model: "tts-1", input: "Hi", voice: .alloy), to: url)
            }
            #expect(error?.kind == .invalidRequest)
        }
    }

    @Test("Transcription: verbose JSON with word and segment timestamps, every field in the form")
    func transcriptionVerbose() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.verbose)]) { server in
            let request = CreateTranscriptionRequest(
                file: FormFile(filename: "talk.m4a", bytes: [1, 2], contentType: "audio/m4a"), model: "whisper-1", language: "en",
                prompt: "Beach", responseFormat: .verboseJSON, temperature: 0.2, timestampGranularities: [.word, .segment]
            )
            let result = try await OpenAI.testing(server).audio.transcriptions.create(request)
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/audio/transcriptions")
            let form = try #require(ReceivedForm(sent))
            #expect(form.files.map(\.name) == ["file"])
            #expect(form.files.first?.filename == "talk.m4a")
            #expect(form.files.first?.content == [1, 2])
            #expect(form.fields == ["model=whisper-1", "language=en", "prompt=Beach", "response_format=verbose_json", "temperature=0.2",
                                    "timestamp_granularities[]=word", "timestamp_granularities[]=segment"])
            #expect(result.text == "The beach was a popular spot.")
            #expect(result.duration == 8.47)
            #expect(result.segments?.first?.avgLogprob == -0.28)
            #expect(result.words?.map(\.word) == ["The", "beach"])
            #expect(result.usage?["seconds"] == 9)
        }
    }

    @Test("Transcription: plain JSON is the default format")
    func transcriptionJSON() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"text": "hi", "usage": {"type": "tokens", "input_tokens": 1}}"#)]) { server in
            let result = try await OpenAI.testing(server).audio.transcriptions.create(CreateTranscriptionRequest(file: FormFile(filename: "a.wav", bytes: [0]), model: "gpt-4o-transcribe"))
            #expect(result.text == "hi")
            #expect(ReceivedForm(try #require(await server.requests.first))?.fields == ["model=gpt-4o-transcribe", "response_format=json"])
        }
    }

    @Test("Transcription and translation text formats return the body as sent", arguments: [
        (AudioResponseFormat.text, "hello\n"),
        (.srt, "1\n00:00:00,000 --> 00:00:01,000\nhello\n"),
        (.vtt, "WEBVTT\n\n00:00.000 --> 00:01.000\nhello\n"),
    ])
    func textFormats(format: AudioResponseFormat, body: String) async throws {
        try await TestHTTPServer.withServer(responses: [.text(body), .text(body)]) { server in
            let client = OpenAI.testing(server)
            let request = CreateTranscriptionRequest(file: FormFile(filename: "a.wav", bytes: [0]), model: "whisper-1", language: "fr", responseFormat: format,
                                                     timestampGranularities: [.segment])
            let transcribed = try await client.audio.transcriptions.createText(request)
            let translated = try await client.audio.translations.createText(request)
            #expect(transcribed == body)
            #expect(translated == body)
            let sent = await server.requests
            #expect(sent.map(\.path) == ["/v1/audio/transcriptions", "/v1/audio/translations"])
            #expect(ReceivedForm(sent[0])?.fields == ["model=whisper-1", "language=fr", "response_format=\(format)", "timestamp_granularities[]=segment"])
            #expect(ReceivedForm(sent[1])?.fields == ["model=whisper-1", "response_format=\(format)"])
        }
    }

    @Test("Text defaults to the text format")
    func textDefault() async throws {
        try await TestHTTPServer.withServer(responses: [.text("hi")]) { server in
            _ = try await OpenAI.testing(server).audio.transcriptions.createText(CreateTranscriptionRequest(file: FormFile(filename: "a.wav", bytes: [0]), model: "whisper-1"))
            #expect(ReceivedForm(try #require(await server.requests.first))?.fields == ["model=whisper-1", "response_format=text"])
        }
    }

    @Test("Asking for JSON with a text format fails before sending")
    func jsonWithTextFormat() async throws {
        try await TestHTTPServer.withServer { server in
            let request = CreateTranscriptionRequest(file: FormFile(filename: "a.wav", bytes: [0]), model: "whisper-1", responseFormat: .srt)
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).audio.translations.create(request) }
            #expect(error?.kind == .invalidRequest)
            #expect(await server.requests.isEmpty)
        }
    }

    @Test("Translation: verbose JSON decodes segments")
    func translation() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.verbose)]) { server in
            let result = try await OpenAI.testing(server).audio.translations.create(
                CreateTranslationRequest(file: FormFile(filename: "a.mp3", bytes: [0]), model: "whisper-1", responseFormat: .verboseJSON)
            )
            #expect(result.segments?.count == 1)
            #expect(await server.requests.first?.path == "/v1/audio/translations")
        }
    }
}
