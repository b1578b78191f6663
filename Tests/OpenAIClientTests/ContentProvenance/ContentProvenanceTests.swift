import Foundation
import OpenAIClient
import TestSupport
import Testing

/// The conformance entry for content provenance checks (the spec has no example answer; the multipart body is checked
/// below against `CreateContentProvenanceBody`).
enum ContentProvenanceFixtures {
    static let image = FormFile(filename: "photo.png", bytes: [0x89, 0x50, 0x4E, 0x47], contentType: "image/png")

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/content_provenance_checks", call: { _ = try await $0.contentProvenanceChecks.create(file: image) },
                         decode: CoveredOperation.decoder(ContentProvenanceCheck.self), hasResponseExample: false),
    ]
}

@Suite struct ContentProvenanceTests {
    static let checkJSON = """
    {"object": "content_provenance_check", "created_at": 1767225600, "results": [
      {"type": "c2pa", "outcome": "detected", "validation_state": "trusted", "issuer": "OpenAI", "model": "gpt-image-1",
       "generated_at": "2026-01-01T00:00:00Z"},
      {"type": "synthid", "outcome": "not_detected", "model": null, "generated_at": null},
      {"type": "watermark_v3", "outcome": "inconclusive"}
    ]}
    """

    @Test("Uploads the file as multipart and decodes each signal's result, unknown ones included")
    func check() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.checkJSON)]) { server in
            let check = try await OpenAI.testing(server).contentProvenanceChecks.create(file: ContentProvenanceFixtures.image)
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/content_provenance_checks")
            let form = try #require(MultipartForm(sent))
            #expect(form.parts.map(\.name) == ["file"])
            #expect(form.part("file")?.filename == "photo.png")
            #expect(form.part("file")?.contentType == "image/png")
            #expect(form.part("file")?.body == [0x89, 0x50, 0x4E, 0x47])
            #expect(check.results.map(\.type) == [.c2pa, .synthID, "watermark_v3"])
            #expect(check.results.map(\.outcome) == [.detected, .notDetected, "inconclusive"])
            #expect(check.results[0].validationState == .trusted)
            #expect(check.results[0].generatedAt == "2026-01-01T00:00:00Z")
            #expect(check.createdAt == 1_767_225_600)
        }
    }

    @Test("The form's fields are the properties of the spec's CreateContentProvenanceBody", .enabled(if: OpenAPISpec.fileURL != nil))
    func formMatchesSpec() async throws {
        let spec = try #require(OpenAPISpec.shared)
        let operation = try #require(spec.operation("POST", "/content_provenance_checks"))
        #expect(operation["requestBody"]?["content"]?["multipart/form-data"]?["schema"]?["$ref"] == "#/components/schemas/CreateContentProvenanceBody")
        let declared = Set(spec.schema(named: "CreateContentProvenanceBody")?["properties"]?.objectValue?.keys.map { $0 } ?? [])
        let sent = try await StorageConformanceFixtures.record(try #require(ContentProvenanceFixtures.operations.first))
        let names = MultipartFieldNames.parse(try #require(sent.body?.inMemoryBytes), contentType: try #require(sent.headers["Content-Type"]))
        #expect(!names.isEmpty && Set(names).isSubset(of: declared), "sent \(names), declared \(declared)")
    }
}
