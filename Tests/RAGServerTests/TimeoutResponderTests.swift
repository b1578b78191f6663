import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RAGServer

@Suite("TimeoutResponder")
struct TimeoutResponderTests {
    @Test("A route slower than the timeout is cancelled and answered 504 with a JSON error; a fast one answers")
    func timesOut() async throws {
        let router = Router(context: BasicRequestContext.self)
        router.get("slow") { _, _ -> String in
            try await Task.sleep(for: .seconds(600))
            return "late"
        }
        router.get("fast") { _, _ in "ok" }
        let app = Application(responder: TimeoutResponder(router.buildResponder(), timeout: .milliseconds(200)))
        try await app.test(.router) { client in
            let slow = try await client.execute(uri: "/slow", method: .get)
            #expect(slow.status == .gatewayTimeout)
            let body = try JSONSerialization.jsonObject(with: Data(slow.body.readableBytesView)) as? [String: Any]
            #expect((body?["error"] as? [String: Any])?["code"] as? String == "timeout")
            #expect(try await client.execute(uri: "/fast", method: .get).status == .ok)
        }
    }
}
