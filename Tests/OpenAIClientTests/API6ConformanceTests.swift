import Foundation
import OpenAIClient
import Testing

/// Request fixtures with every property set, for the operations of assistants, threads, runs and batches.
enum API6Fixtures {
    static let runSettings: RunSettings = {
        var settings = RunSettings()
        settings.model = "gpt-4o"
        settings.instructions = "i"
        settings.tools = [.codeInterpreter, .fileSearch(maxNumResults: 5, rankingOptions: .init(ranker: .auto, scoreThreshold: 0.1)),
                          .function(FunctionDefinition(name: "f", description: "d", parameters: ["type": "object"], strict: true))]
        settings.metadata = ["k": "v"]
        settings.temperature = 1
        settings.topP = 1
        settings.stream = false
        settings.maxPromptTokens = 256
        settings.maxCompletionTokens = 256
        settings.truncationStrategy = .lastMessages(3)
        settings.toolChoice = .function("f")
        settings.parallelToolCalls = true
        settings.responseFormat = .jsonSchema(JSONSchemaFormat(name: "n", description: "d", schema: ["type": "object"], strict: true))
        return settings
    }()

    static let message = CreateMessageRequest(
        role: .user,
        content: .parts([.text("t"), .imageFile(id: "file-1", detail: .low), .imageURL("https://x/y.png", detail: .high)]),
        attachments: [MessageAttachment(fileID: "file-2", tools: [.codeInterpreter, .fileSearch()])],
        metadata: ["k": "v"]
    )

    static let toolResources = ToolResources(
        codeInterpreter: .init(fileIDs: ["file-1"]),
        fileSearch: .init(vectorStoreIDs: ["vs_1"])
    )

    static let assistant: CreateAssistantRequest = {
        var request = CreateAssistantRequest(model: "gpt-4o", name: "n", description: "d", instructions: "i",
                                             tools: runSettings.tools, toolResources: toolResources, metadata: ["k": "v"])
        request.reasoningEffort = "low"
        request.temperature = 1
        request.topP = 1
        request.responseFormat = .jsonObject
        return request
    }()

    static let thread = CreateThreadRequest(
        messages: [message],
        toolResources: ToolResources(fileSearch: .init(vectorStores: [.init(fileIDs: ["file-1"], chunkingStrategy: ["type": "auto"], metadata: ["k": "v"])])),
        metadata: ["k": "v"]
    )

    static let run: CreateRunRequest = {
        var request = CreateRunRequest(assistantID: "asst_1", additionalInstructions: "a", additionalMessages: [message], settings: runSettings)
        request.reasoningEffort = "low"
        return request
    }()

    static let threadAndRun = CreateThreadAndRunRequest(assistantID: "asst_1", thread: thread, toolResources: toolResources, settings: runSettings)

