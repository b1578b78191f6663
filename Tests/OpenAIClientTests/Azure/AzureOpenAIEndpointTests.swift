import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Counts token requests and hands out numbered tokens.
private actor TokenSource {
    private(set) var calls = 0
    func next() -> String {
        calls += 1
        return "token-\(calls)"
    }
}

private struct TokenUnavailable: Error {}

@Suite struct AzureOpenAIEndpointTests {
    static let chatResponse = #"{"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": []}"#

    static func client(_ server: TestHTTPServer, deployment: String? = "gpt-4o-mini", credential: AzureCredential) -> OpenAI {
        OpenAI(
            configuration: .azure(resource: server.rootURL, deployment: deployment, apiVersion: "2024-10-21", credential: credential, maxRetries: 1),
            sleep: { _ in }, jitter: { 0 }
        )
    }

    @Test("Sends chat to the deployment path with api-key and api-version, and no bearer header")
    func deploymentRequest() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.chatResponse)]) { server in
            let client = Self.client(server, credential: .apiKey("azure-key"))
            _ = try await client.chat.completions.create(CreateChatCompletionRequest(model: "ignored", messages: [.user("hi")]))
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.uri == "/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21")
            #expect(sent.header("api-key") == "azure-key")
            #expect(sent.header("Authorization") == nil)
        }
    }

    @Test("Routes each path to the deployment or the resource root", arguments: [
        ("/embeddings", "/openai/deployments/dep/embeddings"),
        ("/completions", "/openai/deployments/dep/completions"),
        ("/chat/completions", "/openai/deployments/dep/chat/completions"),
        ("/audio/speech", "/openai/deployments/dep/audio/speech"),
        ("/images/generations", "/openai/deployments/dep/images/generations"),
        ("/assistants", "/openai/assistants"),
        ("/batches/b1", "/openai/batches/b1"),
        ("/fine_tuning/jobs", "/openai/fine_tuning/jobs"),
        ("/models", "/openai/models"),
    ])
    func routes(path: String, expected: String) throws {
        let endpoint = AzureOpenAIEndpoint(resource: URL(string: "https://r.openai.azure.com/")!, deployment: "dep", credential: .apiKey("k"))
        let url = try endpoint.url(forPath: path, queryItems: [])
        #expect(url.absoluteString == "https://r.openai.azure.com\(expected)?api-version=\(AzureOpenAIEndpoint.defaultAPIVersion)")
    }

    @Test("Keeps call query items, encodes plus signs, and replaces a caller api-version with the configured one")
    func queryItems() throws {
        let endpoint = AzureOpenAIEndpoint(resource: URL(string: "https://r.openai.azure.com/openai")!, apiVersion: "v1", credential: .apiKey("k"))
        let url = try endpoint.url(forPath: "/models", queryItems: [URLQueryItem(name: "after", value: "a+b"), URLQueryItem(name: "api-version", value: "old")])
        #expect(url.absoluteString == "https://r.openai.azure.com/openai/models?after=a%2Bb&api-version=v1")
    }

    @Test("Without a deployment, deployment-scoped paths go to the resource root")
    func noDeployment() throws {
        let endpoint = AzureOpenAIEndpoint(resource: URL(string: "https://r.openai.azure.com")!, credential: .apiKey("k"))
        #expect(try endpoint.url(forPath: "/chat/completions", queryItems: []).path == "/openai/chat/completions")
    }

    @Test("Asks the token provider before every attempt and sends a bearer token")
    func tokenProvider() async throws {
        let tokens = TokenSource()
        try await TestHTTPServer.withServer(responses: [.error(status: 500, message: "busy"), .json(#"{"object": "list", "data": []}"#)]) { server in
            let client = Self.client(server, credential: .tokenProvider { await tokens.next() })
            _ = try await client.models.list()
            let sent = await server.requests
            #expect(sent.map { $0.header("Authorization") } == ["Bearer token-1", "Bearer token-2"])
            #expect(sent.allSatisfy { $0.header("api-key") == nil && $0.uri == "/openai/models?api-version=2024-10-21" })
            #expect(await tokens.calls == 2)
        }
    }

    @Test("A failing token provider throws an invalid-request error and sends nothing")
    func tokenFailure() async throws {
        try await TestHTTPServer.withServer { server in
            let client = Self.client(server, credential: .tokenProvider { throw TokenUnavailable() })
            let error = await #expect(throws: OpenAIError.self) { try await client.models.list() }
            #expect(error?.kind == .invalidRequest)
            #expect(error?.underlying is TokenUnavailable)
            #expect(await server.requests.isEmpty)
        }
    }
}
