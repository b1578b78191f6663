import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct EventStreamReplayTests {
    @Test("Iterating a live stream a second time throws instead of trapping")
    func secondIteration() async throws {
        try await TestHTTPServer.withServer(handler: OpenAIStandIn.handler(answer: "one two")) { server in
            let stream = try await OpenAI.testing(server).chat.completions.stream(
                CreateChatCompletionRequest(model: "stand-in-chat", messages: [.user("hi")]))
            var pieces = 0
            for try await _ in stream { pieces += 1 }
            #expect(pieces > 0)
            let error = await #expect(throws: OpenAIError.self) {
                for try await _ in stream {}
            }
            #expect(error?.kind == .stream)
        }
    }
}
