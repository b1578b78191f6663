import Foundation
import OpenAIClient
import Testing

@Suite struct OpenAIConfigurationTests {
    @Test("Reads the four environment variables")
    func fromEnvironment() {
        let configuration = OpenAIConfiguration.fromEnvironment([
            "OPENAI_API_KEY": "sk-test",
            "OPENAI_BASE_URL": "http://127.0.0.1:11434/v1",
            "OPENAI_ORG_ID": "org-1",
            "OPENAI_PROJECT_ID": "proj-1",
        ])
        #expect(configuration.apiKey == "sk-test")
        #expect(configuration.baseURL.absoluteString == "http://127.0.0.1:11434/v1")
        #expect(configuration.organization == "org-1")
        #expect(configuration.project == "proj-1")
        #expect(configuration.maxRetries == 2)
        #expect(configuration.timeout == .seconds(600))
    }

    @Test("Treats empty variables as unset and defaults the base URL")
    func emptyEnvironment() {
        let configuration = OpenAIConfiguration.fromEnvironment(["OPENAI_API_KEY": "  ", "OPENAI_BASE_URL": ""])
        #expect(configuration.apiKey == nil)
        #expect(configuration.organization == nil)
        #expect(configuration.baseURL.absoluteString == "https://api.openai.com/v1")
    }
}
