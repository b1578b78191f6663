import Foundation
import Logging
import OpenAIClient
import TestSupport
import Testing

@Suite struct OpenAITests {
    static let modelsBody = #"{"object": "list", "data": [{"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}]}"#

    @Test("Sends the key, organization, project, default headers and query items")
    func standardHeaders() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.modelsBody)]) { server in
            let client = OpenAI.testing(server) { configuration in
                configuration.organization = "org-1"
                configuration.project = "proj-1"
                configuration.defaultHeaders = ["X-Custom": "yes"]
                configuration.defaultQueryItems = [URLQueryItem(name: "api-version", value: "2024-10-21")]
            }
            _ = try await client.models.list()
            let request = try #require(await server.requests.first)
            #expect(request.header("Authorization") == "Bearer sk-test")
            #expect(request.header("OpenAI-Organization") == "org-1")
            #expect(request.header("OpenAI-Project") == "proj-1")
            #expect(request.header("X-Custom") == "yes")
            #expect(request.header("Accept") == "application/json")
            #expect(request.query("api-version") == "2024-10-21")
        }
    }

    @Test("Applies per-call headers, query items and extra body fields")
    func requestOptions() async throws {
        let body = #"{"data": [{"index": 0, "embedding": [1]}]}"#
        try await TestHTTPServer.withServer(responses: [.json(body)]) { server in
            let options = RequestOptions(
                extraHeaders: ["X-Trace": "t1"],
                extraQueryItems: [URLQueryItem(name: "q", value: "a+b c")],
                extraBody: ["keep_alive": "5m", "dimensions": 8]
            )
            _ = try await OpenAI.testing(server).embeddings.create(
                CreateEmbeddingRequest(input: .string("x"), model: "m", dimensions: 4), options: options
            )
            let request = try #require(await server.requests.first)
            #expect(request.header("X-Trace") == "t1")
            #expect(request.query("q") == "a+b c")
            #expect(request.json?["keep_alive"] == "5m")
            #expect(request.json?["dimensions"] == 8)
            #expect(request.json?["model"] == "m")
        }
    }

    @Test("Throws an API error with type, code, param, message and request id")
    func apiError() async throws {
        let response = ScriptedResponse.error(
            status: 400, message: "bad model", type: "invalid_request_error", code: "model_not_found", param: "model",
            headers: ["x-request-id": "req_123"]
        )
        try await TestHTTPServer.withServer(responses: [response]) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).models.retrieve("nope") }
            #expect(error?.kind == .api)
            #expect(error?.status == 400)
            #expect(error?.type == "invalid_request_error")
            #expect(error?.code == "model_not_found")
            #expect(error?.param == "model")
            #expect(error?.message == "bad model")
            #expect(error?.requestID == "req_123")
            #expect(error?.rawBody == nil)
            #expect(error?.description == "OpenAI api error HTTP 400 (invalid_request_error, code model_not_found, param model): bad model [request req_123]")
            #expect(await server.requests.count == 1)
        }
    }

    @Test("Keeps a non-JSON error body as the raw body")
    func rawErrorBody() async throws {
        try await TestHTTPServer.withServer(responses: [.text("<html>Bad Gateway</html>", status: 502)]) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server, maxRetries: 0).models.list() }
            #expect(error?.kind == .api)
            #expect(error?.status == 502)
            #expect(error?.rawBody == "<html>Bad Gateway</html>")
            #expect(error?.description.contains("<html>") == false)
        }
    }

    @Test("Never puts the API key in an error description")
    func keyNotInDescription() async throws {
        try await TestHTTPServer.withServer(responses: [.error(status: 401, message: "Incorrect API key provided")]) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server, apiKey: "sk-secret-123").models.list() }
            #expect(error?.status == 401)
            #expect(error?.description.contains("sk-secret-123") == false)
        }
    }

    @Test("Retries 429 and 5xx with backoff, then succeeds")
    func retriesThenSucceeds() async throws {
        let sleeps = SleepRecorder()
        let responses: [ScriptedResponse] = [
            .error(status: 429, message: "slow down", type: "requests", code: "rate_limit_exceeded"),
            .error(status: 503, message: "overloaded", type: "server_error"),
            .json(Self.modelsBody, headers: ["x-request-id": "req_ok"]),
        ]
        try await TestHTTPServer.withServer(responses: responses) { server in
            let (page, metadata) = try await OpenAI.withResponseMetadata {
                try await OpenAI.testing(server, sleeps: sleeps).models.list()
            }
            #expect(page.data.map(\.id) == ["gpt-4o"])
            #expect(await server.requests.count == 3)
            #expect(await sleeps.durations == [.milliseconds(500), .milliseconds(1000)])
            #expect(metadata.map(\.attempts) == [3])
            #expect(metadata.first?.requestID == "req_ok")
        }
    }

    @Test("Honours retry-after-ms and Retry-After from the server")
    func retryAfter() async throws {
        let sleeps = SleepRecorder()
        let responses: [ScriptedResponse] = [
            .error(status: 429, message: "a", headers: ["retry-after-ms": "1500"]),
            .error(status: 500, message: "b", headers: ["Retry-After": "7"]),
            .json(Self.modelsBody),
        ]
        try await TestHTTPServer.withServer(responses: responses) { server in
            _ = try await OpenAI.testing(server, sleeps: sleeps).models.list()
            #expect(await sleeps.durations == [.milliseconds(1500), .seconds(7)])
        }
    }

    @Test("Stops after maxRetries and throws the last error")
    func retriesExhausted() async throws {
        let sleeps = SleepRecorder()
        try await TestHTTPServer.withServer(handler: { _ in .error(status: 500, message: "down", type: "server_error") }) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server, maxRetries: 3, sleeps: sleeps).models.list()
            }
            #expect(error?.status == 500)
            #expect(error?.metadata?.attempts == 4)
            #expect(await server.requests.count == 4)
            #expect(await sleeps.durations.count == 3)
        }
    }

    @Test("Does not retry insufficient_quota, 4xx, or x-should-retry: false", arguments: [
        ScriptedResponse.error(status: 429, message: "quota", type: "insufficient_quota", code: "insufficient_quota"),
        .error(status: 400, message: "bad"),
        .error(status: 503, message: "no", headers: ["x-should-retry": "false"]),
    ])
    func notRetried(response: ScriptedResponse) async throws {
        let sleeps = SleepRecorder()
        try await TestHTTPServer.withServer(handler: { _ in response }) { server in
            await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server, sleeps: sleeps).models.list() }
            #expect(await server.requests.count == 1)
            #expect(await sleeps.durations.isEmpty)
        }
    }

    @Test("Retries a 400 when the server says x-should-retry: true")
    func shouldRetryTrue() async throws {
        let responses: [ScriptedResponse] = [.error(status: 400, message: "retry me", headers: ["x-should-retry": "true"]), .json(Self.modelsBody)]
        try await TestHTTPServer.withServer(responses: responses) { server in
            _ = try await OpenAI.testing(server).models.list()
            #expect(await server.requests.count == 2)
        }
    }

    @Test("Rebuilds the request body for every attempt")
    func bodyRebuilt() async throws {
        let body = #"{"data": [{"index": 0, "embedding": [1]}]}"#
        try await TestHTTPServer.withServer(responses: [.error(status: 500, message: "x"), .json(body)]) { server in
            _ = try await OpenAI.testing(server).embeddings.create(CreateEmbeddingRequest(input: .string("same"), model: "m"))
            let requests = await server.requests
            #expect(requests.count == 2)
            #expect(requests[0].body == requests[1].body)
            #expect(requests[1].json?["input"] == "same")
        }
    }

    @Test("Retries a connection reset, then reports a connection error")
    func connectionReset() async throws {
        let sleeps = SleepRecorder()
        try await TestHTTPServer.withServer(handler: { _ in .connectionReset }) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server, maxRetries: 1, sleeps: sleeps).models.list()
            }
            #expect(error?.kind == .connection)
            #expect(error?.status == nil)
            #expect(await sleeps.durations.count == 1)
        }
    }

    @Test("Reports a refused connection as a connection error")
    func connectionRefused() async throws {
        let port = try await TestHTTPServer.withServer { server in server.port }
        let configuration = OpenAIConfiguration(apiKey: "k", baseURL: try #require(URL(string: "http://127.0.0.1:\(port)/v1")), maxRetries: 0)
        let error = await #expect(throws: OpenAIError.self) { try await OpenAI(configuration: configuration).models.list() }
        #expect(error?.kind == .connection)
    }

    @Test("Reports a response slower than the timeout as a timeout")
    func timeout() async throws {
        let slow = ScriptedResponse.json(Self.modelsBody).delayed(by: .seconds(60))
        try await TestHTTPServer.withServer(handler: { _ in slow }) { server in
            let client = OpenAI.testing(server, maxRetries: 0, timeout: .milliseconds(200))
            let error = await #expect(throws: OpenAIError.self) { try await client.models.list() }
            #expect(error?.kind == .timeout)
        }
    }

    @Test("Reports a body that stalls after the response started as a timeout")
    func stalledBody() async throws {
        let stalled = ScriptedResponse(
            status: 200, headers: [("Content-Type", "application/json")],
            steps: [.bytes(Array(#"{"object": "list", "da"#.utf8)), .delay(.seconds(60))])
        try await TestHTTPServer.withServer(handler: { _ in stalled }) { server in
            let client = OpenAI.testing(server, maxRetries: 0, timeout: .seconds(1))
            let error = await #expect(throws: OpenAIError.self) { try await client.models.list() }
            #expect(error?.kind == .timeout)
        }
    }

    @Test("Reports an undecodable success body as a decoding error with the raw body")
    func decodingError() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"data": "oops"}"#, headers: ["x-request-id": "req_d"])]) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).models.list() }
            #expect(error?.kind == .decoding)
            #expect(error?.rawBody == #"{"data": "oops"}"#)
            #expect(error?.requestID == "req_d")
            #expect(error?.underlying is DecodingError)
        }
    }

    @Test("Exposes rate-limit headers and the request id")
    func rateLimits() async throws {
        let headers = [
            "x-request-id": "req_rl",
            "x-ratelimit-limit-requests": "500", "x-ratelimit-remaining-requests": "499",
            "x-ratelimit-limit-tokens": "150000", "x-ratelimit-remaining-tokens": "149990",
            "x-ratelimit-reset-requests": "120ms", "x-ratelimit-reset-tokens": "4ms",
        ]
        try await TestHTTPServer.withServer(responses: [.json(Self.modelsBody, headers: headers)]) { server in
            let (_, metadata) = try await OpenAI.withResponseMetadata { try await OpenAI.testing(server).models.list() }
            let first = try #require(metadata.first)
            #expect(first.status == 200)
            #expect(first.requestID == "req_rl")
            #expect(first.rateLimit == RateLimit(headers: HTTPHeaderFields(headers.map { ($0.key, $0.value) })))
            #expect(first.rateLimit.remainingTokens == 149_990)
            #expect(first.rateLimit.limitRequests == 500)
            #expect(first.rateLimit.resetTokens == "4ms")
        }
    }

    @Test("Turns a cancelled retry wait into a cancellation error")
    func cancelledDuringBackoff() async throws {
        try await TestHTTPServer.withServer(handler: { _ in .error(status: 500, message: "x") }) { server in
            let configuration = OpenAIConfiguration(apiKey: "k", baseURL: server.baseURL, maxRetries: 5)
            let client = OpenAI(configuration: configuration, sleep: { _ in throw CancellationError() })
            let error = await #expect(throws: OpenAIError.self) { try await client.models.list() }
            #expect(error?.kind == .cancelled)
            #expect(await server.requests.count == 1)
        }
    }

    @Test("Works through a custom transport")
    func customTransport() async throws {
        struct CannedTransport: HTTPTransport {
            func send(_ request: HTTPRequest) async throws -> HTTPResponse {
                #expect(request.url.absoluteString == "https://gateway.example/v1/models/gpt%20x")
                return HTTPResponse(status: 200, body: HTTPBody(bytes: Array(#"{"id": "gpt x"}"#.utf8)))
            }
        }
        let configuration = OpenAIConfiguration(apiKey: "k", baseURL: try #require(URL(string: "https://gateway.example/v1/")))
        let model = try await OpenAI(configuration: configuration, transport: CannedTransport()).models.retrieve("gpt x")
        #expect(model.id == "gpt x")
        #expect(model.ownedBy == nil)
    }

    @Test("Logs requests and retries without the key")
    func logging() async throws {
        let store = CapturingLogHandler.Store()
        let logger = Logger(label: "test") { _ in CapturingLogHandler(store: store) }
        try await TestHTTPServer.withServer(responses: [.error(status: 503, message: "busy"), .json(Self.modelsBody)]) { server in
            let configuration = OpenAIConfiguration(apiKey: "sk-secret-456", baseURL: server.baseURL)
            let client = OpenAI(configuration: configuration, sleep: { _ in }, jitter: { 0 }, logger: logger)
            _ = try await client.models.list()
        }
        let lines = store.lines
        #expect(lines.filter { $0.hasPrefix("debug OpenAI request ") }.count == 2)
        #expect(lines.contains { $0.hasPrefix("info OpenAI request retried") && $0.contains("reason=HTTP 503") && $0.contains("delay=0.5 seconds") })
        #expect(lines.contains { $0.hasPrefix("debug OpenAI response") && $0.contains("status=200") })
        #expect(!lines.contains { $0.contains("sk-secret-456") })
    }

    @Test("Cancelling the calling task cancels a request that is waiting for its response")
    func cancelWaitingRequest() async throws {
        let (arrived, signal) = AsyncStream.makeStream(of: Void.self)
        let slow = ScriptedResponse.json(Self.modelsBody).delayed(by: .seconds(600))
        try await TestHTTPServer.withServer(handler: { _ in
            signal.yield()
            return slow
        }) { server in
            let client = OpenAI.testing(server, maxRetries: 0)
            let call = Task { try await client.models.list() }
            for await _ in arrived { break }
            call.cancel()
            let error = await #expect(throws: OpenAIError.self) { try await call.value }
            #expect(error?.kind == .cancelled)
        }
    }
}