    static let batch = CreateBatchRequest(inputFileID: "file-1", endpoint: .embeddings, metadata: ["k": "v"], outputExpiresAfter: .init(seconds: 3600))

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/assistants", requestSchema: "CreateAssistantRequest",
                         call: { _ = try await $0.assistants.create(assistant) }, decode: CoveredOperation.decoder(Assistant.self)),
        CoveredOperation(method: "GET", path: "/assistants", call: { _ = try await $0.assistants.list() },
                         decode: CoveredOperation.decoder(Page<Assistant>.self)),
        CoveredOperation(method: "GET", path: "/assistants/{assistant_id}", call: { _ = try await $0.assistants.retrieve("{assistant_id}") },
                         decode: CoveredOperation.decoder(Assistant.self)),
        CoveredOperation(method: "POST", path: "/assistants/{assistant_id}", requestSchema: "ModifyAssistantRequest",
                         call: { _ = try await $0.assistants.modify("{assistant_id}", assistant) }, decode: CoveredOperation.decoder(Assistant.self)),
        CoveredOperation(method: "DELETE", path: "/assistants/{assistant_id}", call: { _ = try await $0.assistants.delete("{assistant_id}") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "POST", path: "/threads", requestSchema: "CreateThreadRequest",
                         call: { _ = try await $0.threads.create(thread) }, decode: CoveredOperation.decoder(AssistantThread.self)),
        CoveredOperation(method: "GET", path: "/threads/{thread_id}", call: { _ = try await $0.threads.retrieve("{thread_id}") },
                         decode: CoveredOperation.decoder(AssistantThread.self)),
        CoveredOperation(method: "POST", path: "/threads/{thread_id}", requestSchema: "ModifyThreadRequest",
                         call: { _ = try await $0.threads.modify("{thread_id}", ModifyThreadRequest(toolResources: toolResources, metadata: ["k": "v"])) },
                         decode: CoveredOperation.decoder(AssistantThread.self)),
        CoveredOperation(method: "DELETE", path: "/threads/{thread_id}", call: { _ = try await $0.threads.delete("{thread_id}") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "POST", path: "/threads/runs", requestSchema: "CreateThreadAndRunRequest",
                         call: { _ = try await $0.threads.createAndRun(threadAndRun) }, decode: decodeRunOrEvent),
        CoveredOperation(method: "POST", path: "/threads/{thread_id}/messages", requestSchema: "CreateMessageRequest",
                         call: { _ = try await $0.threads.messages.create(threadID: "{thread_id}", message) }, decode: CoveredOperation.decoder(Message.self)),
        CoveredOperation(method: "GET", path: "/threads/{thread_id}/messages", call: { _ = try await $0.threads.messages.list(threadID: "{thread_id}") },
                         decode: CoveredOperation.decoder(Page<Message>.self)),
        CoveredOperation(method: "GET", path: "/threads/{thread_id}/messages/{message_id}",
                         call: { _ = try await $0.threads.messages.retrieve("{message_id}", threadID: "{thread_id}") }, decode: CoveredOperation.decoder(Message.self)),
        CoveredOperation(method: "POST", path: "/threads/{thread_id}/messages/{message_id}", requestSchema: "ModifyMessageRequest",
                         call: { _ = try await $0.threads.messages.modify("{message_id}", threadID: "{thread_id}", ModifyMessageRequest(metadata: ["k": "v"])) },
                         decode: CoveredOperation.decoder(Message.self)),
        CoveredOperation(method: "DELETE", path: "/threads/{thread_id}/messages/{message_id}",
                         call: { _ = try await $0.threads.messages.delete("{message_id}", threadID: "{thread_id}") }, decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "POST", path: "/threads/{thread_id}/runs", requestSchema: "CreateRunRequest",
                         call: { _ = try await $0.threads.runs.create(threadID: "{thread_id}", run) }, decode: decodeRunOrEvent),
        CoveredOperation(method: "GET", path: "/threads/{thread_id}/runs", call: { _ = try await $0.threads.runs.list(threadID: "{thread_id}") },
                         decode: CoveredOperation.decoder(Page<Run>.self)),
        CoveredOperation(method: "GET", path: "/threads/{thread_id}/runs/{run_id}",
                         call: { _ = try await $0.threads.runs.retrieve("{run_id}", threadID: "{thread_id}") }, decode: CoveredOperation.decoder(Run.self)),
        CoveredOperation(method: "POST", path: "/threads/{thread_id}/runs/{run_id}", requestSchema: "ModifyRunRequest",
                         call: { _ = try await $0.threads.runs.modify("{run_id}", threadID: "{thread_id}", ModifyRunRequest(metadata: ["k": "v"])) },
                         decode: CoveredOperation.decoder(Run.self)),
        CoveredOperation(method: "POST", path: "/threads/{thread_id}/runs/{run_id}/cancel",
                         call: { _ = try await $0.threads.runs.cancel("{run_id}", threadID: "{thread_id}") }, decode: CoveredOperation.decoder(Run.self)),
        CoveredOperation(method: "POST", path: "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", requestSchema: "SubmitToolOutputsRunRequest",
                         call: { _ = try await $0.threads.runs.submitToolOutputs("{run_id}", threadID: "{thread_id}", toolOutputs: [.init(toolCallID: "c", output: "o")]) },
                         decode: decodeRunOrEvent),
        CoveredOperation(method: "GET", path: "/threads/{thread_id}/runs/{run_id}/steps",
                         call: { _ = try await $0.threads.runs.steps.list(threadID: "{thread_id}", runID: "{run_id}") }, decode: CoveredOperation.decoder(Page<RunStep>.self)),
        CoveredOperation(method: "GET", path: "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
                         call: { _ = try await $0.threads.runs.steps.retrieve("{step_id}", threadID: "{thread_id}", runID: "{run_id}") },
                         decode: CoveredOperation.decoder(RunStep.self)),
        CoveredOperation(method: "POST", path: "/batches", requestSchema: "CreateBatchRequest",
                         call: { _ = try await $0.batches.create(batch) }, decode: CoveredOperation.decoder(Batch.self)),
        CoveredOperation(method: "GET", path: "/batches", call: { _ = try await $0.batches.list() }, decode: CoveredOperation.decoder(Page<Batch>.self)),
        CoveredOperation(method: "GET", path: "/batches/{batch_id}", call: { _ = try await $0.batches.retrieve("{batch_id}") },
                         decode: CoveredOperation.decoder(Batch.self)),
        CoveredOperation(method: "POST", path: "/batches/{batch_id}/cancel", call: { _ = try await $0.batches.cancel("{batch_id}") },
                         decode: CoveredOperation.decoder(Batch.self)),
    ]

    static let fineTuningJob: CreateFineTuningJobRequest = {
        var request = CreateFineTuningJobRequest(
            model: "gpt-4o-mini", trainingFile: "file-1", validationFile: "file-2", suffix: "s",
            method: .dpo(FineTuningHyperparameters(batchSize: .auto, learningRateMultiplier: 0.5, nEpochs: 2, beta: 0.1)), seed: 1
        )
        request.integrations = [["type": "wandb", "wandb": ["project": "p"]]]
        request.metadata = ["k": "v"]
        return request
    }()

    static let image: CreateImageRequest = {
        var request = CreateImageRequest(prompt: "p", model: "dall-e-3", n: 1, size: .size1024)
        request.quality = .hd
        request.responseFormat = .url
        request.outputFormat = .png
        request.outputCompression = 100
        request.moderation = "auto"
        request.background = .auto
        request.style = .vivid
        request.user = "u"
        request.partialImages = 1
        request.stream = false
        return request
    }()

    static let speech: CreateSpeechRequest = {
        var request = CreateSpeechRequest(model: "tts-1", input: "i", voice: .alloy, instructions: "x", responseFormat: .mp3, speed: 1)
        request.streamFormat = .audio
        return request
    }()

    static let moreOperations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/fine_tuning/jobs", requestSchema: "CreateFineTuningJobRequest",
                         call: { _ = try await $0.fineTuning.jobs.create(fineTuningJob) }, decode: CoveredOperation.decoder(FineTuningJob.self)),
        CoveredOperation(method: "GET", path: "/fine_tuning/jobs", call: { _ = try await $0.fineTuning.jobs.list() },
                         decode: CoveredOperation.decoder(Page<FineTuningJob>.self)),
        CoveredOperation(method: "GET", path: "/fine_tuning/jobs/{fine_tuning_job_id}",
                         call: { _ = try await $0.fineTuning.jobs.retrieve("{fine_tuning_job_id}") }, decode: CoveredOperation.decoder(FineTuningJob.self)),
        CoveredOperation(method: "POST", path: "/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
                         call: { _ = try await $0.fineTuning.jobs.cancel("{fine_tuning_job_id}") }, decode: CoveredOperation.decoder(FineTuningJob.self)),
        CoveredOperation(method: "POST", path: "/fine_tuning/jobs/{fine_tuning_job_id}/pause",
                         call: { _ = try await $0.fineTuning.jobs.pause("{fine_tuning_job_id}") }, decode: CoveredOperation.decoder(FineTuningJob.self)),
        CoveredOperation(method: "POST", path: "/fine_tuning/jobs/{fine_tuning_job_id}/resume",
                         call: { _ = try await $0.fineTuning.jobs.resume("{fine_tuning_job_id}") }, decode: CoveredOperation.decoder(FineTuningJob.self)),
        CoveredOperation(method: "GET", path: "/fine_tuning/jobs/{fine_tuning_job_id}/events",
                         call: { _ = try await $0.fineTuning.jobs.listEvents("{fine_tuning_job_id}") }, decode: CoveredOperation.decoder(Page<FineTuningJobEvent>.self)),
        CoveredOperation(method: "GET", path: "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
                         call: { _ = try await $0.fineTuning.jobs.listCheckpoints("{fine_tuning_job_id}") },
                         decode: CoveredOperation.decoder(Page<FineTuningJobCheckpoint>.self)),
        CoveredOperation(method: "POST", path: "/images/generations", requestSchema: "CreateImageRequest",
                         call: { _ = try await $0.images.generate(image) }, decode: decodeImages),
        CoveredOperation(method: "POST", path: "/images/edits", requestSchema: "CreateImageEditRequest",
                         call: { _ = try await $0.images.edit(imageEdit) }, decode: decodeImages),
        CoveredOperation(method: "POST", path: "/images/variations", requestSchema: "CreateImageVariationRequest",
                         call: { _ = try await $0.images.createVariation(imageVariation) }, decode: decodeImages),
        CoveredOperation(method: "POST", path: "/audio/transcriptions", requestSchema: "CreateTranscriptionRequest",
                         call: { _ = try await $0.audio.transcriptions.create(transcription) }, decode: { text in
                             // The spec's examples include streamed transcript events, which create() does not return.
                             guard !text.contains("transcript.text.") else { return }
                             try CoveredOperation.decoder(Transcription.self)(text)
                         }),
        CoveredOperation(method: "POST", path: "/audio/translations", requestSchema: "CreateTranslationRequest",
                         call: { _ = try await $0.audio.translations.create(transcription) }, decode: CoveredOperation.decoder(Transcription.self)),
    ]

    /// Speech answers with audio bytes, so it has no JSON example to decode.
    static let speechOperation = CoveredOperation(
        method: "POST", path: "/audio/speech", requestSchema: "CreateSpeechRequest",
        call: { _ = try await $0.audio.speech.create(speech) }, decode: { _ in }
    )

    static let imageEdit: CreateImageEditRequest = {
        var request = CreateImageEditRequest(images: [FormFile(filename: "a.png", bytes: [1]), FormFile(filename: "b.png", bytes: [2])],
                                             prompt: "p", mask: FormFile(filename: "m.png", bytes: [0]), model: "gpt-image-1")
        request.n = 1
        request.size = .size1024
        request.responseFormat = .base64JSON
        request.quality = .high
        request.background = .auto
        request.outputFormat = .png
        request.outputCompression = 100
        request.inputFidelity = "low"
        request.user = "u"
        request.partialImages = 1
        request.stream = false
        return request
    }()

    static let imageVariation = CreateImageVariationRequest(image: FormFile(filename: "a.png", bytes: [1]), model: "dall-e-2", n: 1, responseFormat: .url, size: .size256, user: "u")

    static let transcription: CreateTranscriptionRequest = {
        var request = CreateTranscriptionRequest(
            file: FormFile(filename: "a.wav", bytes: [1]), model: "whisper-1", language: "en", prompt: "p",
            responseFormat: .verboseJSON, temperature: 0, timestampGranularities: [.word, .segment]
        )
        request.include = [.logprobs]
        request.chunkingStrategy = .serverVAD(prefixPaddingMs: 300, silenceDurationMs: 200, threshold: 0.5)
        request.stream = false
        return request
    }()

    /// Decodes a run endpoint's example, which may be the run or any object of its event stream, by its `object`.
    static let decodeRunOrEvent: @Sendable (String) throws -> Void = { text in
        let object = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))["object"]?.stringValue
        switch object {
        case "thread": try CoveredOperation.decoder(AssistantThread.self)(text)
        case "thread.message": try CoveredOperation.decoder(Message.self)(text)
        case "thread.message.delta": try CoveredOperation.decoder(MessageDelta.self)(text)
        case "thread.run.step": try CoveredOperation.decoder(RunStep.self)(text)
        case "thread.run.step.delta": try CoveredOperation.decoder(RunStepDelta.self)(text)
        default: try CoveredOperation.decoder(Run.self)(text)
        }
    }

    /// Decodes an image endpoint's example, skipping the partial-image events of streamed generation.
    static let decodeImages: @Sendable (String) throws -> Void = { text in
        let type = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))["type"]?.stringValue ?? ""
        guard !type.hasPrefix("image_generation."), !type.hasPrefix("image_edit.") else { return }
        try CoveredOperation.decoder(ImagesResponse.self)(text)
    }

    static let schemaExamples: [(String, @Sendable (String) throws -> Void)] = [
        ("FineTuningJob", CoveredOperation.decoder(FineTuningJob.self)),
        ("FineTuningJobCheckpoint", CoveredOperation.decoder(FineTuningJobCheckpoint.self)),
        ("AssistantObject", CoveredOperation.decoder(Assistant.self)),
        ("ThreadObject", CoveredOperation.decoder(AssistantThread.self)),
        ("MessageObject", CoveredOperation.decoder(Message.self)),
        ("RunObject", CoveredOperation.decoder(Run.self)),
        ("RunStepObject", CoveredOperation.decoder(RunStep.self)),
        ("Batch", CoveredOperation.decoder(Batch.self)),
    ]
}

