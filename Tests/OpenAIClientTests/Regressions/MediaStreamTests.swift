import Foundation
import OpenAIClient
import TestSupport
import Testing

/// The streamed image, transcription and speech endpoints (issue #16: `stream`, `partial_images`, `stream_format`).
@Suite struct MediaStreamTests {
    @Test("Streams a generated image's partial and final images", arguments: [1, 7, 4096])
    func imageGeneration(pieceSize: Int) async throws {
        let events = [
            #"{"type": "image_generation.partial_image", "b64_json": "AAE=", "partial_image_index": 0, "created_at": 1, "size": "1024x1024", "quality": "low", "background": "opaque", "output_format": "png"}"#,
            #"{"type": "image_generation.completed", "b64_json": "AQI=", "created_at": 2, "size": "1024x1024", "quality": "low", "background": "opaque", "output_format": "png", "usage": {"total_tokens": 5}}"#,
        ]
        try await TestHTTPServer.withServer(responses: [.sse(events, done: false, pieceSize: pieceSize)]) { server in
            var request = CreateImageRequest(prompt: "p", model: "gpt-image-1")
            request.partialImages = 1
            var received: [ImageStreamEvent] = []
            for try await event in try await OpenAI.testing(server).images.generateStream(request) { received.append(event) }
            #expect(received.map(\.type) == [.generationPartialImage, .generationCompleted])
            #expect(received[0].partialImageIndex == 0)
            #expect(received[0].imageData == Data([0, 1]))
            #expect(received[1].usage?["total_tokens"] == 5)
            let sent = try #require(await server.requests.first)
            #expect(sent.json?["stream"] == true)
            #expect(sent.json?["partial_images"] == 1)
        }
    }

    @Test("Streams an image edit, sending stream and partial_images as form fields")
    func imageEdit() async throws {
        try await TestHTTPServer.withServer(responses: [.sse([#"{"type": "image_edit.completed", "b64_json": "AQI="}"#], done: false)]) { server in
            var request = CreateImageEditRequest(images: [FormFile(filename: "a.png", bytes: [1])], prompt: "hat")
            request.partialImages = 2
            var types: [ImageStreamEventType] = []
            for try await event in try await OpenAI.testing(server).images.editStream(request) { types.append(event.type) }
            #expect(types == [.editCompleted])
            let sent = try #require(await server.requests.first)
            #expect(sent.formField("stream") == "true")
            #expect(sent.formField("partial_images") == "2")
            #expect(sent.formParts.first { $0.name == "image" }?.contentType == "image/png")
        }
    }

    @Test("Streams a transcription with include[] and a chunking strategy")
    func transcription() async throws {
        let events = [
            #"{"type": "transcript.text.delta", "delta": "Hel", "logprobs": [{"token": "Hel", "logprob": -0.1}]}"#,
            #"{"type": "transcript.text.segment", "id": "seg_1", "speaker": "A", "start": 0.0, "end": 1.5, "text": "Hello"}"#,
            #"{"type": "transcript.text.done", "text": "Hello", "usage": {"type": "tokens", "total_tokens": 3}}"#,
        ]
        try await TestHTTPServer.withServer(responses: [.sse(events, done: false, pieceSize: 3)]) { server in
            var request = CreateTranscriptionRequest(file: FormFile(filename: "a.wav", bytes: [1]), model: "gpt-4o-transcribe")
            request.include = [.logprobs]
            request.chunkingStrategy = .serverVAD(prefixPaddingMs: 300, silenceDurationMs: nil, threshold: 0.5)
            var received: [TranscriptionStreamEvent] = []
            for try await event in try await OpenAI.testing(server).audio.transcriptions.createStream(request) { received.append(event) }
            #expect(received.map(\.type) == [.textDelta, .textSegment, .textDone])
            #expect(received[0].delta == "Hel")
            #expect(received[1].segmentID == "seg_1")
            #expect(received[1].speaker == "A")
            #expect(received[2].text == "Hello")
            let sent = try #require(await server.requests.first)
            #expect(sent.formField("stream") == "true")
            #expect(sent.formField("include[]") == "logprobs")
            let strategy = try JSONDecoder().decode(JSONValue.self, from: Data((sent.formField("chunking_strategy") ?? "").utf8))
            #expect(strategy == ["type": "server_vad", "prefix_padding_ms": 300, "threshold": 0.5])
            #expect(sent.formParts.first { $0.name == "file" }?.contentType == "audio/wav")
        }
    }

    @Test("Sends the auto chunking strategy as the string auto, and strips transcription-only fields from translations")
    func autoChunkingAndTranslation() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"text": "hi"}"#), .json(#"{"text": "hi"}"#)]) { server in
            var request = CreateTranscriptionRequest(file: FormFile(filename: "a.mp3", bytes: [1]), model: "gpt-4o-transcribe")
            request.chunkingStrategy = .auto
            request.include = [.logprobs]
            _ = try await OpenAI.testing(server).audio.transcriptions.create(request)
            _ = try await OpenAI.testing(server).audio.translations.create(request)
            let sent = await server.requests
            #expect(sent[0].formField("chunking_strategy") == "auto")
            #expect(sent[1].formField("chunking_strategy") == nil)
            #expect(sent[1].formField("include[]") == nil)
            #expect(sent[0].formParts.first { $0.name == "file" }?.contentType == "audio/mpeg")
        }
    }

