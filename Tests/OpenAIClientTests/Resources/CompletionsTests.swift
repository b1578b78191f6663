import Foundation
import OpenAIClient
import TestSupport
import Testing

private let promptForms: [(CreateCompletionRequest.Prompt, JSONValue)] = [
    (.string("Say hi"), "Say hi"),
    (.strings(["a", "b"]), ["a", "b"]),
    (.tokens([1, 2]), [1, 2]),
    (.tokenLists([[1], [2, 3]]), [[1], [2, 3]]),
]

@Suite struct CompletionsTests {
    static let body = """
    {"id": "cmpl-1", "object": "text_completion", "created": 1, "model": "gpt-3.5-turbo-instruct",
     "choices": [{"text": " hi", "index": 0, "logprobs": {"tokens": [" hi"], "token_logprobs": [-0.1], "top_logprobs": [{" hi": -0.1}], "text_offset": [6]}, "finish_reason": "length"}],
     "usage": {"prompt_tokens": 2, "completion_tokens": 1, "total_tokens": 3}}
    """

    @Test("Sends every prompt form and decodes the completion", arguments: promptForms)
    func prompts(prompt: CreateCompletionRequest.Prompt, expected: JSONValue) async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.body)]) { server in
            var request = CreateCompletionRequest(model: "gpt-3.5-turbo-instruct", prompt: prompt, maxTokens: 1, stop: "\n")
            request.logprobs = 1
            request.echo = false
            let response = try await OpenAI.testing(server).completions.create(request)
            #expect(response.choices.first?.text == " hi")
            #expect(response.choices.first?.finishReason == .length)
            #expect(response.choices.first?.logprobs?.topLogprobs?.first??[" hi"] == -0.1)
            #expect(response.usage?.totalTokens == 3)
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/completions")
            #expect(sent.json == [
                "model": "gpt-3.5-turbo-instruct", "prompt": expected, "max_tokens": 1, "stop": "\n", "logprobs": 1, "echo": false,
            ])
        }
    }
}