/// The spec conformance checks of ``OpenAPIConformanceTests``, over the assistants, threads, runs and batch operations.
@Suite(.enabled(if: OpenAPISpec.fileURL != nil, "shared/openai-openapi/openapi.yaml not found above the package root: conformance checks skipped"))
struct API6ConformanceTests {
    static func send(_ operation: CoveredOperation) async throws -> HTTPRequest {
        let transport = RecordingTransport(body: "{}")
        let client = OpenAI(configuration: OpenAIConfiguration(apiKey: "k", maxRetries: 0), transport: transport)
        try? await operation.call(client)
        return try #require(await transport.log.requests.first)
    }

    static let allOperations = API6Fixtures.operations + API6Fixtures.moreOperations + [API6Fixtures.speechOperation]

    @Test("Each operation's method and path exist in the spec", arguments: allOperations)
    func pathsExist(operation: CoveredOperation) async throws {
        let spec = try #require(OpenAPISpec.shared)
        let sent = try await Self.send(operation)
        let path = sent.url.path.replacingOccurrences(of: "/v1", with: "", options: .anchored)
        #expect(sent.method.rawValue == operation.method)
        #expect(path == operation.path)
        #expect(spec.operation(operation.method, path) != nil, "\(operation.method) \(path) is not in the spec")
    }

