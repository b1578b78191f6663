import Foundation
import OpenAIClient
import TestSupport
import Testing

private let responseFormatCases: [(ChatResponseFormat, JSONValue)] = [
    (.text, ["type": "text"]),
    (.jsonObject, ["type": "json_object"]),
    (.jsonSchema(name: "n", description: "d", schema: ["type": "string"], strict: nil),
     ["type": "json_schema", "json_schema": ["name": "n", "description": "d", "schema": ["type": "string"]]]),
]

private let toolChoiceCases: [(ChatToolChoice, JSONValue)] = [
    (.none, "none"),
    (.auto, "auto"),
    (.required, "required"),
    (.function("f"), ["type": "function", "function": ["name": "f"]]),
    (.other(["type": "allowed_tools"]), ["type": "allowed_tools"]),
]

@Suite struct ChatCompletionsTests {
    static let toolCallResponse = """
    {"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "gpt-4o-mini",
     "system_fingerprint": "fp_1", "service_tier": "default",
     "choices": [{"index": 0, "finish_reason": "tool_calls", "logprobs": {"content": [
         {"token": "Hi", "logprob": -0.5, "bytes": [72, 105], "top_logprobs": [{"token": "Hi", "logprob": -0.5, "bytes": [72, 105]}]}],
         "refusal": null},
       "message": {"role": "assistant", "content": null, "refusal": null, "annotations": [],
         "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}]}}],
     "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15,
       "prompt_tokens_details": {"cached_tokens": 2, "audio_tokens": 0},
       "completion_tokens_details": {"reasoning_tokens": 1, "audio_tokens": 0}}}
    """

    @Test("Encodes every kind of message, tools, and the request options")
    func encodesRequest() async throws {
        struct Weather: Decodable, Equatable { var city: String }
        try await TestHTTPServer.withServer(responses: [.json(Self.toolCallResponse)]) { server in
            let call = ChatToolCall(id: "call_0", function: ChatFunctionCall(name: "lookup", arguments: "{}"))
            var request = CreateChatCompletionRequest(
                model: "gpt-4o-mini",
                messages: [
                    .system("sys"),
                    .developer("dev"),
                    .user("hello", name: "ann"),
                    .user(parts: [
                        .text("look"),
                        .imageURL("https://example.com/a.png", detail: .low),
                        .imageBase64("AAAA", mediaType: "image/png"),
                        .inputAudio(base64: "UklG", format: "wav"),
                        .file(id: "file-1"),
                    ]),
                    .assistant(toolCalls: [call]),
                    .tool("42", toolCallID: "call_0"),
                ],
                temperature: 0.2,
                maxCompletionTokens: 100,
                tools: [.function(name: "get_weather", description: "Weather", parameters: ["type": "object"], strict: true)],
                responseFormat: .jsonSchema(name: "answer", schema: ["type": "object"], strict: true)
            )
            request.toolChoice = .function("get_weather")
            request.parallelToolCalls = false
            request.logprobs = true
            request.topLogprobs = 2
            request.store = true
            request.metadata = ["run": "1"]
            request.modalities = [.text, .audio]
            request.audio = ChatAudioOptions(voice: "alloy", format: "wav")
            request.stop = ["END"]
            request.seed = 7

            let response = try await OpenAI.testing(server).chat.completions.create(request)

            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/chat/completions")
            #expect(sent.json == [
                "model": "gpt-4o-mini",
                "messages": [
                    ["role": "system", "content": "sys"],
                    ["role": "developer", "content": "dev"],
                    ["role": "user", "content": "hello", "name": "ann"],
                    ["role": "user", "content": [
                        ["type": "text", "text": "look"],
                        ["type": "image_url", "image_url": ["url": "https://example.com/a.png", "detail": "low"]],
                        ["type": "image_url", "image_url": ["url": "data:image/png;base64,AAAA"]],
                        ["type": "input_audio", "input_audio": ["data": "UklG", "format": "wav"]],
                        ["type": "file", "file": ["file_id": "file-1"]],
                    ]],
                    ["role": "assistant", "content": nil, "tool_calls": [
                        ["id": "call_0", "type": "function", "function": ["name": "lookup", "arguments": "{}"]],
                    ]],
                    ["role": "tool", "content": "42", "tool_call_id": "call_0"],
                ],
                "temperature": 0.2,
                "max_completion_tokens": 100,
                "tools": [["type": "function", "function": [
                    "name": "get_weather", "description": "Weather", "parameters": ["type": "object"], "strict": true,
                ]]],
                "response_format": ["type": "json_schema", "json_schema": ["name": "answer", "schema": ["type": "object"], "strict": true]],
                "tool_choice": ["type": "function", "function": ["name": "get_weather"]],
                "parallel_tool_calls": false,
                "logprobs": true,
                "top_logprobs": 2,
                "store": true,
                "metadata": ["run": "1"],
                "modalities": ["text", "audio"],
                "audio": ["voice": "alloy", "format": "wav"],
                "stop": ["END"],
                "seed": 7,
            ])

