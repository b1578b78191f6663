import Foundation
import OpenAIClient
import TestSupport

/// Records the waits a client asked for instead of waiting.
actor RecordedSleeps {
    private(set) var durations: [Duration] = []
    func record(_ duration: Duration) { durations.append(duration) }
}

extension OpenAI {
    /// A client for the stand-in at `server`, whose retry and polling waits are recorded, not waited.
    static func mirrorTesting(_ server: TestHTTPServer, maxRetries: Int = 2, sleeps: RecordedSleeps = RecordedSleeps()) -> OpenAI {
        OpenAI(
            configuration: OpenAIConfiguration(apiKey: "sk-test", baseURL: server.baseURL, maxRetries: maxRetries),
            sleep: { await sleeps.record($0) },
            jitter: { 0 }
        )
    }
}