    @Test("Streams speech as server-sent events")
    func speech() async throws {
        let events = [#"{"type": "speech.audio.delta", "audio": "AAEC"}"#, #"{"type": "speech.audio.done", "usage": {"input_tokens": 1}}"#]
        try await TestHTTPServer.withServer(responses: [.sse(events, done: false)]) { server in
            var audio = Data()
            var types: [SpeechStreamEventType] = []
            for try await event in try await OpenAI.testing(server).audio.speech.createStream(CreateSpeechRequest(model: "gpt-4o-mini-tts", input: "hi", voice: .alloy)) {
                types.append(event.type)
                audio += event.audioData ?? Data()
            }
            #expect(types == [.audioDelta, .audioDone])
            #expect(audio == Data([0, 1, 2]))
            #expect(try #require(await server.requests.first).json?["stream_format"] == "sse")
        }
    }

    @Test("Sends custom tools and custom tool choices in chat requests, and round-trips custom and unknown tool calls")
    func chatCustomTools() async throws {
        try await TestHTTPServer.withServer(responses: [.json(OpenAIStandIn.chatCompletion(answer: "ok"))]) { server in
            var request = CreateChatCompletionRequest(model: "gpt-5", messages: [
                .assistant(toolCalls: [ChatToolCall(id: "c1", custom: ChatCustomToolCall(name: "sql", input: "SELECT 1"))]),
                .tool("1 row", toolCallID: "c1"),
            ])
            request.tools = [.custom(name: "sql", description: "Runs SQL", format: .grammar(syntax: .regex, definition: "SELECT .+")), .custom(name: "free")]
            request.toolChoice = .custom("sql")
            request.reasoningEffort = .minimal
            request.verbosity = .low
            request.serviceTier = .priority
            request.moderation = ModerationSettings(model: "omni-moderation-latest")
            request.promptCacheOptions = PromptCacheOptions(mode: .explicit)
            _ = try await OpenAI.testing(server).chat.completions.create(request)
            let json = try #require(await server.requests.first?.json)
            #expect(json["tools"] == [
                ["type": "custom", "custom": ["name": "sql", "description": "Runs SQL", "format": ["type": "grammar", "grammar": ["syntax": "regex", "definition": "SELECT .+"]]]],
                ["type": "custom", "custom": ["name": "free"]],
            ])
            #expect(json["tool_choice"] == ["type": "custom", "custom": ["name": "sql"]])
            #expect(json["messages"]?.arrayValue?.first?["tool_calls"] == [["id": "c1", "type": "custom", "custom": ["name": "sql", "input": "SELECT 1"]]])
            #expect(json["reasoning_effort"] == "minimal")
            #expect(json["service_tier"] == "priority")
            #expect(json["moderation"] == ["model": "omni-moderation-latest"])
            #expect(json["prompt_cache_options"] == ["mode": "explicit"])
        }
        let unknown = #"{"id": "c9", "type": "future_tool", "future_tool": {"x": 1}}"#
        let call = try JSONDecoder().decode(ChatToolCall.self, from: Data(unknown.utf8))
        #expect(call.type.rawValue == "future_tool")
        #expect(call.function == nil)
        #expect(try JSONValue(encoding: call) == JSONDecoder().decode(JSONValue.self, from: Data(unknown.utf8)))
        #expect(throws: DecodingError.self) { try call.decodeArguments(as: [String: Int].self) }
    }

    @Test("Sends a vector store's description")
    func vectorStoreDescription() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"id": "vs_1", "object": "vector_store", "status": "completed"}"#)]) { server in
            _ = try await OpenAI.testing(server).vectorStores.create(CreateVectorStoreRequest(name: "n", description: "What the handbook says"))
            #expect(try #require(await server.requests.first).json?["description"] == "What the handbook says")
        }
    }
}
