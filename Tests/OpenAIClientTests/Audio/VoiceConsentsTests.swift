import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Conformance entries for voice consents and custom voices (the spec has no example answers for them).
enum VoiceFixtures {
    static let operations: [CoveredOperation] = [
        // Multipart bodies: the loopback tests check their fields.
        CoveredOperation(method: "POST", path: "/audio/voice_consents",
                         call: { _ = try await $0.audio.voiceConsents.create(CreateVoiceConsentRequest(name: "n", recording: FormFile(filename: "c.wav", bytes: [1]), language: "en-US")) },
                         decode: CoveredOperation.decoder(VoiceConsent.self), hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/audio/voice_consents", call: { _ = try await $0.audio.voiceConsents.list() },
                         decode: CoveredOperation.decoder(Page<VoiceConsent>.self), hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/audio/voice_consents/{consent_id}", call: { _ = try await $0.audio.voiceConsents.retrieve("{consent_id}") },
                         decode: CoveredOperation.decoder(VoiceConsent.self), hasResponseExample: false),
        CoveredOperation(method: "POST", path: "/audio/voice_consents/{consent_id}", requestSchema: "UpdateVoiceConsentRequest",
                         call: { _ = try await $0.audio.voiceConsents.update("{consent_id}", name: "n") },
                         decode: CoveredOperation.decoder(VoiceConsent.self), hasResponseExample: false),
        CoveredOperation(method: "DELETE", path: "/audio/voice_consents/{consent_id}", call: { _ = try await $0.audio.voiceConsents.delete("{consent_id}") },
                         decode: CoveredOperation.decoder(DeletionStatus.self), hasResponseExample: false),
        CoveredOperation(method: "POST", path: "/audio/voices",
                         call: { _ = try await $0.audio.voices.create(CreateVoiceRequest(name: "n", audioSample: FormFile(filename: "s.wav", bytes: [1]), consent: "c")) },
                         decode: CoveredOperation.decoder(CustomVoice.self), hasResponseExample: false),
    ]
}

@Suite struct VoiceConsentsTests {
    static let consentJSON = #"{"object": "audio.voice_consent", "id": "cons_1", "name": "Ada", "language": "en-US", "created_at": 1}"#

    @Test("Uploads a consent and a voice sample as multipart forms")
    func createConsentAndVoice() async throws {
        let voice = #"{"object": "audio.voice", "id": "voice_1", "name": "Ada", "created_at": 2}"#
        try await TestHTTPServer.withServer(responses: [.json(Self.consentJSON), .json(voice)]) { server in
            let audio = OpenAI.testing(server).audio
            let consent = try await audio.voiceConsents.create(
                CreateVoiceConsentRequest(name: "Ada", recording: FormFile(filename: "consent.wav", bytes: [1, 2]), language: "en-US"))
            let created = try await audio.voices.create(CreateVoiceRequest(name: "Ada", audioSample: FormFile(filename: "sample.wav", bytes: [3]), consent: consent.id))
            let sent = await server.requests
            #expect(sent.map(\.path) == ["/v1/audio/voice_consents", "/v1/audio/voices"])
            let consentForm = try #require(MultipartForm(sent[0]))
            #expect(consentForm.part("name")?.text == "Ada")
            #expect(consentForm.part("language")?.text == "en-US")
            #expect(consentForm.part("recording")?.filename == "consent.wav")
            let voiceForm = try #require(MultipartForm(sent[1]))
            #expect(voiceForm.part("consent")?.text == "cons_1")
            #expect(voiceForm.part("audio_sample")?.filename == "sample.wav")
            #expect(created.id == "voice_1")
        }
    }

    @Test("Renames, lists and deletes consents")
    func manage() async throws {
        let page = #"{"object": "list", "data": [\#(Self.consentJSON)], "first_id": "cons_1", "last_id": "cons_1", "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(Self.consentJSON), .json(page), .json(#"{"id": "cons_1", "object": "audio.voice_consent", "deleted": true}"#)]) { server in
            let consents = OpenAI.testing(server).audio.voiceConsents
            _ = try await consents.update("cons_1", name: "Ada L.")
            var ids: [String] = []
            for try await consent in consents.listAll(limit: 5) { ids.append(consent.id) }
            let deleted = try await consents.delete("cons_1")
            let sent = await server.requests
            #expect(sent.map(\.method) == ["POST", "GET", "DELETE"])
            #expect(sent.map(\.uri) == ["/v1/audio/voice_consents/cons_1", "/v1/audio/voice_consents?limit=5", "/v1/audio/voice_consents/cons_1"])
            #expect(sent[0].json == ["name": "Ada L."])
            #expect(ids == ["cons_1"])
            #expect(deleted.deleted)
        }
    }
}
