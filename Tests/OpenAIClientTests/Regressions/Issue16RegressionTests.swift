import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Regressions for issue #16 that cut across resources.
@Suite struct Issue16RegressionTests {
    @Test("Decodes a chat completion whose message calls a custom tool")
    func customToolCall() throws {
        let body = #"""
        {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-5",
         "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": null,
           "tool_calls": [{"id": "call_1", "type": "custom", "custom": {"name": "sql", "input": "SELECT 1"}},
                          {"id": "call_2", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}}]}
        """#
        let response = try JSONDecoder().decode(CreateChatCompletionResponse.self, from: Data(body.utf8))
        let calls = try #require(response.choices.first?.message.toolCalls)
        #expect(calls.count == 2)
        #expect(calls[0].id == "call_1")
        #expect(calls[0].type == "custom")
    }

    @Test("Sends extra body fields of a multipart request as form fields")
    func extraBodyMultipart() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"created": 1, "data": []}"#)]) { server in
            let request = CreateImageEditRequest(images: [FormFile(filename: "a.png", bytes: [1])], prompt: "hat")
            _ = try await OpenAI.testing(server).images.edit(request, options: RequestOptions(extraBody: ["quirk": "yes", "level": 3]))
            let sent = try #require(await server.requests.first)
            #expect(sent.formField("quirk") == "yes")
            #expect(sent.formField("level") == "3")
        }
    }

    @Test("A file batch without a status reads as completed, like stores and files")
    func batchStatusDefault() throws {
        let batch = try JSONDecoder().decode(VectorStoreFileBatch.self, from: Data(#"{"id": "vsfb_1"}"#.utf8))
        #expect(batch.status == .completed)
    }

    @Test("Run polling waits as long as openai-poll-after-ms asks")
    func runPollFollowsServerHint() async throws {
        try await TestHTTPServer.withServer(responses: [
            .json(AssistantFixtures.run(status: "in_progress"), headers: ["openai-poll-after-ms": "250"]),
            .json(AssistantFixtures.run(status: "completed")),
        ]) { server in
            let sleeps = SleepRecorder()
            let run = try await OpenAI.testing(server, sleeps: sleeps).threads.runs.poll("run_1", threadID: "thread_1")
            #expect(run.status == .completed)
            #expect(await sleeps.durations == [.milliseconds(250)])
        }
    }

    @Test("An assistant stream answered with a JSON 200 body throws a stream error")
    func assistantStreamJSONGuard() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"error": {"message": "no streams here"}}"#)]) { server in
            let error = await #expect(throws: OpenAIError.self) {
                let stream = try await OpenAI.testing(server).threads.runs.stream(threadID: "thread_1", CreateRunRequest(assistantID: "asst_1"))
                for try await _ in stream {}
            }
            #expect(error?.kind == .stream)
            #expect(error?.message == "no streams here")
        }
    }
}