            let choice = try #require(response.choices.first)
            #expect(choice.finishReason == .toolCalls)
            #expect(choice.message.content == nil)
            #expect(choice.message.toolCalls?.first?.function?.name == "get_weather")
            #expect(try choice.message.toolCalls?.first?.decodeArguments(as: Weather.self) == Weather(city: "Paris"))
            #expect(choice.logprobs?.content?.first?.topLogprobs?.first?.bytes == [72, 105])
            #expect(response.usage?.promptTokensDetails?.cachedTokens == 2)
            #expect(response.usage?.completionTokensDetails?.reasoningTokens == 1)
            #expect(response.systemFingerprint == "fp_1")
        }
    }

    @Test("Encodes each response format", arguments: responseFormatCases)
    func responseFormats(format: ChatResponseFormat, expected: JSONValue) throws {
        #expect(try JSONValue(encoding: format) == expected)
    }

    @Test("Encodes each tool choice", arguments: toolChoiceCases)
    func toolChoices(choice: ChatToolChoice, expected: JSONValue) throws {
        #expect(try JSONValue(encoding: choice) == expected)
    }

    @Test("Encodes the deprecated functions and function_call")
    func deprecatedFunctions() throws {
        var request = CreateChatCompletionRequest(model: "m", messages: [.user("u")])
        request.functions = [FunctionDefinition(name: "f", parameters: ["type": "object"])]
        request.functionCall = .function("f")
        let json = try JSONValue(encoding: request)
        #expect(json["functions"] == [["name": "f", "parameters": ["type": "object"]]])
        #expect(json["function_call"] == ["name": "f"])
        #expect(try JSONValue(encoding: ChatFunctionCallChoice.auto) == "auto")
    }

    @Test("Decodes a compatible server's minimal answer, keeping unknown values")
    func minimalAnswer() async throws {
        let body = #"{"choices": [{"message": {"content": "hi", "reasoning_content": "think"}, "finish_reason": "eos_token"}], "x_extra": 1}"#
        try await TestHTTPServer.withServer(responses: [.json(body)]) { server in
            let response = try await OpenAI.testing(server).chat.completions.create(
                CreateChatCompletionRequest(model: "llama3", messages: [.user("hi")])
            )
            let choice = try #require(response.choices.first)
            #expect(choice.message.role == .assistant)
            #expect(choice.message.content == "hi")
            #expect(choice.message.reasoningContent == "think")
            #expect(choice.finishReason == FinishReason(rawValue: "eos_token"))
            #expect(response.id == nil)
            #expect(response.usage == nil)
            #expect(await server.requests.first?.json?["stream"] == nil)
        }
    }

    @Test("Decodes audio output and URL citations")
    func audioAndAnnotations() throws {
        let body = #"""
        {"choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "See [1].",
          "annotations": [{"type": "url_citation", "url_citation": {"start_index": 4, "end_index": 7, "url": "https://a.b", "title": "A"}}],
          "audio": {"id": "audio_1", "expires_at": 1700003600, "data": "UklG", "transcript": "See one."}}}]}
        """#
        let response = try JSONDecoder().decode(CreateChatCompletionResponse.self, from: Data(body.utf8))
        let message = try #require(response.choices.first?.message)
        #expect(message.annotations?.first?.urlCitation?.url == "https://a.b")
        #expect(message.annotations?.first?.urlCitation?.startIndex == 4)
        #expect(message.audio?.id == "audio_1")
        #expect(message.audio?.transcript == "See one.")
    }

    @Test("Streams text and assembles parallel tool calls from fragments", arguments: [1, 5, 1000])
    func streamsToolCalls(pieceSize: Int) async throws {
        let chunks = [
            #"{"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": null}]}"#,
            #"{"id": "c1", "choices": [{"index": 0, "delta": {"content": "Chécking "}, "finish_reason": null}]}"#,
            #"{"id": "c1", "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "id": "call_a", "type": "function", "function": {"name": "get_weather", "arguments": ""}}]}}]}"#,
            #"{"id": "c1", "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 1, "id": "call_b", "type": "function", "function": {"name": "get_time", "arguments": "{\"tz\":"}}]}}]}"#,
            #"{"id": "c1", "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "{\"city\":"}}]}}]}"#,
            #"{"id": "c1", "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": "\"Paris\"}"}}, {"index": 1, "function": {"arguments": "\"CET\"}"}}]}}]}"#,
            #"{"id": "c1", "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}"#,
            #"{"id": "c1", "choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}}"#,
        ]
        try await TestHTTPServer.withServer(responses: [.sse(chunks, pieceSize: pieceSize)]) { server in
            var request = CreateChatCompletionRequest(model: "m", messages: [.user("weather?")])
            request.streamOptions = StreamOptions(includeUsage: true)
            var accumulator = ChatCompletionAccumulator()
            var count = 0
            for try await chunk in try await OpenAI.testing(server).chat.completions.stream(request) {
                accumulator.add(chunk)
                count += 1
            }
            #expect(count == chunks.count)
            let completion = accumulator.completion
            #expect(completion.id == "c1")
            #expect(completion.usage?.totalTokens == 7)
            let choice = try #require(completion.choices.first)
            #expect(choice.finishReason == .toolCalls)
            #expect(choice.message.content == "Chécking ")
            #expect(choice.message.toolCalls == [
                ChatToolCall(id: "call_a", function: ChatFunctionCall(name: "get_weather", arguments: #"{"city":"Paris"}"#)),
                ChatToolCall(id: "call_b", function: ChatFunctionCall(name: "get_time", arguments: #"{"tz":"CET"}"#)),
            ])
            let sent = try #require(await server.requests.first?.json)
            #expect(sent["stream"] == true)
            #expect(sent["stream_options"] == ["include_usage": true])
        }
    }

    @Test("Accumulates several choices, refusals and logprobs")
    func accumulatesChoices() throws {
        let chunks = [
            #"{"choices": [{"index": 1, "delta": {"refusal": "I can't"}}, {"index": 0, "delta": {"content": "A"}, "logprobs": {"content": [{"token": "A", "logprob": -1}]}}]}"#,
            #"{"choices": [{"index": 1, "delta": {"refusal": " help."}, "finish_reason": "stop"}, {"index": 0, "delta": {"content": "B"}, "finish_reason": "length", "logprobs": {"content": [{"token": "B", "logprob": -2}]}}]}"#,
        ]
        var accumulator = ChatCompletionAccumulator()
        for chunk in chunks {
            accumulator.add(try JSONDecoder().decode(CreateChatCompletionStreamResponse.self, from: Data(chunk.utf8)))
        }
        let choices = accumulator.completion.choices
        #expect(choices.map(\.index) == [0, 1])
        #expect(choices[0].message.content == "AB")
        #expect(choices[0].finishReason == .length)
        #expect(choices[0].logprobs?.content?.map(\.token) == ["A", "B"])
        #expect(choices[1].message.refusal == "I can't help.")
        #expect(choices[1].message.content == nil)
    }

    @Test("Decodes tool call arguments sent as an object by some servers")
    func objectArguments() throws {
        let call = try JSONDecoder().decode(ChatToolCall.self, from: Data(#"{"function": {"name": "f", "arguments": {"a": 1}}}"#.utf8))
        #expect(call.function?.arguments == #"{"a":1}"#)
        #expect(call.type == "function")
    }
}
