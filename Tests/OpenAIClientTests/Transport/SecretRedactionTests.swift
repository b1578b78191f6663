import Foundation
import OpenAIClient
import Testing

@Suite struct SecretRedactionTests {
    static let secret = "sk-very-secret-123"

    private func printed(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), dumped]
    }

    @Test("Printing or dumping a configuration never shows the API key")
    func configuration() {
        let configuration = OpenAIConfiguration(
            apiKey: Self.secret, defaultHeaders: ["api-key": Self.secret, "X-Trace": "t1"],
            defaultQueryItems: [URLQueryItem(name: "api-key", value: Self.secret), URLQueryItem(name: "api-version", value: "v1")])
        for text in printed(configuration) {
            #expect(!text.contains(Self.secret), "\(text)")
        }
        #expect(String(describing: configuration).contains("api.openai.com"))
        #expect(String(describing: configuration).contains("api-version=v1"))
    }

    @Test("Printing or dumping an Azure key credential never shows the key")
    func azure() {
        for text in printed(AzureCredential.apiKey(Self.secret)) {
            #expect(!text.contains(Self.secret), "\(text)")
        }
    }

    @Test("Dumping an Azure configuration never shows its key")
    func azureConfiguration() throws {
        let configuration = OpenAIConfiguration.azure(
            resource: try #require(URL(string: "https://res.openai.azure.com")), deployment: "d", credential: .apiKey(Self.secret))
        let endpoint = try #require(configuration.endpoint as? AzureOpenAIEndpoint)
        for text in printed(configuration) + printed(endpoint) {
            #expect(!text.contains(Self.secret), "\(text)")
        }
    }

    @Test("Printing or dumping header fields hides Authorization and api-key values only")
    func headers() {
        let headers: HTTPHeaderFields = ["Authorization": "Bearer \(Self.secret)", "API-Key": Self.secret, "X-Trace": "t1"]
        for text in printed(headers) {
            #expect(!text.contains(Self.secret), "\(text)")
        }
        #expect(String(describing: headers).contains("t1"))
        #expect(headers["authorization"] == "Bearer \(Self.secret)")
    }
}