    @Test("Every property our requests encode is declared by the request schema", arguments: allOperations.filter { $0.requestSchema != nil })
    func requestProperties(operation: CoveredOperation) async throws {
        let spec = try #require(OpenAPISpec.shared)
        let schemaName = try #require(operation.requestSchema)
        let schema = try #require(spec.schema(named: schemaName))
        let content = spec.operation(operation.method, operation.path)?["requestBody"]?["content"]
        let sent = try await Self.send(operation)
        let body = try #require(sent.body?.inMemoryBytes)
        if let multipart = content?["multipart/form-data"] {
            #expect(multipart["schema"]?["$ref"]?.stringValue == "#/components/schemas/\(schemaName)")
            let contentType = try #require(sent.headers["Content-Type"])
            let names = MultipartFieldNames.parse(body, contentType: contentType)
            #expect(!names.isEmpty)
            let declared = Set(schema["properties"]?.objectValue?.keys.map { $0 } ?? [])
            let undeclared = names.map { $0.hasSuffix("[]") ? String($0.dropLast(2)) : $0 }.filter { !declared.contains($0) }
            #expect(undeclared.isEmpty, "sent but not in \(schemaName): \(undeclared)")
        } else {
            #expect(content?["application/json"]?["schema"]?["$ref"]?.stringValue == "#/components/schemas/\(schemaName)")
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(body))
            let undeclared = spec.undeclaredKeys(in: json, schemas: [schema])
            #expect(undeclared.isEmpty, "encoded but not in \(schemaName): \(undeclared)")
        }
    }

    @Test("The request fixtures set every property, so the property check covers them all")
    func fixturesAreComplete() {
        #expect(unsetProperties(of: API6Fixtures.runSettings).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.message).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.assistant).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.thread).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.run).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.threadAndRun).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.batch).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.fineTuningJob).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.image).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.speech).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.imageEdit).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.imageVariation).isEmpty)
        #expect(unsetProperties(of: API6Fixtures.transcription).isEmpty)
    }

    @Test("The spec's response examples decode into our response types", arguments: API6Fixtures.operations + API6Fixtures.moreOperations)
    func responseExamples(operation: CoveredOperation) throws {
        let spec = try #require(OpenAPISpec.shared)
        // Some examples elide list items as `{ ... }` on one line, which ExampleJSON's line filter keeps.
        let examples = spec.responseExamples(operation.method, operation.path)
            .map { $0.replacingOccurrences(of: #"\{\s*\.\.\.\s*\},?"#, with: "", options: .regularExpression) }
        let objects = examples.flatMap(ExampleJSON.objects(in:))
            .filter { (try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8))) != nil }
        #expect(!objects.isEmpty, "no JSON response example for \(operation)")
        for object in objects {
            #expect(throws: Never.self, "\(operation): \(object.prefix(300))") { try operation.decode(object) }
        }
    }

    @Test("The spec's schema examples decode into our types", arguments: API6Fixtures.schemaExamples.map(\.0))
    func schemaExamples(name: String) throws {
        let spec = try #require(OpenAPISpec.shared)
        let decode = try #require(API6Fixtures.schemaExamples.first { $0.0 == name }?.1)
        let example = try #require(spec.schemaExample(name), "\(name) has no x-oaiMeta example")
        let objects = ExampleJSON.objects(in: example)
        #expect(!objects.isEmpty)
        for object in objects {
            #expect(throws: Never.self, "\(name): \(object.prefix(300))") { try decode(object) }
        }
    }
}

/// The field names of a `multipart/form-data` body, in order.
enum MultipartFieldNames {
    static func parse(_ body: [UInt8], contentType: String) -> [String] {
        let text = String(decoding: body, as: UTF8.self)
        return text.components(separatedBy: "\r\n").compactMap { line -> String? in
            guard line.hasPrefix("Content-Disposition: form-data; name=\""),
                  let rest = line.split(separator: "\"", omittingEmptySubsequences: false).dropFirst().first else { return nil }
            return String(rest)
        }
    }
}
