import Foundation
import HTTPTypes
import OpenAIClient
@testable import OpenAIRealtime
import Testing

/// The WebSocket URL and handshake headers a session derives from an `OpenAIConfiguration`.
@Suite struct RealtimeHandshakeTests {
    static let model = [URLQueryItem(name: "model", value: "gpt-realtime")]

    @Test("https becomes wss and http ws; the base path and default query items are kept")
    func urls() throws {
        let openAI = try RealtimeSession.webSocketURL(configuration: OpenAIConfiguration(apiKey: "k"), query: Self.model)
        #expect(openAI.absoluteString == "wss://api.openai.com/v1/realtime?model=gpt-realtime")
        let gateway = OpenAIConfiguration(apiKey: "k", baseURL: URL(string: "http://gateway.local:8080/openai/v1/")!,
                                          defaultQueryItems: [URLQueryItem(name: "api-version", value: "1")])
        #expect(try RealtimeSession.webSocketURL(configuration: gateway, query: Self.model).absoluteString
            == "ws://gateway.local:8080/openai/v1/realtime?api-version=1&model=gpt-realtime")
        let error = #expect(throws: RealtimeError.self) {
            try RealtimeSession.webSocketURL(configuration: OpenAIConfiguration(apiKey: "k", baseURL: URL(string: "ftp://x/v1")!), query: [])
        }
        #expect(error?.kind == .invalidConfiguration)
    }

    @Test("Headers: the client secret over the key, then organization, project, default and extra headers")
    func headers() async throws {
        let configuration = OpenAIConfiguration(apiKey: "sk-key", organization: "org_1", project: "proj_1", defaultHeaders: ["X-Gateway": "a"])
        let withKey = try await RealtimeSession.handshakeHeaders(configuration: configuration, clientSecret: nil,
                                                                  options: RealtimeSessionOptions(headers: ["X-Gateway": "b", "X-Trace": "t"]))
        #expect(withKey.map { "\($0.name): \($0.value)" } == [
            "Authorization: Bearer sk-key", "OpenAI-Organization: org_1", "OpenAI-Project: proj_1", "X-Gateway: b", "X-Trace: t",
        ])
        let withSecret = try await RealtimeSession.handshakeHeaders(configuration: configuration, clientSecret: "ek_1", options: RealtimeSessionOptions())
        #expect(withSecret[.authorization] == "Bearer ek_1")
        let anonymous = try await RealtimeSession.handshakeHeaders(configuration: OpenAIConfiguration(apiKey: nil), clientSecret: nil, options: RealtimeSessionOptions())
        #expect(anonymous[.authorization] == nil)
    }
}
