import Foundation
import OpenAIClient
import TestSupport
import Testing

private let moderationInputs: [(CreateModerationRequest.Input, JSONValue)] = [
    (.string("text"), "text"),
    (.strings(["a", "b"]), ["a", "b"]),
    (.parts([.text("look"), .imageURL("https://example.com/x.png")]), [
        ["type": "text", "text": "look"], ["type": "image_url", "image_url": ["url": "https://example.com/x.png"]],
    ]),
]

@Suite struct ModerationsTests {
    static let body = """
    {"id": "modr-1", "model": "omni-moderation-latest", "results": [{"flagged": true,
      "categories": {"hate": false, "violence": true, "illicit": null, "new/category": true},
      "category_scores": {"hate": 0.01, "violence": 0.97, "new/category": 0.6},
      "category_applied_input_types": {"violence": ["text", "image"]}}]}
    """

    @Test("Sends each input form and decodes categories, unknown ones included", arguments: moderationInputs)
    func create(input: CreateModerationRequest.Input, expected: JSONValue) async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.body)]) { server in
            let response = try await OpenAI.testing(server).moderations.create(
                CreateModerationRequest(input: input, model: "omni-moderation-latest")
            )
            let result = try #require(response.results.first)
            #expect(result.flagged)
            #expect(result.flaggedCategories == ["new/category", "violence"])
            #expect(result.categories["illicit"] == .some(nil))
            #expect(result.categoryScores["violence"] == 0.97)
            #expect(result.categoryAppliedInputTypes?["violence"] == ["text", "image"])
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/moderations")
            #expect(sent.json == ["input": expected, "model": "omni-moderation-latest"])
        }
    }
}
