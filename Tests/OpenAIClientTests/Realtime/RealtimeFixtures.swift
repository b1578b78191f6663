import Foundation
import OpenAIClient

/// Request fixtures with every property set, and the conformance entries, for the Realtime REST operations.
enum RealtimeFixtures {
    static let transcription = RealtimeTranscription(
        model: .gpt4oTranscribe, language: "en", languages: ["en", "fr"], keywords: ["RAGKit"], prompt: "p", delay: .low
    )

    static let mcpTool = ResponseMCPTool(
        serverLabel: "docs", serverURL: "https://example.com/mcp", connectorID: "connector_gmail", authorization: "token",
        serverDescription: "d", headers: ["X-Key": "v"], allowedTools: ["search"], requireApproval: "never"
    )

    static let session: RealtimeSessionConfiguration = {
        var session = RealtimeSessionConfiguration(
            model: .gptRealtime, instructions: "Be brief.", outputModalities: [.audio],
            audio: RealtimeAudioConfiguration(
                input: RealtimeAudioInput(
                    format: .pcm, transcription: transcription, noiseReduction: .nearField,
                    turnDetection: .serverVAD(threshold: 0.5, prefixPaddingMs: 300, silenceDurationMs: 200, idleTimeoutMs: 6000,
                                              createResponse: true, interruptResponse: true)),
                output: RealtimeAudioOutput(format: .pcmu, voice: .marin, speed: 1.1)),
            tools: [.function(name: "get_weather", description: "d", parameters: ["type": "object"]), .mcp(mcpTool)]
        )
        session.include = [.inputAudioTranscriptionLogprobs]
        session.tracing = RealtimeTracing(workflowName: "w", groupID: "g", metadata: ["k": "v"])
        session.toolChoice = .mcp(serverLabel: "docs", name: "search")
        session.parallelToolCalls = true
        session.reasoning = RealtimeReasoning(effort: .low)
        session.maxOutputTokens = 512
        session.truncation = .retentionRatio(0.8, postInstructionsTokenLimit: 1000)
        session.prompt = RealtimePrompt(id: "pmpt_1", version: "2", variables: ["city": "Paris"])
        return session
    }()

    static let transcriptionSession = RealtimeTranscriptionSessionConfiguration(
        audio: RealtimeAudioConfiguration(input: RealtimeAudioInput(
            format: .pcma, transcription: transcription, noiseReduction: .farField, turnDetection: .semanticVAD(eagerness: .high))),
        include: [.inputAudioTranscriptionLogprobs]
    )

    static let clientSecret = CreateRealtimeClientSecretRequest(session: .realtime(session), expiresAfter: RealtimeClientSecretExpiration(seconds: 600))

    static let translationSecret = CreateRealtimeTranslationClientSecretRequest(
        session: RealtimeTranslationSessionConfiguration(model: .gptRealtimeTranslate, audio: RealtimeTranslationAudio(
            input: .init(transcription: RealtimeTranscription(model: .gptRealtimeWhisper), noiseReduction: .nearField),
            output: .init(language: "es"))),
        expiresAfter: RealtimeClientSecretExpiration(seconds: 120)
    )

    static let betaSession: CreateRealtimeSessionRequest = {
        var request = CreateRealtimeSessionRequest(model: .gpt4oRealtimePreview, modalities: [.audio, .text], instructions: "i", voice: .alloy)
        request.inputAudioFormat = .pcm16
        request.outputAudioFormat = .g711ULaw
        request.inputAudioTranscription = RealtimeTranscription(model: .whisper1)
        request.turnDetection = .serverVAD(threshold: 0.5, prefixPaddingMs: 300, silenceDurationMs: 200)
        request.tools = [.function(name: "f", description: "d", parameters: ["type": "object"])]
        request.toolChoice = .auto
        request.temperature = 0.8
        request.maxResponseOutputTokens = .infinite
        request.speed = 1
        request.tracing = .auto
        request.truncation = .auto
        request.prompt = RealtimePrompt(id: "pmpt_1")
        return request
    }()

    static let betaTranscriptionSession = CreateRealtimeTranscriptionSessionRequest(
        turnDetection: .serverVAD(threshold: 0.5, prefixPaddingMs: 300, silenceDurationMs: 200), inputAudioNoiseReduction: .nearField,
        inputAudioFormat: .g711ALaw, inputAudioTranscription: transcription, include: [.inputAudioTranscriptionLogprobs]
    )

    /// The request bodies whose every property a fixture sets.
    static let requestBodies: [any Sendable] = [
        session, transcriptionSession, clientSecret, translationSecret, translationSecret.session, betaSession, betaTranscriptionSession,
    ]

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/realtime/client_secrets", requestSchema: "RealtimeCreateClientSecretRequest",
                         call: { _ = try await $0.realtime.clientSecrets.create(clientSecret) },
                         decode: CoveredOperation.decoder(RealtimeClientSecret.self)),
        CoveredOperation(method: "POST", path: "/realtime/translations/client_secrets", requestSchema: "RealtimeTranslationClientSecretCreateRequest",
                         call: { _ = try await $0.realtime.clientSecrets.createForTranslation(translationSecret) },
                         decode: CoveredOperation.decoder(RealtimeTranslationClientSecret.self)),
        // The spec's beta session schema lacks `model`, which its example and the API take: RealtimeConformanceTests
        // checks the body with that one exception.
        CoveredOperation(method: "POST", path: "/realtime/sessions", call: { _ = try await $0.realtime.sessions.create(betaSession) },
                         decode: CoveredOperation.decoder(RealtimeEphemeralSession.self)),
        CoveredOperation(method: "POST", path: "/realtime/transcription_sessions", requestSchema: "RealtimeTranscriptionSessionCreateRequest",
                         call: { _ = try await $0.realtime.sessions.createTranscription(betaTranscriptionSession) },
                         decode: CoveredOperation.decoder(RealtimeEphemeralSession.self)),
        // A multipart body (or a bare `application/sdp` one) answered with SDP: RealtimeConformanceTests and the loopback
        // tests check it.
        CoveredOperation(method: "POST", path: "/realtime/calls", call: { _ = try await $0.realtime.calls.create(sdp: "v=0", session: session) },
                         decode: { _ in }, hasResponseExample: false),
        // The control operations answer 200 with no body.
        CoveredOperation(method: "POST", path: "/realtime/calls/{call_id}/accept", requestSchema: "RealtimeSessionCreateRequestGA",
                         call: { try await $0.realtime.calls.accept("{call_id}", session: session) }, decode: { _ in }, hasResponseExample: false),
        CoveredOperation(method: "POST", path: "/realtime/calls/{call_id}/hangup", call: { try await $0.realtime.calls.hangup("{call_id}") },
                         decode: { _ in }, hasResponseExample: false),
        CoveredOperation(method: "POST", path: "/realtime/calls/{call_id}/refer", requestSchema: "RealtimeCallReferRequest",
                         call: { try await $0.realtime.calls.refer("{call_id}", targetURI: "tel:+14155550123") }, decode: { _ in }, hasResponseExample: false),
        CoveredOperation(method: "POST", path: "/realtime/calls/{call_id}/reject", requestSchema: "RealtimeCallRejectRequest",
                         call: { try await $0.realtime.calls.reject("{call_id}", statusCode: 486) }, decode: { _ in }, hasResponseExample: false),
    ]
}
